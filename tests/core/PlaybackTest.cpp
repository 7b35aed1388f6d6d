#include "model/Playback.h"

#include "TestCatch.h"
#include "time/Calendar.h"

#include <QDateTime>
#include <QTimeZone>

namespace {
qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("Playback steps by day, week and month across month ends", "[timeline]")
{
    Playback p;
    p.setWindow({utc(2016, 1, 31), utc(2016, 2, 1)});
    p.setUnit(Playback::Unit::Month);
    REQUIRE(p.step(1));
    CHECK(p.window().from == utc(2016, 2, 29)); // 31 Jan + 1 month in a leap year
    CHECK(p.window().to == utc(2016, 3, 1));
    REQUIRE(p.step(1));
    CHECK(p.window().from == utc(2016, 3, 31)); // no drift to the 29th
    REQUIRE(p.step(-3));
    CHECK(p.window().from == utc(2015, 12, 31));

    p.setWindow({utc(2014, 1, 31), utc(2014, 2, 1)});
    p.step(1);
    CHECK(p.window().from == utc(2014, 2, 28));

    p.setWindow({utc(2014, 6, 28), utc(2014, 7, 1)});
    p.setUnit(Playback::Unit::Day);
    p.step(4);
    CHECK(p.window().from == utc(2014, 7, 2));
    CHECK(p.window().to == utc(2014, 7, 5));
    p.setUnit(Playback::Unit::Week);
    p.step(-1);
    CHECK(p.window().from == utc(2014, 6, 25));
    CHECK(Calendar::add(utc(2014, 12, 31), TimeUnit::Day, 1) == utc(2015, 1, 1));
}

TEST_CASE("Playback stops or loops at the end of the data", "[timeline]")
{
    Playback p;
    p.setBounds(utc(2014, 6, 1), utc(2014, 6, 5));
    p.setWindow({utc(2014, 6, 3), utc(2014, 6, 4)});
    p.setUnit(Playback::Unit::Day);
    p.play();
    CHECK(p.step(1));
    CHECK(p.window().to == utc(2014, 6, 5));
    CHECK_FALSE(p.step(1)); // at the end: stops and pauses
    CHECK_FALSE(p.isPlaying());
    CHECK(p.window().to == utc(2014, 6, 5));

    p.setLoop(true);
    CHECK(p.step(1)); // wraps to the start, same length
    CHECK(p.window().from == utc(2014, 6, 1));
    CHECK(p.window().to == utc(2014, 6, 2));
    CHECK(p.step(-1)); // and backwards to the end
    CHECK(p.window().to == utc(2014, 6, 5));
}

TEST_CASE("Playback advances by speed with fractions carried over", "[timeline]")
{
    Playback p;
    p.setWindow({utc(2014, 6, 1), utc(2014, 6, 2)});
    p.setStepsPerSecond(30);
    CHECK(p.advance(1.0) == 0); // paused
    p.play();
    CHECK(p.advance(0.02) == 0); // 0.6 of a step
    CHECK(p.advance(0.02) == 1); // 1.2
    CHECK(p.advance(1.0) == 30);
    CHECK(p.window().from == utc(2014, 6, 1) + 31 * 86400);
    p.pause();
    CHECK(p.advance(1.0) == 0);
}

TEST_CASE("Playback keeps a window of whole months whole: its end counts from its start",
          "[timeline][calendar]")
{
    Playback p;
    p.setUnit(Playback::Unit::Month);
    p.setWindow({utc(2015, 1, 31), utc(2015, 2, 28)}); // one month from 31 Jan
    REQUIRE(p.step(1));
    CHECK(p.window() == TimeWindow{utc(2015, 2, 28), utc(2015, 3, 31)}); // not 28 Mar
    REQUIRE(p.step(1));
    CHECK(p.window() == TimeWindow{utc(2015, 3, 31), utc(2015, 4, 30)});
    REQUIRE(p.step(-2));
    CHECK(p.window() == TimeWindow{utc(2015, 1, 31), utc(2015, 2, 28)});

    p.setUnit(Playback::Unit::Year);
    p.setWindow({utc(2016, 2, 29), utc(2017, 2, 28)}); // one year from a leap day
    REQUIRE(p.step(4));
    CHECK(p.window() == TimeWindow{utc(2020, 2, 29), utc(2021, 2, 28)});
    // A window of no whole number of units moves both ends by the unit.
    p.setUnit(Playback::Unit::Month);
    p.setWindow({utc(2015, 1, 31), utc(2015, 2, 10)});
    REQUIRE(p.step(1));
    CHECK(p.window() == TimeWindow{utc(2015, 2, 28), utc(2015, 3, 10)});
}
