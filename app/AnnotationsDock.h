#pragma once

#include "annotations/Annotation.h"

#include <QWidget>
#include <vector>

class QLineEdit;
class QListWidget;

// Lists every annotation, filterable by text; double-click jumps to one.
class AnnotationsDock : public QWidget {
    Q_OBJECT
  public:
    explicit AnnotationsDock(QWidget* parent = nullptr);
    void setAnnotations(const std::vector<Annotation>& annotations);
    QListWidget* list() const { return list_; }

  signals:
    void activated(qint64 id);
    void selected(qint64 id);

  private:
    void applyFilter();
    QLineEdit* filter_;
    QListWidget* list_;
};
