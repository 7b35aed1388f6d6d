#pragma once

#include "model/Event.h"

#include <QTextBrowser>

class EventLookup;
class ViewState;

// Shows one event: title, date with its precision, place, actors, fatalities, sources.
// All data text is escaped; only http(s) source links are clickable.
class EventDetailsPanel : public QTextBrowser {
    Q_OBJECT
  public:
    explicit EventDetailsPanel(QWidget* parent = nullptr);
    // Shows the selected event whenever exactly one is selected, read through `lookup` (which
    // must outlive the panel; the owner points it at each project it opens).
    void follow(const ViewState* view, const EventLookup* lookup);
    void setEvent(const std::optional<Event>& event);
    static QString html(const Event& e); // exposed for tests
};
