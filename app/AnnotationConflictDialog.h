#pragma once

#include "annotations/Annotation.h"

#include <QDialog>
#include <optional>

// "Someone else changed this annotation": shown when an edit of a server project's annotation
// meets a newer version (EditConflict). It shows both sides as plain text and asks which one
// stays: Keep mine (saved over theirs) or Take theirs (the edit is dropped). Buttons are found
// by objectName in tests: keepMine, takeTheirs.
class AnnotationConflictDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Choice { KeepMine, TakeTheirs };
    // mine: none when the edit was a deletion; theirs: none when they deleted it.
    AnnotationConflictDialog(const std::optional<Annotation>& mine,
                             const std::optional<Annotation>& theirs, QWidget* parent);
    Choice choice() const { return choice_; }

    // One line a side, for the dialog and for messages: "“Title”: note …, 3 vertices".
    static QString describe(const std::optional<Annotation>& a);

  private:
    Choice choice_ = Choice::TakeTheirs;
};
