#pragma once

#include "AnimationExportJob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class TimeController;

// File → Export animation…: the range and step of the time window, window or cumulative mode,
// frame size, layout, the folder for the PNG frames and, when ffmpeg is installed, an MP4 or
// GIF assembled from them. Dates are whole UTC days.
class ExportAnimationDialog : public QDialog {
    Q_OBJECT
  public:
    ExportAnimationDialog(MapExportOptions base, TimeWindow range, QWidget* parent = nullptr);
    // Steps by the playback's unit and shows its mode, so the frames step as playback does.
    void useTime(const TimeController& time);
    AnimationExportSettings settings() const;
    // Empty when the settings can be run, else what to fix.
    QString problem() const;

  private:
    void updateSummary();
    MapExportOptions base_;
    QDateEdit* from_;
    QDateEdit* to_;
    QSpinBox* stepCount_;
    QComboBox* stepUnit_;
    QComboBox* mode_;
    QComboBox* size_;
    QCheckBox* timeline_;
    QLineEdit* directory_;
    QCheckBox* makeVideo_;
    QLineEdit* video_;
    QSpinBox* fps_;
    QLabel* summary_;
};
