#pragma once

#include "annotations/Annotation.h"

#include <QString>
#include <optional>
#include <vector>

class PgConnection;

// Annotations of one server project (the `annotations` table of PgTeamTables). Every write is
// one transaction that takes the project's next revision and notifies the other windows
// (PgChanges). Updates and deletions are optimistic: they apply only to the version the
// caller read and throw EditConflict, with both sides, when someone else changed or deleted
// the annotation since. AnnotationStore is the interface the rest of the code uses.
class PgAnnotationRows {
  public:
    PgAnnotationRows(PgConnection& connection, qint64 projectId, QString display)
        : connection_(connection), projectId_(projectId), display_(std::move(display))
    {
    }
    std::vector<Annotation> all() const;
    std::optional<Annotation> get(qint64 id) const;
    // Those written or rewritten after `revision` (ProjectWatcher's fetch).
    std::vector<Annotation> changedSince(qint64 revision) const;
    qint64 insert(const Annotation& a); // a.id > 0: with that id (undo of a deletion)
    int update(const Annotation& a);    // the new version
    void remove(qint64 id, int version);

  private:
    std::vector<Annotation> select(const QByteArray& where, qint64 value) const;
    [[noreturn]] void conflict(const std::optional<Annotation>& mine, qint64 id) const;
    PgConnection& connection_;
    qint64 projectId_;
    QString display_;
};
