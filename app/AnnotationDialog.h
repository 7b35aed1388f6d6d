#pragma once

#include "annotations/Annotation.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;

// Edits an annotation's text, colour and validity span. The note is plain text.
class AnnotationDialog : public QDialog {
    Q_OBJECT
  public:
    explicit AnnotationDialog(const Annotation& annotation, QWidget* parent = nullptr);
    Annotation annotation() const; // valid after accept()

  private:
    void validate();
    Annotation annotation_;
    QLineEdit* title_;
    QPlainTextEdit* note_;
    QPushButton* colour_;
    QLineEdit* from_;
    QLineEdit* to_;
    QLabel* error_;
    QPushButton* ok_;
};
