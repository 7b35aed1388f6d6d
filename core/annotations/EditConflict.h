#pragma once

#include "annotations/Annotation.h"
#include "store/StoreError.h"

#include <optional>

// An annotation edit on a server project that someone else overtook: the row's version is no
// longer the one the edit started from (optimistic locking, docs/server.md). Nothing was
// written. It carries both sides so the user can keep theirs or the other: `mine` is what the
// edit wanted (none: a deletion), `theirs` what the server holds now (none: deleted there).
// A StoreError, so code that only reports errors still reports this one.
class EditConflict : public StoreError {
  public:
    EditConflict(const QString& message, std::optional<Annotation> mine,
                 std::optional<Annotation> theirs)
        : StoreError(message), mine_(std::move(mine)), theirs_(std::move(theirs))
    {
    }
    const std::optional<Annotation>& mine() const { return mine_; }
    const std::optional<Annotation>& theirs() const { return theirs_; }

  private:
    std::optional<Annotation> mine_, theirs_;
};
