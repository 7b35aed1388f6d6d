// `tigris query`'s streamed output: forEachMatch finds what query() finds, in the same order,
// field for field, and EventLineWriter writes every field as the model's JSON and CSV would,
// escaped, with any choice of fields.
#include "io/EventLineWriter.h"

#include "TestCatch.h"
#include "io/EventJson.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"
#include "store/StoreLists.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

std::vector<EventRecord> streamed(const EventStore& store, const EventQuery& q)
{
    std::vector<EventRecord> out;
    store.forEachMatch(q, [&](const EventRecord& r) { out.push_back(r); });
    return out;
}

qint64 day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonObject parsed(const std::string& line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
    INFO(line);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("forEachMatch streams what query() finds, in its order, field for field",
          "[store][query]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);

    std::vector<EventQuery> queries(6);
    queries[1].window = TimeWindow{day(2014, 6, 9), day(2014, 6, 12)};
    queries[2].window = TimeWindow{day(2014, 6, 1), day(2014, 7, 1)};
    queries[2].bbox = GeoBox{42.0, 34.0, 45.0, 37.0};
    queries[3].text = QStringLiteral("Mosul");
    queries[4].bbox = GeoBox{43.0, 33.0, 45.0, 36.5};
    queries[5].window = queries[2].window;
    queries[5].limit = 3;
    for (const EventQuery& q : queries) {
        const std::vector<Event> events = store->query(q);
        const std::vector<EventRecord> records = streamed(*store, q);
        REQUIRE(records.size() == events.size());
        CHECK_FALSE(events.empty());
        for (std::size_t i = 0; i < events.size(); ++i) {
            const Event& e = events[i];
            const EventRecord& r = records[i];
            CHECK(r.id == e.id);
            CHECK(text(r.title) == e.title);
            CHECK(text(r.description) == e.description);
            CHECK(text(r.externalId) == e.externalId);
            CHECK(r.start == e.start);
            CHECK(r.end == e.end);
            CHECK(r.precision == e.precision);
            CHECK(r.approximate == e.approximate);
            CHECK(text(r.category) == e.category);
            CHECK(text(r.subCategory) == e.subCategory);
            CHECK(StoreLists::split(text(r.actors)) == e.actors);
            CHECK(StoreLists::split(text(r.tags)) == e.tags);
            CHECK(r.fatalities == e.fatalities);
            CHECK(text(r.location) == e.locationName);
            CHECK((r.lat == e.lat || (std::isnan(r.lat) && std::isnan(e.lat))));
            CHECK((r.lon == e.lon || (std::isnan(r.lon) && std::isnan(e.lon))));
            CHECK(r.geoPrecision == e.geoPrecision);
            REQUIRE(int(r.sources.size()) == e.sources.size());
            for (std::size_t s = 0; s < r.sources.size(); ++s) {
                CHECK(text(r.sources[s].name) == e.sources[int(s)].name);
                CHECK(text(r.sources[s].url) == e.sources[int(s)].url);
                CHECK(text(r.sources[s].quote) == e.sources[int(s)].quote);
            }
        }
    }
    EventQuery nothing;
    nothing.window = TimeWindow{day(1900, 1, 1), day(1900, 1, 2)};
    CHECK(streamed(*store, nothing).empty());
}

TEST_CASE("JSON lines carry every field as EventJson does, and the description and tags",
          "[io][query]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    const EventLineWriter writer(EventLineWriter::Format::Jsonl,
                                 EventLineWriter::allFields(EventLineWriter::Format::Jsonl));
    const std::vector<Event> events = store->query({});
    std::size_t i = 0;
    store->forEachMatch({}, [&](const EventRecord& r) {
        std::string line;
        writer.append(r, line);
        REQUIRE(line.back() == '\n');
        const QJsonObject o = parsed(line);
        const QJsonObject model = EventJson::toJson(events.at(i));
        for (auto it = model.begin(); it != model.end(); ++it)
            CHECK(o.value(it.key()) == it.value());
        CHECK(o.value(QStringLiteral("description")).toString() == events[i].description);
        CHECK(o.value(QStringLiteral("tags")).toArray() ==
              QJsonArray::fromStringList(events[i].tags));
        CHECK(o.size() == model.size() + 2);
        ++i;
    });
    CHECK(i == events.size());
}

TEST_CASE("Line output escapes any text and chooses fields", "[io][query]")
{
    EventRecord r;
    r.id = 42;
    r.title = "A \"quoted\", comma\nnew line\t\x01 back\\slash";
    r.description = std::string("bad \xff\xfe bytes, \xc3\xa9t\xc3\xa9 and \xd8\xa7\xd9\x84 ok");
    r.actors = std::string("One") + char(0x1f) + "Two, Three";
    r.start = day(2014, 6, 10);
    r.precision = DatePrecision::Day;
    r.lat = 36.34;
    r.lon = std::nan("");
    r.sources.push_back({"Reuters", "https://example.org/a", ""});

    const EventLineWriter json(EventLineWriter::Format::Jsonl,
                               EventLineWriter::allFields(EventLineWriter::Format::Jsonl));
    std::string line;
    json.append(r, line);
    const QJsonObject o = parsed(line);
    CHECK(o.value(QStringLiteral("title")).toString() == text(r.title));
    CHECK(o.value(QStringLiteral("description")).toString() ==
          QString::fromUtf8("bad \xef\xbf\xbd\xef\xbf\xbd bytes, \xc3\xa9t\xc3\xa9 and "
                            "\xd8\xa7\xd9\x84 ok"));
    CHECK(o.value(QStringLiteral("actors")).toArray() ==
          QJsonArray{QStringLiteral("One"), QStringLiteral("Two, Three")});
    CHECK(o.value(QStringLiteral("start")).toString() == QStringLiteral("2014-06-10"));
    CHECK(o.value(QStringLiteral("lat")).toDouble() == 36.34);
    CHECK(o.value(QStringLiteral("lon")).isNull());
    CHECK(o.value(QStringLiteral("end")).isNull());
    CHECK(o.value(QStringLiteral("sources")).toArray().at(0).toObject() ==
          QJsonObject{{QStringLiteral("name"), QStringLiteral("Reuters")},
                      {QStringLiteral("url"), QStringLiteral("https://example.org/a")}});

    const auto fields =
        EventLineWriter::parseFields(QStringLiteral("title, ID,source_urls,actors"));
    const EventLineWriter csv(EventLineWriter::Format::Csv, fields);
    std::string out;
    csv.appendHeader(out);
    csv.append(r, out);
    CHECK(out == "title,id,source_urls,actors\r\n"
                 "\"A \"\"quoted\"\", comma\nnew line\t\x01 back\\slash\",42,"
                 "https://example.org/a,\"One; Two, Three\"\r\n");
    out.clear();
    EventLineWriter(EventLineWriter::Format::Jsonl, fields).append(r, out);
    CHECK(parsed(out).keys() == QStringList{QStringLiteral("actors"), QStringLiteral("id"),
                                            QStringLiteral("source_urls"),
                                            QStringLiteral("title")});

    // The unknown name is the error's field; the message names it too.
    const auto unknown = [](const QString& list) {
        try {
            EventLineWriter::parseFields(list);
        } catch (const tigris::Error& e) {
            CHECK(e.reason().startsWith('\'' + e.field() + QStringLiteral("' is not a field")));
            return e.field();
        }
        return QStringLiteral("(no error)");
    };
    CHECK(unknown(QStringLiteral("title,notes")) == QStringLiteral("notes"));
    CHECK(unknown(QString()).isEmpty());
}
