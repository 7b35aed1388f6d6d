#pragma once

class EventStore;
class FilterPanel;
class MapWidget;
class TimeController;
class TimeWindowBar;

// The project remembers where the user was: the map view, the time window and mode, the
// timeline's lanes and scale and the filters, in its "view" setting. Saved when a project is
// left or the window closes, restored when it is opened. Read-only projects keep theirs.
class ProjectViewMemory {
  public:
    ProjectViewMemory(MapWidget* map, TimeController* time, TimeWindowBar* bar,
                      FilterPanel* filters)
        : map_(map), time_(time), bar_(bar), filters_(filters)
    {
    }
    void save(EventStore* store) const;
    void restore(const EventStore& store) const;

  private:
    MapWidget* map_;
    TimeController* time_;
    TimeWindowBar* bar_;
    FilterPanel* filters_;
};
