#pragma once

struct EventColumns;
class EventStore;
class FilterPanel;
class MapWidget;
class TimeController;
class TimelinePanel;

// The project remembers where the user was: the map view, the time window and mode, the
// timeline's lanes and scale and the filters, in its "view" setting. Saved when a project is
// left or the window closes, restored when it is opened. Read-only projects keep theirs.
// A project never opened here opens on its story (render/StoryFrame), as the views frame the
// events of an import: frameStory is the one place that does it.
class ProjectViewMemory {
  public:
    ProjectViewMemory(MapWidget* map, TimeController* time, TimelinePanel* timeline,
                      FilterPanel* filters)
        : map_(map), time_(time), timeline_(timeline), filters_(filters)
    {
    }
    void save(EventStore* store) const;
    void restore(const EventStore& store) const;
    // Map, time window and timeline axis on the story of these events (StoryFrame::of): the
    // busiest recent stretch, framed on its events.
    void frameStory(const EventColumns& events) const;

  private:
    MapWidget* map_;
    TimeController* time_;
    TimelinePanel* timeline_;
    FilterPanel* filters_;
};
