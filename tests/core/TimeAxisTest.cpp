#include "render/TimeAxis.h"

#include "TestCatch.h"
#include "time/FuzzyDate.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QTimeZone>
#include <cmath>

namespace {
qint64 utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toSecsSinceEpoch();
}

QFontMetricsF metrics()
{
    QFont font;
    font.setPixelSize(11);
    return QFontMetricsF(font);
}

// Labels of one row, laid out as the painter does, never touch.
void checkNoOverlap(const std::vector<TimeAxis::Tick>& ticks, const QFontMetricsF& fm)
{
    double lastRight = -1e300;
    for (const auto& t : ticks) {
        if (t.label.isEmpty()) continue;
        const double left = t.x + TimeAxis::kLabelPad;
        CHECK(left >= lastRight);
        lastRight = left + fm.horizontalAdvance(t.label);
    }
}
} // namespace

TEST_CASE("Calendar steps floor to exact UTC boundaries", "[timeline]")
{
    const TimeAxisStep month{TimeUnit::Month, 1}, year{TimeUnit::Year, 1};
    CHECK(month.floor(utc(2014, 6, 10, 14, 5)) == utc(2014, 6, 1));
    CHECK(month.floor(utc(2014, 6, 1)) == utc(2014, 6, 1));
    CHECK(month.floor(utc(2014, 6, 1) - 1) == utc(2014, 5, 1));
    CHECK(year.floor(utc(2014, 12, 31, 23, 59)) == utc(2014, 1, 1));
    CHECK(year.floor(utc(1969, 7, 20)) == utc(1969, 1, 1)); // before the epoch
    CHECK(TimeAxisStep{TimeUnit::Year, 10}.floor(utc(2014, 6, 1)) == utc(2010, 1, 1));
    CHECK(TimeAxisStep{TimeUnit::Year, 100}.floor(utc(1914, 6, 1)) == utc(1900, 1, 1));
    CHECK(TimeAxisStep{TimeUnit::Month, 3}.floor(utc(2014, 6, 30)) == utc(2014, 4, 1));
    CHECK(TimeAxisStep{TimeUnit::Hour, 6}.floor(utc(2014, 6, 10, 14, 5)) == utc(2014, 6, 10, 12));
    CHECK(TimeAxisStep{TimeUnit::Minute, 15}.floor(utc(2014, 6, 10, 14, 29)) ==
          utc(2014, 6, 10, 14, 15));
    // Weeks start on Monday: 10 June 2014 was a Tuesday; 1 Jan 1970 a Thursday.
    CHECK(TimeAxisStep{TimeUnit::Week, 1}.floor(utc(2014, 6, 10, 9)) == utc(2014, 6, 9));
    CHECK(TimeAxisStep{TimeUnit::Week, 1}.floor(utc(1970, 1, 1)) == utc(1969, 12, 29));

    // Leap days: 29 Feb 2016 exists, 29 Feb 2014 does not; 2000 was leap, 1900 was not.
    CHECK(month.add(utc(2016, 2, 1), 1) - utc(2016, 2, 1) == 29 * 86400);
    CHECK(month.add(utc(2014, 2, 1), 1) - utc(2014, 2, 1) == 28 * 86400);
    CHECK(month.add(utc(2000, 2, 1), 1) - utc(2000, 2, 1) == 29 * 86400);
    CHECK(month.add(utc(1900, 2, 1), 1) - utc(1900, 2, 1) == 28 * 86400);
    CHECK(year.add(utc(2016, 1, 1), 1) - utc(2016, 1, 1) == 366 * 86400);
    CHECK(month.add(utc(2016, 1, 31), 1) == utc(2016, 2, 29));
    CHECK(month.add(utc(2014, 1, 31), 1) == utc(2014, 2, 28));
    CHECK(month.add(utc(2014, 12, 1), 1) == utc(2015, 1, 1));
    CHECK(month.add(utc(2015, 1, 1), -1) == utc(2014, 12, 1));

    // Every day of four years round-trips through the civil conversion.
    for (qint64 days = civil::daysFromCivil(2015, 1, 1); days < civil::daysFromCivil(2019, 1, 1);
         ++days) {
        const civil::Date d = civil::civilFromDays(days);
        REQUIRE(QDate(int(d.year), d.month, d.day).isValid());
        REQUIRE(QDateTime(QDate(int(d.year), d.month, d.day), QTime(0, 0), QTimeZone::utc())
                    .toSecsSinceEpoch() == days * 86400);
    }
}

TEST_CASE("Tick labels read as calendar units", "[timeline]")
{
    const qint64 t = utc(2014, 6, 10, 14, 0);
    CHECK(formatTick(t, TickFormat::Year) == QStringLiteral("2014"));
    CHECK(formatTick(t, TickFormat::MonthYear) == QStringLiteral("Jun 2014"));
    CHECK(formatTick(t, TickFormat::Month) == QStringLiteral("Jun"));
    CHECK(formatTick(t, TickFormat::DayMonth) == QStringLiteral("10 Jun"));
    CHECK(formatTick(t, TickFormat::HourMinute) == QStringLiteral("14:00"));
    CHECK(formatTick(utc(2016, 2, 29), TickFormat::DayMonthYear) == QStringLiteral("29 Feb 2016"));
}

