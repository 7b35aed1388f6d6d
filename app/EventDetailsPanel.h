#pragma once

#include "model/Event.h"

#include <QTextBrowser>

// Shows one event: title, date with its precision, place, actors, fatalities, sources.
// All data text is escaped; only http(s) source links are clickable.
class EventDetailsPanel : public QTextBrowser {
    Q_OBJECT
  public:
    explicit EventDetailsPanel(QWidget* parent = nullptr);
    void setEvent(const std::optional<Event>& event);
    static QString html(const Event& e); // exposed for tests
};
