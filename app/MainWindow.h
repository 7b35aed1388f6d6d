#pragma once

#include "model/EventActors.h"
#include "model/EventColumns.h"
#include "store/EventStore.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class EventDetailsPanel;
class EventListFilter;
class EventTableModel;
class FilterPanel;
class MapWidget;
class QLabel;
class QListWidget;
class QTableView;
class QTimer;
class TimelinePanel;

// The main window: the map in the centre; details, event list and legend in docks.
// Thin: it opens a project, loads the in-memory columns once and wires the views together.
class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString& path); // false (after telling the user) on failure
    MapWidget* map() const { return map_; }
    EventDetailsPanel* details() const { return details_; }
    QTableView* eventList() const { return list_; }
    TimelinePanel* timeline() const { return timeline_; }
    FilterPanel* filters() const { return filters_; }
    const EventColumns& columns() const { return columns_; }
    void selectEvents(const std::vector<qint64>& ids);

    // Errors go through here so tests can observe them without a modal dialog.
    void setErrorReporter(std::function<void(const QString&)> reporter);

  protected:
    void closeEvent(QCloseEvent* e) override;

  private:
    void buildMenus();
    void showSelection(const std::vector<int>& rows);
    void reportError(const QString& message);
    void openDialog();
    void setSelectionIds(const std::vector<qint64>& ids, QObject* origin);
    void saveProjectState();
    void applyTileSettings();
    void editTileSettings();
    void restoreProjectState();

    std::unique_ptr<EventStore> store_;
    EventColumns columns_;
    EventActors actors_;
    QHash<qint64, int> rowOfId_;
    MapWidget* map_;
    EventDetailsPanel* details_;
    EventTableModel* model_;
    EventListFilter* proxy_;
    FilterPanel* filters_;
    QTimer* viewFilterTimer_;
    QTableView* list_;
    QListWidget* legend_;
    TimelinePanel* timeline_;
    QLabel* cursorLabel_;
    QLabel* countLabel_;
    std::function<void(const QString&)> errorReporter_;
    bool syncing_ = false;
};
