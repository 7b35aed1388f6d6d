#pragma once

#include "model/EventFilter.h"
#include "model/Playback.h"
#include "render/TimelinePainter.h"
#include "time/TimeWindow.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QToolButton;

// The controls under the timeline: the window's dates as editable text (type a date and press
// Enter to jump), mode, overlap/inside, play/pause, step, speed, unit and loop; lanes, fixed
// histogram scale, fit all and fit selection. It holds no state of its own beyond its
// widgets; TimelinePanel keeps it in step.
class TimeWindowBar : public QWidget {
    Q_OBJECT
  public:
    explicit TimeWindowBar(QWidget* parent = nullptr);

    void showWindow(const TimeWindow& w); // updates the texts without emitting
    void showPlaying(bool playing);
    EventFilter::Mode mode() const;
    void setMode(EventFilter::Mode m);
    bool inside() const;
    void setInside(bool inside);
    TimelineScene::Lanes lanes() const;
    void setLanes(TimelineScene::Lanes lanes);
    bool fixedScale() const;
    void setFixedScale(bool fixed);
    Playback::Unit unit() const;
    double stepsPerSecond() const;
    bool loops() const;

    // "2014-06-10" → [10 Jun, 11 Jun); the end date is inclusive, like --to on the command line.
    static std::optional<TimeWindow> parseWindow(const QString& from, const QString& to);

  signals:
    void windowEdited(const TimeWindow& w);
    void modeChanged();
    void playToggled();
    void stepRequested(int n);
    void playbackSettingsChanged();
    void fitAllRequested();
    void fitSelectionRequested();
    void viewOptionsChanged(); // lanes or fixed scale

  private:
    void commitText();
    QLineEdit* from_;
    QLineEdit* to_;
    QComboBox* mode_;
    QCheckBox* inside_;
    QToolButton* back_;
    QToolButton* play_;
    QToolButton* forward_;
    QDoubleSpinBox* speed_;
    QComboBox* unit_;
    QCheckBox* loop_;
    QToolButton* fit_;
    QToolButton* fitSelection_;
    QComboBox* lanes_;
    QCheckBox* fixedScale_;
};