TEST_CASE("Axis maps time to pixels and zooms about the cursor", "[timeline]")
{
    TimeAxis axis(utc(2014, 1, 1), utc(2015, 1, 1), 730);
    CHECK(axis.xOf(double(utc(2014, 1, 1))) == Approx(0));
    CHECK(axis.xOf(double(utc(2015, 1, 1))) == Approx(730));
    CHECK(axis.secondsPerPixel() == Approx(365 * 86400.0 / 730));
    const double before = axis.timeAt(200);
    axis.zoomAbout(200, 8);
    CHECK(axis.timeAt(200) == Approx(before));
    CHECK(axis.span() == Approx(365 * 86400.0 / 8));
    axis.panByPixels(100);
    CHECK(axis.timeAt(300) == Approx(before));
    // Zoom is clamped at both ends.
    axis.zoomAbout(0, 1e12);
    CHECK(axis.span() == Approx(TimeAxis::kMinSpan));
    axis.zoomAbout(0, 1e-12);
    CHECK(axis.span() == Approx(TimeAxis::kMaxSpan));
}

TEST_CASE("Ticks at every scale lie on boundaries and their labels never overlap", "[timeline]")
{
    const QFontMetricsF fm = metrics();
    // From two millennia down to ten minutes, across a leap day, a month end and a year end.
    for (double width : {180.0, 500.0, 1200.0}) {
        TimeAxis axis(utc(2015, 12, 1), utc(2016, 4, 1), width);
        axis.zoomAbout(width / 2, 1e-4);
        bool sawMinutes = false, sawCenturies = false, sawMonths = false, sawDays = false;
        for (int k = 0; k < 80; ++k) {
            axis.centreOn(double(utc(2016, 2, 29, 23, 55)));
            const TimeAxis::Ticks ticks = axis.ticks(fm);
            INFO("width " << width << " span " << axis.span());
            REQUIRE_FALSE(ticks.minor.empty());
            checkNoOverlap(ticks.minor, fm);
            checkNoOverlap(ticks.major, fm);
            for (const auto& t : ticks.minor) {
                REQUIRE(ticks.minorStep.floor(t.time) == t.time);
                REQUIRE(t.x == Approx(axis.xOf(double(t.time))));
            }
            for (std::size_t i = 1; i < ticks.minor.size(); ++i)
                REQUIRE(ticks.minor[i].time > ticks.minor[i - 1].time);
            if (ticks.hasMajor)
                for (const auto& t : ticks.major)
                    REQUIRE(ticks.majorStep.floor(t.time) == t.time);
            if (!ticks.pinned.label.isEmpty()) {
                const auto next = std::find_if(ticks.major.begin(), ticks.major.end(),
                                               [](const auto& t) { return !t.label.isEmpty(); });
                if (next != ticks.major.end())
                    CHECK(TimeAxis::kLabelPad + fm.horizontalAdvance(ticks.pinned.label) <=
                          next->x + TimeAxis::kLabelPad);
            }
            const TimeUnit u = ticks.minorStep.unit;
            sawMinutes |= u == TimeUnit::Minute;
            sawCenturies |= u == TimeUnit::Year && ticks.minorStep.count >= 100;
            sawMonths |= u == TimeUnit::Month;
            sawDays |= u == TimeUnit::Day;
            axis.zoomAbout(width / 2, 1.35);
        }
        CHECK(sawMinutes);
        CHECK(sawMonths);
        CHECK(sawDays);
        CHECK(sawCenturies);
    }
}

TEST_CASE("Month ticks across a leap February fall on the 1st", "[timeline]")
{
    const QFontMetricsF fm = metrics();
    TimeAxis axis(utc(2016, 1, 1), utc(2016, 5, 1), 1200);
    const TimeAxis::Ticks ticks = axis.ticks(fm);
    // Four months over 1200 px: the ladder picks days or weeks with the month as context.
    REQUIRE(ticks.hasMajor);
    std::vector<qint64> majors;
    for (const auto& t : ticks.major)
        majors.push_back(t.time);
    CHECK(std::find(majors.begin(), majors.end(), utc(2016, 3, 1)) != majors.end());
    CHECK(std::find(majors.begin(), majors.end(), utc(2016, 2, 1)) != majors.end());
    if (ticks.minorStep.unit == TimeUnit::Day) {
        bool leapDay = false;
        for (const auto& t : ticks.minor)
            leapDay |= t.time == utc(2016, 2, 29);
        CHECK(leapDay);
    }

    TimeAxis wide(utc(2013, 11, 1), utc(2014, 3, 1), 200);
    const TimeAxis::Ticks coarse = wide.ticks(fm);
    CHECK(coarse.minorStep.unit == TimeUnit::Month);
    for (const auto& t : coarse.minor) {
        const QDate d = QDateTime::fromSecsSinceEpoch(t.time, QTimeZone::utc()).date();
        CHECK(d.day() == 1);
    }
    std::vector<qint64> years;
    for (const auto& t : coarse.major)
        if (!t.label.isEmpty()) years.push_back(t.time);
    CHECK(years == std::vector<qint64>{utc(2014, 1, 1)});
    CHECK(coarse.pinned.label == QStringLiteral("2013"));
}
