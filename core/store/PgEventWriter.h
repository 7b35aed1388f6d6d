#pragma once

#include "store/EventStore.h"

#include <QHash>
#include <cmath>
#include <optional>
#include <vector>

class PgConnection;
class PgTransaction;

// The one write transaction behind PgEventStore::beginWrite(). Events stream into a temporary
// staging table through one binary COPY that stays open while the caller parses the next rows
// (the server stores them meanwhile); locations and sources are gathered in COPY buffers of
// their own. At commit (or flush) the staged rows move with one INSERT … SELECT each, which
// builds the PostGIS point and the text vector on the server and returns the statistics of what
// it wrote. The events of a project that has none on the server yet go into a table of their
// own without indexes (schema 4: a partition per project), indexed at once and attached at the
// first flush() or at commit(); later rows go through `events` and its indexes; then the project's
// revision is bumped, the statistics merged and one notification sent (pg_notify, in the
// transaction: delivered only if it commits). Ids come from the project's sequences in blocks
// (PgSchema::kIdBlock). Destroyed without commit(), everything is rolled back.
class PgEventWriter final : public EventStore::Writer {
  public:
    PgEventWriter(PgConnection& db, qint64 projectId, QByteArray channel, bool* writing);
    ~PgEventWriter() override;

    qint64 addLocation(const Location& location) override;
    qint64 findLocation(const QString& name, const QString& country) override;
    qint64 addEvent(const Event& event) override;
    void setCategoryColour(const QString& name, QRgb colour) override;
    void setImportId(qint64 importId) override;
    void flush() override;
    void commit() override;

  private:
    // Ids handed out from blocks reserved on the server.
    struct IdBlocks {
        QByteArray sequence;
        std::vector<qint64> starts; // blocks not yet begun
        qint64 next = 0, end = 0;   // [next, end) of the current block
        int fetch = 4;              // blocks to ask for next time (grows)
    };
    qint64 nextId(IdBlocks& blocks);
    void endEventCopy();
    void sendEvents(bool force);
    void moveStaged();
    void attachEvents();
    void moveSources();
    void copyBuffer(const char* table, QByteArray& buffer, int rows);
    qint64 categoryId(const QString& name);
    void loadLocations();
    qint64 takeRevision();
    qint64 categoryRevision(); // the revision when taken, else -1 (set at the move)

    // What the moved events add to the project's statistics (event_stats).
    struct Stats {
        qint64 events = 0, from = 0, to = 0;
        double west = std::nan(""), south = std::nan(""), east = std::nan(""), north = std::nan("");
        void add(qint64 lo, qint64 hi, double lat, double lon);
    };
    // A location's position and words, for the events that refer to it.
    struct Place {
        double lat, lon; // NaN: none
        QByteArray search;
    };
    void chooseEventTable();

    PgConnection& db_;
    qint64 project_;
    QByteArray projectSql_; // the id as SQL text (an integer)
    QByteArray channel_;
    bool* writing_;
    std::unique_ptr<PgTransaction> transaction_;
    IdBlocks eventIds_, locationIds_;
    QByteArray events_;    // binary COPY rows not yet sent (the COPY may be open)
    QByteArray locations_; // binary COPY of the staged locations, header written
    QByteArray sources_;   // binary COPY of the events' sources, header written
    int stagedLocations_ = 0, stagedSources_ = 0;
    bool pendingCategories_ = false; // added or recoloured, revision not yet set
    qint64 stagedEvents_ = 0;
    qint64 movedEvents_ = 0;
    qint64 importId_ = 0;
    qint64 revision_ = 0; // taken at the first move; 0: not yet
    // Where events go: not yet known, the project's own table not yet attached (filled
    // without indexes), or `events`.
    enum class EventTable { Unknown, Unattached, Events } eventTable_ = EventTable::Unknown;
    bool attached_ = false;   // this write attached the project's table (and analyzed it)
    qint64 movedThrough_ = 0; // events moved through `events` (not into a table attached here)
    Stats stats_;
    bool sourcesUnderPolicies_ = false; // row-level security applies: no COPY into event_sources
    QHash<QString, qint64> categories_;
    // Locations by name: (id, country), every one of the project and of this write.
    std::optional<QHash<QString, std::vector<std::pair<qint64, QString>>>> locationsByName_;
    QHash<qint64, Place> places_; // every location, loaded with locationsByName_
};
