#include "io/FieldParsers.h"

#include "TestCatch.h"

#include <cmath>

namespace {
// The ISO form of a parsed date, or "rejected: <reason>".
std::string parsed(const char* text)
{
    QString reason;
    const auto d = FieldParsers::date(QString::fromUtf8(text), &reason);
    return (d ? d->toIso() : QStringLiteral("rejected: ") + reason).toStdString();
}
} // namespace

TEST_CASE("FieldParsers::date: ISO, long and numeric forms; nothing guessed", "[import]")
{
    CHECK(parsed("2014") == "2014");
    CHECK(parsed("2014-06") == "2014-06");
    CHECK(parsed("2014-06-10") == "2014-06-10");
    CHECK(parsed(" 2014-06-10 ") == "2014-06-10");
    CHECK(parsed("2014-06-10T14:05Z") == "2014-06-10T14:05Z");
    CHECK(parsed("2014-06-10 14:05:09+03:00") == "2014-06-10T11:05:09Z");
    CHECK(parsed("21 March 2020") == "2020-03-21");
    CHECK(parsed("1 june 2014") == "2014-06-01");
    CHECK(parsed("10 Jun 2014") == "2014-06-10");
    CHECK(parsed("21-Mar-2020") == "2020-03-21");
    CHECK(parsed("Mar 21, 2020") == "2020-03-21");
    CHECK(parsed("March 2020") == "2020-03");
    CHECK(parsed("13/06/2014") == "2014-06-13"); // the day can only be 13
    CHECK(parsed("06/13/2014") == "2014-06-13");
    CHECK(parsed("05.05.2014") == "2014-05-05"); // either order gives the same day

    CHECK(parsed("03/06/2014") ==
          "rejected: date '03/06/2014' is ambiguous (day/month or month/day?) and no row of its "
          "column settles it; choose with --date-order dmy or mdy");
    CHECK(parsed(" July 4, 2014") == "2014-07-04");
    CHECK(parsed("Jul 30, 2015") == "2015-07-30");
    CHECK(parsed("1402358400") == "2014-06-10T00:00:00Z");    // epoch seconds
    CHECK(parsed("1594000000000") == "2020-07-06T01:46:40Z"); // epoch milliseconds
    CHECK(parsed("20140610") == "2014-06-10");
    CHECK(parsed("") == "rejected: no date");
    CHECK(parsed("2014-02-30") == "rejected: '2014-02-30' is not a valid date");
    CHECK(parsed("2014-13") == "rejected: '2014-13' is not a valid date");
    CHECK(parsed("31 June 2014") == "rejected: '31 June 2014' is not a valid date");
    CHECK(parsed("13 Juin 2014") == "rejected: '13 Juin 2014' is not a date");
    CHECK(parsed("yesterday") == "rejected: 'yesterday' is not a date");
    CHECK(parsed("13/13/2014") == "rejected: '13/13/2014' is not a valid date");
}

TEST_CASE("FieldParsers: coordinates in range, decimal commas only when allowed", "[import]")
{
    QString reason;
    CHECK(FieldParsers::latitude(QStringLiteral("36.34"), &reason) == Approx(36.34));
    CHECK(FieldParsers::latitude(QStringLiteral("-90"), &reason) == Approx(-90));
    CHECK(FieldParsers::longitude(QStringLiteral("180"), &reason) == Approx(180));
    CHECK(reason.isEmpty());
    CHECK(FieldParsers::latitude(QStringLiteral("36,34"), &reason, true) == Approx(36.34));

    CHECK_FALSE(FieldParsers::latitude(QStringLiteral("95"), &reason));
    CHECK(reason == QStringLiteral("latitude 95 out of range"));
    CHECK_FALSE(FieldParsers::longitude(QStringLiteral("-180.5"), &reason));
    CHECK(reason == QStringLiteral("longitude -180.5 out of range"));
    CHECK_FALSE(FieldParsers::latitude(QStringLiteral("36,34"), &reason));
    CHECK(reason.contains(QStringLiteral("decimal comma")));
    CHECK_FALSE(FieldParsers::latitude(QStringLiteral("1,234,5"), &reason, true));
    CHECK_FALSE(FieldParsers::latitude(QStringLiteral("nan"), &reason));
    CHECK_FALSE(FieldParsers::latitude(QStringLiteral(""), &reason));
    CHECK(reason == QStringLiteral("no latitude"));
}

TEST_CASE("FieldParsers::count: empty is unknown, not 0", "[import]")
{
    QString reason;
    CHECK_FALSE(FieldParsers::count(QString(), &reason).has_value());
    CHECK(reason.isEmpty());
    CHECK(FieldParsers::count(QStringLiteral("0"), &reason) == std::optional<int>(0));
    CHECK(FieldParsers::count(QStringLiteral(" 12 "), &reason) == std::optional<int>(12));
    CHECK_FALSE(FieldParsers::count(QStringLiteral("-3"), &reason).has_value());
    CHECK(reason == QStringLiteral("'-3' is not a count"));
    reason.clear();
    CHECK_FALSE(FieldParsers::count(QStringLiteral("many"), &reason).has_value());
    CHECK_FALSE(reason.isEmpty());
}

TEST_CASE("FieldParsers::rowPosition: own coordinates, a place to look up, or a reason",
          "[import][fields]")
{
    double lat = std::nan(""), lon = std::nan("");
    QString reason;
    CHECK(FieldParsers::rowPosition(QStringLiteral("36.34"), QStringLiteral("43.13"), {},
                                    QStringLiteral("city"), lat, lon,
                                    &reason) == FieldParsers::RowPosition::Given);
    CHECK(lat == Approx(36.34));
    CHECK(lon == Approx(43.13));

    lat = lon = std::nan("");
    CHECK(FieldParsers::rowPosition(QStringLiteral(" "), {}, QStringLiteral("Tikrit"),
                                    QStringLiteral("city"), lat, lon,
                                    &reason) == FieldParsers::RowPosition::ByPlace);
    CHECK(std::isnan(lat));

    // Neither coordinates nor a place: kept without a position, not rejected.
    CHECK(FieldParsers::rowPosition({}, {}, {}, QStringLiteral("where_coordinates"), lat, lon,
                                    &reason) == FieldParsers::RowPosition::None);
    CHECK(std::isnan(lat));
    // 0,0 is a missing position written as zeros.
    CHECK(FieldParsers::rowPosition(QStringLiteral("0"), QStringLiteral("0.0"), {},
                                    QStringLiteral("city"), lat, lon,
                                    &reason) == FieldParsers::RowPosition::NullIsland);
    CHECK(std::isnan(lat));

    // One coordinate missing is an error, not a reason to geocode.
    reason.clear();
    CHECK(FieldParsers::rowPosition(QStringLiteral("36.34"), {}, QStringLiteral("Tikrit"),
                                    QStringLiteral("city"), lat, lon,
                                    &reason) == FieldParsers::RowPosition::Invalid);
    CHECK(!reason.isEmpty());
    CHECK(std::isnan(lat));
}
