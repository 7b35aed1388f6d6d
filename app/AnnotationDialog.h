#pragma once

#include "annotations/Annotation.h"
#include "model/Location.h"

#include <QDialog>
#include <vector>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;
class QComboBox;

// Edits an annotation's text, colour and validity span. The note is plain text.
class AnnotationDialog : public QDialog {
    Q_OBJECT
  public:
    // With `places`, a point can be put on one of the project's named locations.
    explicit AnnotationDialog(const Annotation& annotation, QWidget* parent = nullptr,
                              const std::vector<Location>& places = {});
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
    QComboBox* marker_ = nullptr;
    QComboBox* place_ = nullptr;
    std::vector<Location> places_;
    QPushButton* ok_;
};
