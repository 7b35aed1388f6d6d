#pragma once

#include "annotations/Annotation.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

class AnnotationStore;

// Undoable annotation edits. Each redo/undo writes through AnnotationStore at once (one
// transaction each), then calls `changed` so the views reload; `changed` gets the error text
// when the file refused the write (nothing was changed then).
class AnnotationCommand : public QUndoCommand {
  public:
    using Changed = std::function<void(const QString& error)>;
    // before = nullopt: creation; after = nullopt: deletion; both: an edit.
    AnnotationCommand(const QString& text, AnnotationStore& store, std::optional<Annotation> before,
                      std::optional<Annotation> after, Changed changed);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return id_; }

  private:
    void apply(const std::optional<Annotation>& from, const std::optional<Annotation>& to);
    AnnotationStore& store_;
    std::optional<Annotation> before_, after_;
    Changed changed_;
    qint64 id_ = 0;
};
