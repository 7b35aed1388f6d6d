#include "io/CsvMapping.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/CsvHeader.h"
#include "io/CsvImporter.h"
#include "io/CsvRowMapper.h"
#include "io/DatePattern.h"

#include <QJsonDocument>

namespace {

using Role = CsvMapping::Role;

CsvMapping mappingOf(const char* json)
{
    return CsvMapping::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

// Runs a CsvImporter with `mapping` on `bytes` in one transaction, committed when rows were
// imported, as importFile does.
ImportReport importMapped(EventStore& store, const CsvMapping& mapping, const QByteArray& bytes)
{
    QTemporaryDir dir;
    QFile f(writeSource(dir, "mapped.csv", bytes));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CsvImporter importer(mapping);
    auto writer = store.beginWrite();
    ImportReport r = importer.run(f, *writer);
    if (r.imported > 0) writer->commit();
    return r;
}

QString importError(EventStore& store, const CsvMapping& mapping, const QByteArray& bytes)
{
    try {
        importMapped(store, mapping, bytes);
    } catch (const ImportError& e) {
        return e.reason(); // the line is a field of its own (e.line())
    }
    return {};
}

} // namespace

TEST_CASE("DatePattern: the user's format, with the precision it writes", "[import][mapping]")
{
    QString reason;
    const DatePattern dmy(QStringLiteral("dd/MM/yyyy"));
    REQUIRE(dmy.isValid());
    CHECK(dmy.parse(QStringLiteral("03/06/2014"), &reason)->seconds == utcDay(2014, 6, 3));
    CHECK(dmy.precision() == DatePrecision::Day);
    const DatePattern mdy(QStringLiteral("MM/dd/yyyy"));
    CHECK(mdy.parse(QStringLiteral("03/06/2014"), &reason)->seconds == utcDay(2014, 3, 6));
    CHECK_FALSE(mdy.parse(QStringLiteral("13/06/2014"), &reason));
    CHECK(reason == QStringLiteral("date '13/06/2014' does not match the format MM/dd/yyyy"));

    const DatePattern longForm(QStringLiteral("d MMMM yyyy"));
    CHECK(longForm.parse(QStringLiteral("10 June 2014"), &reason)->seconds == utcDay(2014, 6, 10));
    CHECK_FALSE(longForm.parse(QStringLiteral("31 June 2014"), &reason));

    const DatePattern month(QStringLiteral("MM/yyyy"));
    const auto june = month.parse(QStringLiteral("06/2014"), &reason);
    REQUIRE(june);
    CHECK(june->precision == DatePrecision::Month);
    CHECK(june->seconds == utcDay(2014, 6, 1));

    const DatePattern minutes(QStringLiteral("yyyy-MM-dd HH:mm"));
    const auto t = minutes.parse(QStringLiteral("2014-06-10 14:05"), &reason);
    REQUIRE(t);
    CHECK(t->precision == DatePrecision::Minute);
    CHECK(t->seconds == utcDay(2014, 6, 10) + 14 * 3600 + 5 * 60);

    CHECK_FALSE(DatePattern(QStringLiteral("dd/MM")).isValid());
    CHECK_FALSE(dmy.parse(QString(), &reason));
    CHECK(reason == QStringLiteral("no date"));
}

TEST_CASE("CsvMapping: JSON round trip and clear errors", "[import][mapping]")
{
    const CsvMapping m = mappingOf(R"({"delimiter": ";", "header": false, "encoding":
        "windows-1256", "date_format": "dd/MM/yyyy", "columns": [
        {"number": 1, "role": "start_date"}, {"number": 3, "role": "lat_lon"},
        {"number": 2, "role": "title"}]})");
    CHECK(m.delimiter == ';');
    CHECK_FALSE(m.hasHeader);
    CHECK(m.encoding == QStringLiteral("windows-1256"));
    CHECK(m.dateFormat == QStringLiteral("dd/MM/yyyy"));
    REQUIRE(m.columns.size() == 3);
    CHECK(m.columns[1].index == 2);
    CHECK(m.columns[1].role == Role::LatLon);
    const CsvMapping back = CsvMapping::fromJson(m.toJson());
    CHECK(back.toJson() == m.toJson());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.json"));
    m.toFile(file);
    CHECK(CsvMapping::fromFile(file).toJson() == m.toJson());
    CHECK_THROWS_AS(m.toFile(dir.filePath(QStringLiteral("no/such/m.json"))), ImportError);
    CHECK_THROWS_AS(CsvMapping::fromFile(dir.filePath(QStringLiteral("none.json"))), ImportError);
    CHECK(back.columns[2].role == Role::Title);

