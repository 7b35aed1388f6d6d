#pragma once

#include "annotations/Annotation.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

class AnnotationStore;
class EditConflict;

// Undoable annotation edits. Each redo/undo writes through AnnotationStore at once (one
// transaction each), then calls `changed` so the views reload; `changed` gets the error text
// when the store refused the write (nothing was changed then).
//
// On a server project every write applies to the version this command last wrote (or read):
// when someone else changed the annotation since, `resolve` is asked (the conflict dialog).
// Keep mine writes over theirs; take theirs leaves theirs and drops this command from the
// undo stack, since there is nothing of the user's left to undo or redo.
class AnnotationCommand : public QUndoCommand {
  public:
    using Changed = std::function<void(const QString& error)>;
    using Resolve = std::function<bool(const EditConflict& conflict)>; // true: keep mine
    // before = nullopt: creation; after = nullopt: deletion; both: an edit.
    AnnotationCommand(const QString& text, AnnotationStore& store, std::optional<Annotation> before,
                      std::optional<Annotation> after, Changed changed, Resolve resolve = {});
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return id_; }

  private:
    void apply(const std::optional<Annotation>& from, const std::optional<Annotation>& to);
    void write(const std::optional<Annotation>& from, const std::optional<Annotation>& to);
    void overwrite(const EditConflict& conflict, const std::optional<Annotation>& to);
    void rememberVersion();
    AnnotationStore& store_;
    std::optional<Annotation> before_, after_;
    Changed changed_;
    Resolve resolve_;
    qint64 id_ = 0;
    int version_ = 0; // of the row as this command last wrote or read it
};
