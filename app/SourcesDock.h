#pragma once

#include "model/EventColumns.h"
#include "model/ImportRecord.h"

#include <QWidget>
#include <cstdint>
#include <vector>

class EventStore;
class ViewState;
class QLabel;
class QPushButton;
class QTreeWidget;

// The Sources dock: every recorded import of the project with its event count, whether its
// file is still there, and two actions: Remove source (the window makes it undoable) and Show
// only this source (ViewState::setSourceRows, on top of the Filters dock's filters).
class SourcesDock : public QWidget {
    Q_OBJECT
  public:
    explicit SourcesDock(ViewState* view, QWidget* parent = nullptr);

    // Lists the project's sources (null: none) after the view state took the project (which
    // drops its source filter); "show only" is applied again when its source is still there.
    void setProject(const EventStore* store, const EventColumns* columns);
    qint64 currentSource() const; // selected in the list; 0 for none
    void selectSource(qint64 id);
    qint64 shownOnly() const { return shownOnly_; } // 0: all sources shown
    void showOnly(qint64 id);                       // 0: all
    QTreeWidget* list() const { return list_; }
    const std::vector<ImportRecord>& sources() const { return sources_; }

  signals:
    void removeRequested(qint64 id);

  private:
    void fill();
    void updateButtons();
    void applyFilter();

    ViewState* view_;
    const EventStore* store_ = nullptr;
    const EventColumns* columns_ = nullptr;
    std::vector<ImportRecord> sources_;
    qint64 shownOnly_ = 0;
    QTreeWidget* list_;
    QLabel* note_;
    QPushButton* remove_;
    QPushButton* only_;
};
