#pragma once

#include "model/ImportRecord.h"
#include "store/ImportSources.h"

#include <QString>
#include <optional>
#include <vector>

class PgConnection;

// The recorded imports of one server project (the `imports` table of PgTeamTables) and what
// each brought: ImportSources on a server. Writes join an open transaction (the import's
// Writer) or are one of their own, take the project's next revision and notify (PgChanges);
// a removal leaves tombstones for the events, annotations and the source it took.
class PgSourceRows {
  public:
    PgSourceRows(PgConnection& connection, qint64 projectId, QString display)
        : connection_(connection), projectId_(projectId), display_(std::move(display))
    {
    }
    std::vector<ImportRecord> list() const;
    std::optional<ImportRecord> get(qint64 id) const;
    std::vector<ImportRecord> withHash(const QString& sha256) const;
    qint64 eventsWithoutSource() const;
    std::vector<qint64> eventIds(qint64 id) const;
    std::vector<qint64> annotationIds(qint64 id) const;
    ImportSources::Extent extent(qint64 id) const;

    qint64 record(const ImportRecord& r);
    void updateCounts(const ImportRecord& r);
    void tagAnnotation(qint64 annotationId, qint64 sourceId);
    // The rows go into temporary tables of this connection (slot > 0) until restore().
    ImportSources::Removed remove(qint64 id, int slot);
    void removeWithin(qint64 id);
    void restore(const ImportSources::Removed& removed);

  private:
    struct Counts {
        qint64 events = 0, annotations = 0;
    };
    Counts deleteRows(qint64 id, int slot, qint64 revision);
    std::vector<ImportRecord> records(const QByteArray& where, const QString& value) const;
    std::vector<qint64> ids(const char* table, qint64 id) const;
    PgConnection& connection_;
    qint64 projectId_;
    QString display_;
};
