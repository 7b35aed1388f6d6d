#pragma once

#include "store/EventStatistics.h"
#include "store/EventStore.h"
#include "store/SqliteStatement.h"
#include "store/WriteQueue.h"

#include <QHash>
#include <array>
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class TextIndexBuilder;
class ZOrderRuns;

// The one write transaction behind EventStore::beginWrite(). Rows go in through prepared
// statements on a background thread (WriteQueue) while the caller parses the next ones; ids
// are handed out up front, since this transaction is the only writer. The R*Tree is filled
// at commit in spatial order (much faster than in arrival order, and nothing reads it while
// the transaction is open); an empty one is packed directly (RtreeBulkLoader). Destroyed without
// commit(), it rolls everything back. The text index of a project without events is built
// on a third thread and copied in at commit (TextIndexBuilder).
class StoreWriter final : public EventStore::Writer {
  public:
    StoreWriter(sqlite3* db, bool* writing);
    ~StoreWriter() override;

    qint64 addLocation(const Location& location) override;
    qint64 findLocation(const QString& name, const QString& country) override;
    qint64 addEvent(const Event& event) override;
    void setCategoryColour(const QString& name, QRgb colour) override;
    void setImportId(qint64 importId) override;
    void flush() override;
    void commit() override;

  private:
    struct Place {
        QByteArray searchText; // name and alternative names, for the full-text index
        double lat = std::nan("");
        double lon = std::nan("");
    };
    // An event as the writer thread binds it: its numbers, and its text already in UTF-8
    // (converted on the caller's thread). No Event is copied across, whose strings' counts
    // both threads would touch; only the category's name is shared (the writer looks it up).
    struct Row {
        qint64 id = 0, start = 0, spanBegin = 0, spanEnd = 0;
        std::optional<qint64> end, locationId;
        std::optional<int> fatalities;
        int precision = 0, flags = 0, geoPrecision = 0;
        bool titleDerived = false;
        double lat = std::nan(""), lon = std::nan("");
        QString category;
        QByteArray externalId, title, description, subCategory, actors, tags, place;
        QByteArray attributes; // AttributeCodec
        // The text index's title, description (attribute values appended), actors and place,
        // Arabic folded; the place is the location's, folded by the writer thread, when the
        // event has one.
        std::array<QByteArray, 4> text;
        QByteArray sources; // SourceListCodec
        bool hasCoordinate() const { return !std::isnan(lat) && !std::isnan(lon); }
    };
    // Rows go to the writer thread in batches, one task each, and come back to the caller
    // to be filled again (`spare_`): no allocation of a task, a row or a shared pointer per
    // event, and each thread frees only what it allocated.
    struct Batch {
        std::vector<Row> rows;
        std::size_t size = 0;
    };
    static constexpr std::size_t kRowsPerBatch = 512;
    void fill(Row& row, const Event& e, qint64 id);
    void handOverRows(); // the batch being filled, if any, to the writer thread
    std::shared_ptr<Batch> takeSpare();
    void post(std::function<void()> task); // after the rows added before it
    void drain();                          // every row and task stored
    void insertLocation(const Location& location, qint64 id);
    void insertEvent(Row& row); // leaves the row's text for the text index as indexed
    void indexText(const Row& row);
    void recycle(std::shared_ptr<Batch> batch);
    const Place& place(qint64 locationId);
    void leaveBulkJournal();
    void updateStatistics(); // in the transaction, before it commits
    qint64 categoryId(const QString& name);
    void bindImportId(SqliteStatement& s, int index) const;

    sqlite3* db_;
    bool* writing_;
    bool committed_ = false;
    bool bulkJournal_ = false; // switched from WAL to a rollback journal for this write
    qint64 firstEventId_ = 1;  // events from here on get their R*Tree entries at commit
    qint64 nextEventId_ = 1;
    qint64 nextLocationId_ = 1;
    qint64 importId_ = 0;   // the source rows are tagged with (ImportSources); 0: none
    qint64 positioned_ = 0; // events stored with a position (counted on the writer thread)
    EventStatistics added_; // of the events this transaction stored (on the writer thread)
    SqliteStatement insertEvent_, insertText_, insertLocation_, findLocation_, findCategory_,
        insertCategory_, updateCategory_, locationById_;
    QHash<QString, qint64> categories_;
    QHash<qint64, Place> places_;    // bounded, see place()
    std::shared_ptr<Batch> filling_; // the caller's
    std::mutex spareMutex_;
    std::vector<std::shared_ptr<Batch>> spare_; // done by the writer thread, to be refilled
    std::unique_ptr<ZOrderRuns> positions_;     // when the R*Tree was empty: see commit()
    std::unique_ptr<TextIndexBuilder> text_;    // when the project had no events
    std::unique_ptr<WriteQueue> queue_;         // stopped first: its tasks use everything above
};
