#pragma once

#include "model/EventColumns.h"
#include "model/ImportRecord.h"

#include <QWidget>
#include <cstdint>
#include <vector>

class EventStore;
class QLabel;
class QPushButton;
class QTreeWidget;

// The Sources dock: every recorded import of the project with its event count, whether its
// file is still there, and two actions: Remove source (the window makes it undoable) and Show
// only this source (a filter on top of the Filters dock's, kept here as a row mask).
class SourcesDock : public QWidget {
    Q_OBJECT
  public:
    explicit SourcesDock(QWidget* parent = nullptr);

    // Lists the project's sources (null: none). Keeps "show only" when its source is still
    // there, else drops it (and emits filterChanged).
    void setProject(const EventStore* store, const EventColumns* columns);
    qint64 currentSource() const; // selected in the list; 0 for none
    void selectSource(qint64 id);
    qint64 shownOnly() const { return shownOnly_; } // 0: all sources shown
    void showOnly(qint64 id);                       // 0: all
    // `rows` (the Filters dock's, null = all) narrowed to the shown source; null = all.
    const std::vector<std::uint8_t>* narrow(const std::vector<std::uint8_t>* rows);
    QTreeWidget* list() const { return list_; }
    const std::vector<ImportRecord>& sources() const { return sources_; }

  signals:
    void removeRequested(qint64 id);
    void filterChanged();

  private:
    void fill();
    void updateButtons();
    void buildMask();

    const EventStore* store_ = nullptr;
    const EventColumns* columns_ = nullptr;
    std::vector<ImportRecord> sources_;
    qint64 shownOnly_ = 0;
    std::vector<std::uint8_t> sourceRows_, combined_;
    QTreeWidget* list_;
    QLabel* note_;
    QPushButton* remove_;
    QPushButton* only_;
};
