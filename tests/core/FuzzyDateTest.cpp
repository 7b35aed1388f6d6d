#include "time/FuzzyDate.h"

#include "TestCatch.h"
#include "time/TimeWindow.h"

#include <QDateTime>
#include <QTimeZone>

namespace {
qint64 at(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone::utc()).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("FuzzyDate parses each accepted form with its precision", "[time]")
{
    auto y = FuzzyDate::parse(QStringLiteral("2014"));
    REQUIRE(y);
    CHECK(y->precision == DatePrecision::Year);
    CHECK(y->begin() == at(2014, 1, 1));
    CHECK(y->end() == at(2015, 1, 1));

    auto m = FuzzyDate::parse(QStringLiteral("2014-06"));
    REQUIRE(m);
    CHECK(m->precision == DatePrecision::Month);
    CHECK(m->end() == at(2014, 7, 1));

    auto d = FuzzyDate::parse(QStringLiteral("2014-06-10"));
    REQUIRE(d);
    CHECK(d->precision == DatePrecision::Day);
    CHECK(d->seconds == at(2014, 6, 10));

    auto t = FuzzyDate::parse(QStringLiteral("2014-06-10T05:30:00+03:00"));
    REQUIRE(t);
    CHECK(t->precision == DatePrecision::Second);
    CHECK(t->seconds == at(2014, 6, 10, 2, 30));

    auto mi = FuzzyDate::parse(QStringLiteral("2014-06-10 05:30Z"));
    REQUIRE(mi);
    CHECK(mi->precision == DatePrecision::Minute);
}

TEST_CASE("FuzzyDate rejects impossible dates", "[time]")
{
    CHECK_FALSE(FuzzyDate::parse(QStringLiteral("2014-02-29")));
    CHECK(FuzzyDate::parse(QStringLiteral("2016-02-29")));
    CHECK_FALSE(FuzzyDate::parse(QStringLiteral("2014-13")));
    CHECK_FALSE(FuzzyDate::parse(QStringLiteral("2014-00")));
    CHECK_FALSE(FuzzyDate::parse(QStringLiteral("2014-06-10T25:00")));
    CHECK_FALSE(FuzzyDate::parse(QStringLiteral("June 2014")));
    CHECK_FALSE(FuzzyDate::parse(QString()));
}

TEST_CASE("An imprecise date is shown as what is known, never as the first day", "[time]")
{
    CHECK(FuzzyDate::parse(QStringLiteral("2014-06"))->display() == QStringLiteral("June 2014"));
    CHECK(FuzzyDate::parse(QStringLiteral("2014"))->display() == QStringLiteral("2014"));
    CHECK(FuzzyDate::parse(QStringLiteral("2014-06-10"))->display() ==
          QStringLiteral("10 June 2014"));
    CHECK(FuzzyDate::parse(QStringLiteral("2014-06"))->toIso() == QStringLiteral("2014-06"));
    CHECK(FuzzyDate::fromParts(2013, 7).toIso() == QStringLiteral("2013-07"));
}

TEST_CASE("Month and year ends and leap days bound the widened span", "[time]")
{
    CHECK(ceilTo(at(2016, 2, 10), DatePrecision::Month) == at(2016, 3, 1));
    CHECK(ceilTo(at(2016, 2, 29, 23, 59), DatePrecision::Day) == at(2016, 3, 1));
    CHECK(ceilTo(at(2014, 12, 31, 12), DatePrecision::Year) == at(2015, 1, 1));
    CHECK(floorTo(at(1969, 12, 31, 23, 30), DatePrecision::Day) == at(1969, 12, 31));
}

TEST_CASE("Overlap rule: a month-precision event overlaps a day window inside the month", "[time]")
{
    const FuzzyDate june = *FuzzyDate::parse(QStringLiteral("2014-06"));
    const TimeWindow tenth{at(2014, 6, 10), at(2014, 6, 11)};
    CHECK(tenth.overlaps(june.begin(), june.end()));
    CHECK_FALSE(tenth.contains(june.begin(), june.end()));

    const TimeWindow july{at(2014, 7, 1), at(2014, 8, 1)};
    CHECK_FALSE(july.overlaps(june.begin(), june.end())); // half-open: ends touch, no overlap
}

TEST_CASE("A plain ISO day is read as the general pattern reads it", "[time]")
{
    // The short path takes exactly YYYY-MM-DD; with a space around it the regular
    // expression reads the same text. Every month and day number, valid or not.
    for (const char* year : {"2014", "2016", "1900", "2000", "0000", "9999"})
        for (int month = 0; month <= 13; ++month)
            for (int day = 0; day <= 32; ++day) {
                const QString plain = QStringLiteral("%1-%2-%3")
                                          .arg(QLatin1String(year))
                                          .arg(month, 2, 10, QLatin1Char('0'))
                                          .arg(day, 2, 10, QLatin1Char('0'));
                const auto fast = FuzzyDate::parse(plain);
                const auto general = FuzzyDate::parse(QLatin1Char(' ') + plain);
                INFO(plain.toStdString());
                REQUIRE(fast.has_value() == general.has_value());
                if (fast) {
                    CHECK(fast->seconds == general->seconds);
                    CHECK(fast->precision == general->precision);
                }
            }
    CHECK(FuzzyDate::parse(QStringLiteral("2016-02-29")).has_value());
    CHECK_FALSE(FuzzyDate::parse(QStringLiteral("2014-02-29")).has_value());
    CHECK_FALSE(FuzzyDate::parse(QStringLiteral("2014-06-1x")).has_value());
    CHECK_FALSE(FuzzyDate::parse(QStringLiteral("2014/06/10")).has_value());
}
