#pragma once

#include "compose/MapExport.h"

#include <QObject>

class MapWidget;
class TimeController;
class UserFeedback;
struct OpenProject;

// File → Export image, Copy map image and Export animation: the current view (map area, time
// window and mode) drawn by the same painters as the screen, from the columns in memory.
class ExportActions : public QObject {
    Q_OBJECT
  public:
    ExportActions(OpenProject& project, MapWidget* map, TimeController* time,
                  UserFeedback* feedback, QObject* parent);
    MapExportOptions currentOptions() const; // the current view, window and mode
    void exportImage();
    void copyMapImage();
    void exportAnimation();

  private:
    OpenProject& project_;
    MapWidget* map_;
    TimeController* time_;
    UserFeedback* feedback_;
};