    const CsvMapping named =
        mappingOf(R"({"delimiter": "tab", "columns": [{"name": "Datum", "role": "start_date"}]})");
    CHECK(named.delimiter == '\t');
    CHECK(named.hasHeader);
    CHECK(named.dateFormat == QStringLiteral("auto"));
    CHECK(named.columns[0].name == QStringLiteral("Datum"));

    auto error = [](const char* json) {
        try {
            mappingOf(json);
        } catch (const ImportError& e) {
            return e.message().toStdString();
        }
        return std::string();
    };
    CHECK(error(R"({"columns": [{"name": "a", "role": "weather"}]})") ==
          "mapping: column 1: unknown role 'weather'");
    CHECK(error(R"({"delimiter": "::", "columns": []})") ==
          "mapping: delimiter '::' is not one of auto, ',', ';', '|', tab");
    CHECK(error(R"({"date_format": "dd/MM", "columns": []})") ==
          "mapping: date_format 'dd/MM' has no year (yyyy)");
    CHECK(error(R"({"columns": {}})") == "mapping: 'columns' is not a list");
    CHECK(error(R"({"columns": [{"role": "title"}]})") ==
          "mapping: column 1 has neither a name nor a number (1, 2, ...)");
    CHECK(error(R"({"header": "yes", "columns": []})") == "mapping: header is not true/false");
}

TEST_CASE("CsvMapping: header detection fills the roles", "[import][mapping]")
{
    const std::vector<QByteArray> header{"Date",   "Lat",     "Long",    "Headline",   "Notes",
                                         "Region", "Country", "Weather", "Coordinates"};
    const CsvMapping m = CsvMapping::fromHeader(CsvHeader(header));
    REQUIRE(m.columns.size() == 9);
    const QList<Role> expected{Role::StartDate, Role::Latitude,    Role::Longitude,
                               Role::Title,     Role::Description, Role::Admin1,
                               Role::Country,   Role::Ignore,      Role::LatLon};
    for (int i = 0; i < 9; ++i)
        CHECK(CsvMapping::roleName(m.columns[i].role) == CsvMapping::roleName(expected[i]));
    CHECK(CsvMapping::guessRole(QStringLiteral(" EVENT_DATE ")) == Role::StartDate);
    for (int r = 0; r < CsvMapping::kRoleCount; ++r)
        CHECK(CsvMapping::roleFromName(CsvMapping::roleName(Role(r))) == Role(r));
}

