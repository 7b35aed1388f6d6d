#pragma once

#include <QTableView>
#include <QTimer>
#include <vector>

class EventStore;
class EventTableModel;
class ViewState;

// The Events dock: the events the view state shows (and, with "only in the map view", those
// in the map's area), sortable, its selection the state's selection. Selecting rows selects
// the events everywhere; a selection made elsewhere is mirrored here. Double-click brings the
// event into view on the map and the timeline.
class EventListView : public QTableView {
    Q_OBJECT
  public:
    EventListView(ViewState* view, QWidget* parent = nullptr);
    EventTableModel* eventModel() const { return model_; }
    // The project the next ViewState::projectChanged lists (rows are read from it by page).
    void setStore(const EventStore* store) { store_ = store; }
    // Fills the list of a new project with the rows the view state shows now: MainWindow
    // calls it once it has framed the project; otherwise it runs from the event loop.
    void fillPending();

  private:
    void showProject();
    void showSelection(bool scroll);
    void applyArea();
    void trimRowHeader();
    void userSelected();

    ViewState* view_;
    EventTableModel* model_;
    const EventStore* store_ = nullptr;
    QTimer areaTimer_;         // the list follows a moving map once it settles
    bool onlyInView_ = false;  // as last applied
    int headerRows_ = 0;       // the most rows the current row header has held
    bool mirroring_ = false;   // the list's selection is being set from the state, not the user
    bool fillPending_ = false; // a new project is listed once its opening has framed it
};
