#pragma once

#include "annotations/Annotation.h"

#include <vector>

class EventStore;

// Annotations in the project file. Each call is one statement, so each edit is saved at once
// and atomically; errors (a read-only file) throw StoreError and change nothing.
class AnnotationStore {
  public:
    // Writes go through the project's connection and are refused on a read-only project.
    explicit AnnotationStore(const EventStore& store) : store_(store) {}
    std::vector<Annotation> all() const; // ordered by id
    std::optional<Annotation> get(qint64 id) const;
    qint64 insert(const Annotation& a); // returns the new id (a.id is ignored unless > 0)
    void update(const Annotation& a);
    void remove(qint64 id);

  private:
    const EventStore& store_;
};