TEST_CASE("CsvMapping: resolving against a header", "[import][mapping]")
{
    const QStringList header{QStringLiteral("Datum"), QStringLiteral("Ort"),
                             QStringLiteral("Titel")};
    const CsvMapping m = mappingOf(R"({"columns": [{"name": "datum", "role": "start_date"},
        {"name": "Ort", "role": "place"}, {"name": "Gone", "role": "ignore"}]})");
    const auto cols = m.resolve(header);
    CHECK(cols[Role::StartDate] == 0);
    CHECK(cols[Role::Place] == 1);
    CHECK(cols[Role::Title] == -1);

    auto error = [&](const char* json) {
        try {
            mappingOf(json).resolve(header);
        } catch (const ImportError& e) {
            return e.reason().toStdString();
        }
        return std::string();
    };
    CHECK(error(R"({"columns": [{"name": "Zeit", "role": "start_date"}]})") ==
          "the mapping's column 'Zeit' is not in the header");
    CHECK(error(R"({"columns": [{"name": "Ort", "role": "place"}]})") ==
          "the mapping gives no column the role start_date (or year)");
    // No position: the events are imported without one.
    CHECK(error(R"({"columns": [{"name": "Datum", "role": "start_date"}]})").empty());
    CHECK(error(R"({"columns": [{"name": "Datum", "role": "start_date"},
        {"name": "Ort", "role": "latitude"}]})") ==
          "the mapping has a latitude without a longitude, or a longitude without a latitude");
    CHECK(error(R"({"columns": [{"name": "Datum", "role": "start_date"},
        {"name": "Ort", "role": "place"}, {"name": "Titel", "role": "place"}]})") ==
          "the mapping gives two columns the role place");
}

TEST_CASE("CSV with a mapping: no header, ';', day-first dates, a lat,lon column",
          "[import][mapping]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const CsvMapping m = mappingOf(R"({"delimiter": ";", "header": false,
        "date_format": "dd/MM/yyyy", "columns": [
        {"number": 1, "role": "start_date"}, {"number": 2, "role": "title"},
        {"number": 3, "role": "lat_lon"}, {"number": 4, "role": "fatalities"},
        {"number": 5, "role": "external_id"}, {"number": 6, "role": "source_url"},
        {"number": 7, "role": "actors"}]})");
    const ImportReport r = importMapped(*store, m,
                                        "03/06/2014;Clashes near Mosul;36,34 43,13;4;X-1;"
                                        "https://example.org/a;\"ISIS; Iraqi Army\"\n"
                                        "2014-06-10;ISO date is not the format;36.3 43.1;;X-2;;\n"
                                        "10/06/2014;Bad pair;36.3;;X-3;;\n"
                                        "\n"
                                        "12/06/2014;Kirkuk;(35.47, 44.39);;X-4;;\n"
                                        "13/06/2014;Too far north;95 44;;X-5;;\n");
    CHECK(rejections(r) == std::vector<std::pair<qint64, std::string>>{
                               {2, "date '2014-06-10' does not match the format dd/MM/yyyy"},
                               {3, "'36.3' is not a \"lat,lon\" pair"},
                               {6, "latitude 95 out of range"}});
    CHECK(r.imported == 2);
    const auto events = store->query({});
    const Event* mosul = findEvent(events, QStringLiteral("Clashes near Mosul"));
    REQUIRE(mosul);
    CHECK(mosul->start == utcDay(2014, 6, 3));
    CHECK(mosul->lat == Approx(36.34));
    CHECK(mosul->lon == Approx(43.13));
    CHECK(mosul->fatalities == 4);
    CHECK(mosul->externalId == QStringLiteral("X-1"));
    CHECK(mosul->actors == QStringList{QStringLiteral("ISIS"), QStringLiteral("Iraqi Army")});
    REQUIRE(mosul->sources.size() == 1);
    CHECK(mosul->sources[0].url == QStringLiteral("https://example.org/a"));
    const Event* kirkuk = findEvent(events, QStringLiteral("Kirkuk"));
    REQUIRE(kirkuk);
    CHECK(kirkuk->lat == Approx(35.47));
}

