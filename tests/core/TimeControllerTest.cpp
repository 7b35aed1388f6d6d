#include "model/TimeController.h"

#include "TestCatch.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {
qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("TimeController emits a change only when there is one", "[timeline][time]")
{
    TimeController t;
    QSignalSpy window(&t, &TimeController::windowChanged);
    QSignalSpy mode(&t, &TimeController::modeChanged);
    QSignalSpy settings(&t, &TimeController::playbackSettingsChanged);
    const TimeWindow june{utc(2014, 6, 1), utc(2014, 7, 1)};
    t.setWindow(june);
    t.setWindow(june);
    REQUIRE(window.size() == 1);
    CHECK(window.at(0).at(0).value<TimeWindow>() == june);
    t.setMode(TimeController::Mode::Cumulative);
    t.setMode(TimeController::Mode::Cumulative);
    t.setInside(true);
    t.setInside(true);
    CHECK(mode.size() == 2);
    t.setUnit(TimeController::Unit::Week);
    t.setUnit(TimeController::Unit::Week);
    t.setStepsPerSecond(8);
    t.setLoop(true);
    t.setLoop(true);
    CHECK(settings.size() == 3);
    CHECK(t.unit() == TimeController::Unit::Week);
    CHECK(t.stepsPerSecond() == 8);
    CHECK(t.loops());
}

TEST_CASE("TimeController steps months from an anchor, and frame n is the nth step",
          "[timeline][time]")
{
    TimeController t;
    t.setUnit(TimeController::Unit::Month);
    t.setWindow({utc(2016, 1, 31), utc(2016, 2, 1)});
    QSignalSpy window(&t, &TimeController::windowChanged);
    // Frames are counted from the anchor and do not move the window.
    CHECK(t.windowForFrame(0) == TimeWindow{utc(2016, 1, 31), utc(2016, 2, 1)});
    CHECK(t.windowForFrame(1).from == utc(2016, 2, 29)); // leap year
    CHECK(t.windowForFrame(2).from == utc(2016, 3, 31)); // not 29 March: no drift
    CHECK(t.windowForFrame(13).from == utc(2017, 2, 28));
    CHECK(window.isEmpty());

    REQUIRE(t.step(1));
    CHECK(t.window() == t.windowForFrame(1)); // the anchor stays: frames are still from 31 Jan
    CHECK(t.window().from == utc(2016, 2, 29));
    // A view echoing the window it was shown keeps the anchor.
    t.setWindow(t.window());
    REQUIRE(t.step(1));
    CHECK(t.window().from == utc(2016, 3, 31));
    CHECK(window.size() == 2);
    CHECK(window.last().at(0).value<TimeWindow>() == t.window());

    // A window set from outside is the new anchor.
    t.setWindow({utc(2014, 1, 31), utc(2014, 2, 1)});
    CHECK(t.windowForFrame(1).from == utc(2014, 2, 28));
    CHECK(t.windowForFrame(2).from == utc(2014, 3, 31));
    CHECK(t.windowForFrame(-1).from == utc(2013, 12, 31));
    t.setUnit(TimeController::Unit::Day);
    CHECK(t.windowForFrame(1) == TimeWindow{utc(2014, 2, 1), utc(2014, 2, 2)});
    t.setUnit(TimeController::Unit::Week);
    CHECK(t.windowForFrame(1) == TimeWindow{utc(2014, 2, 7), utc(2014, 2, 8)});
}

TEST_CASE("TimeController plays, stops at the end, loops, and plays again from the start",
          "[timeline][time]")
{
    TimeController t;
    t.setBounds(utc(2014, 6, 1), utc(2014, 6, 5));
    t.setWindow({utc(2014, 6, 3), utc(2014, 6, 4)});
    QSignalSpy playing(&t, &TimeController::playingChanged);
    QSignalSpy window(&t, &TimeController::windowChanged);
    t.setStepsPerSecond(2);
    t.play();
    REQUIRE(t.isPlaying());
    CHECK(t.advance(0.25) == 0); // half a step
    CHECK(t.advance(0.25) == 1);
    CHECK(t.window().to == utc(2014, 6, 5));
    CHECK(t.advance(1.0) == 0); // at the end: stops
    CHECK_FALSE(t.isPlaying());
    REQUIRE(playing.size() == 2);
    CHECK(playing.at(0).at(0).toBool());
    CHECK_FALSE(playing.at(1).at(0).toBool());
    CHECK(window.size() == 1);

    // Play at the end starts from the beginning, the window's length kept.
    t.togglePlay();
    CHECK(t.isPlaying());
    CHECK(t.window() == TimeWindow{utc(2014, 6, 1), utc(2014, 6, 2)});
    t.togglePlay();
    CHECK_FALSE(t.isPlaying());
    CHECK(playing.size() == 4);

    // Stepping past the end without loop does not move; with loop it wraps.
    t.setWindow({utc(2014, 6, 4), utc(2014, 6, 5)});
    CHECK_FALSE(t.step(1));
    CHECK(t.window().to == utc(2014, 6, 5));
    t.setLoop(true);
    CHECK(t.step(1));
    CHECK(t.window() == TimeWindow{utc(2014, 6, 1), utc(2014, 6, 2)});
    CHECK(t.step(-1));
    CHECK(t.window() == TimeWindow{utc(2014, 6, 4), utc(2014, 6, 5)});

    // Looping playback runs on past the end (play at the end starts from the start).
    t.play();
    CHECK(t.window() == TimeWindow{utc(2014, 6, 1), utc(2014, 6, 2)});
    CHECK(t.advance(2.0) == 4);
    CHECK(t.isPlaying());
    CHECK(t.window() == TimeWindow{utc(2014, 6, 1), utc(2014, 6, 2)}); // 6/5 wrapped to 6/1
    t.pause();
    CHECK_FALSE(t.isPlaying());
    CHECK(t.advance(1.0) == 0);
}

TEST_CASE("TimeController's timer plays in real time", "[timeline][time]")
{
    TimeController t;
    t.setWindow({utc(2014, 6, 1), utc(2014, 6, 2)});
    t.setStepsPerSecond(30);
    QSignalSpy window(&t, &TimeController::windowChanged);
    t.play();
    QTRY_VERIFY_WITH_TIMEOUT(window.size() >= 3, 2000);
    t.pause();
    const int steps = int(window.size());
    QTest::qWait(200);
    CHECK(window.size() == steps); // paused: the timer is off
    CHECK(t.window().from == utc(2014, 6, 1) + steps * 86400);
}
