#pragma once

#include "annotations/Annotation.h"

#include <vector>

class EventStore;

// Annotations of a project, in its file or on its server (PgAnnotationRows). Each call is one
// statement or transaction, so each edit is saved at once and atomically; errors (a read-only
// file or role) throw StoreError and change nothing. On a server, update and remove apply only
// to the annotation's `version` and throw EditConflict (a StoreError) when someone else changed
// it since; a file has no versions (always 0) and no conflicts.
class AnnotationStore {
  public:
    // Writes go through the project's connection and are refused on a read-only project.
    explicit AnnotationStore(const EventStore& store) : store_(store) {}
    std::vector<Annotation> all() const; // ordered by id
    std::optional<Annotation> get(qint64 id) const;
    qint64 insert(const Annotation& a);      // returns the new id (a.id is ignored unless > 0)
    int update(const Annotation& a);         // returns the new version
    void remove(qint64 id, int version = 0); // version 0: whatever the server has

  private:
    const EventStore& store_;
};