TEST_CASE("CSV with a mapping: columns by header name, others ignored", "[import][mapping]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const CsvMapping m = mappingOf(R"({"date_format": "MM/dd/yyyy", "columns": [
        {"name": "Wann", "role": "start_date"}, {"name": "Bis", "role": "end_date"},
        {"name": "Breite", "role": "latitude"}, {"name": "Laenge", "role": "longitude"},
        {"name": "Was", "role": "title"}, {"name": "Art", "role": "category"},
        {"name": "Date", "role": "ignore"}]})");
    const ImportReport r = importMapped(*store, m,
                                        "Was,Wann,Bis,Breite,Laenge,Art,Date\n"
                                        "Siege,06/03/2014,06/10/2014,33.34,43.78,Battles,nonsense\n"
                                        "Backwards,06/10/2014,06/03/2014,33.34,43.78,Battles,\n");
    CHECK(rejections(r) == std::vector<std::pair<qint64, std::string>>{
                               {3, "end date 06/03/2014 is before the start"}});
    const auto events = store->query({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].start == utcDay(2014, 6, 3));
    CHECK(events[0].end == utcDay(2014, 6, 10));
    CHECK(events[0].category == QStringLiteral("Battles"));

    CHECK(importError(*store, mappingOf(R"({"columns": [{"name": "When", "role":
        "start_date"}, {"name": "Where", "role": "place"}]})"),
                      "Was,Wann\nA,2014\n") == "the mapping's column 'When' is not in the header");
    CHECK(store->query({}).size() == 1);
}

TEST_CASE("CsvRowMapper: the reasons the dialog shows are the importer's", "[import][mapping]")
{
    CsvMapping::Columns cols;
    cols.at[std::size_t(Role::StartDate)] = 0;
    cols.at[std::size_t(Role::Place)] = 1;
    cols.at[std::size_t(Role::Fatalities)] = 2;
    cols.at[std::size_t(Role::Country)] = 3;
    const CsvRowMapper mapper(cols, QStringLiteral("auto"), false);
    QString reason;
    auto row = mapper.map({"2014-06", "Tikrit", "", "Iraq"}, &reason);
    REQUIRE(row);
    CHECK(row->event.precision == DatePrecision::Month);
    CHECK(row->event.title == QStringLiteral("Tikrit, June 2014")); // derived: no title column
    CHECK(row->event.titleDerived);
    CHECK(row->country == QStringLiteral("Iraq"));
    CHECK_FALSE(row->event.hasCoordinate());
    CHECK_FALSE(row->event.fatalities);
    CHECK_FALSE(mapper.map({"03/06/2014", "Tikrit"}, &reason));
    CHECK(reason.contains(QStringLiteral("ambiguous")));
    CHECK_FALSE(mapper.map({"2014", "Tikrit", "-3"}, &reason));
    CHECK(reason == QStringLiteral("fatalities: '-3' is not a count"));
    // Neither a position nor a place: kept without a position, its title derived.
    row = mapper.map({"2014", ""}, &reason);
    REQUIRE(row);
    CHECK_FALSE(row->event.hasCoordinate());
    CHECK(row->event.title == QStringLiteral("Event of 2014"));
    CHECK(row->event.titleDerived);
    CHECK_THROWS_AS(CsvRowMapper(cols, QStringLiteral("MM-dd"), false), ImportError);
}

TEST_CASE("importFile with a mapping: its encoding and roles, all or nothing when asked",
          "[import][mapping]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    ImportOptions options;
    options.mapping = mappingOf(R"({"header": false, "encoding": "windows-1256",
        "columns": [{"number": 1, "role": "start_date"}, {"number": 2, "role": "place"},
        {"number": 3, "role": "country"}]})");
    // "الموصل" (Mosul) in Windows-1256, then a row with a bad date.
    const QString path = writeSource(dir, "arabic.csv",
                                     "2014-06-10,\xC7\xE1\xE3\xE6\xD5\xE1,Iraq\n"
                                     "10 Juin 2014,Mosul,Iraq\n");
    options.keepValid = false;
    ImportReport r = importFile(*store, path, options);
    CHECK(r.imported == 0);
    CHECK(store->query({}).empty());
    options.keepValid = true;
    r = importFile(*store, path, options);
    CHECK(r.format == QStringLiteral("csv"));
    CHECK(r.encoding == QStringLiteral("windows-1256"));
    REQUIRE(r.imported == 1);
    const auto events = store->query({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].locationName == QString::fromUtf8("الموصل"));
    CHECK(rejections(r) ==
          std::vector<std::pair<qint64, std::string>>{{2, "'10 Juin 2014' is not a date"}});
}
