// `tigris query`'s streamed output: forEachMatch finds what query() finds, in the same order,
// field for field, and EventLineWriter writes every field as the model's JSON and CSV would,
// escaped, with any choice of fields.
#include "io/EventLineWriter.h"

#include "TestCatch.h"
#include "io/EventJson.h"
#include "io/SampleProject.h"
#include "store/AttributeCodec.h"
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
        // "attributes" is always written (an empty object for none); the model omits it then.
        CHECK(o.value(QStringLiteral("attributes")).toObject() ==
              model.value(QStringLiteral("attributes")).toObject());
        CHECK(o.size() == model.size() + (model.contains(QStringLiteral("attributes")) ? 2 : 3));
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

TEST_CASE("Query output carries the attributes: a JSON object, one CSV column, or attr:NAME",
          "[io][query]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("q.tigris")));
    Event e;
    e.title = QStringLiteral("Quake");
    e.start = day(2016, 11, 3);
    e.precision = DatePrecision::Day;
    e.lat = 35.6;
    e.lon = -118.2;
    e.attributes = {{QStringLiteral("mag"), QStringLiteral("1.09")},
                    {QStringLiteral("note"), QStringLiteral("say \"hi\",\n=1+1 \u00e9")}};
    Event plain = e;
    plain.title = QStringLiteral("No attributes");
    plain.attributes.clear();
    {
        auto w = store->beginWrite();
        w->addEvent(e);
        w->addEvent(plain);
        w->commit();
    }
    // Not asked for: not read (the streamed output's speed does not pay for them).
    for (const EventRecord& r : streamed(*store, {}))
        CHECK(r.attributes.empty());
    std::vector<EventRecord> records;
    store->forEachMatch(
        {}, [&](const EventRecord& r) { records.push_back(r); }, true);
    REQUIRE(records.size() == 2);

    const EventLineWriter json(EventLineWriter::Format::Jsonl,
                               EventLineWriter::allFields(EventLineWriter::Format::Jsonl));
    REQUIRE(json.needsAttributes());
    std::string line;
    json.append(records[0], line);
    CHECK(parsed(line).value(QStringLiteral("attributes")).toObject() ==
          QJsonObject{{QStringLiteral("mag"), QStringLiteral("1.09")},
                      {QStringLiteral("note"), e.attributes[1].second}});
    line.clear();
    json.append(records[1], line);
    CHECK(parsed(line).value(QStringLiteral("attributes")).toObject().isEmpty());

    QStringList names;
    const auto fields =
        EventLineWriter::parseFields(QStringLiteral("title,attr:mag,attr:depth"), &names);
    CHECK(names == QStringList{QStringLiteral("mag"), QStringLiteral("depth")});
    const EventLineWriter one(EventLineWriter::Format::Jsonl, fields, names);
    line.clear();
    one.append(records[0], line);
    const QJsonObject o = parsed(line);
    CHECK(o.value(QStringLiteral("attr:mag")).toString() == QStringLiteral("1.09"));
    CHECK(o.value(QStringLiteral("attr:depth")).isNull());

    const auto csvFields =
        EventLineWriter::parseFields(QStringLiteral("title,attr:mag,attributes"), &names);
    const EventLineWriter csv(EventLineWriter::Format::Csv, csvFields, {QStringLiteral("mag")});
    std::string out;
    csv.appendHeader(out);
    csv.append(records[0], out);
    csv.append(records[1], out);
    CHECK(out == "title,attr:mag,attributes\r\n"
                 "Quake,1.09,\"{\"\"mag\"\":\"\"1.09\"\",\"\"note\"\":\"\"say "
                 "\\\"\"hi\\\"\",\\n=1+1 \xc3\xa9\"\"}\"\r\n"
                 "No attributes,,\r\n");

    // Without attributes among the fields, none are asked for.
    CHECK_FALSE(EventLineWriter(EventLineWriter::Format::Csv,
                                EventLineWriter::parseFields(QStringLiteral("title")))
                    .needsAttributes());
    try {
        EventLineWriter::parseFields(QStringLiteral("mag"));
        FAIL("an unknown field was accepted");
    } catch (const tigris::Error& e) {
        CHECK(e.field() == QStringLiteral("mag"));
        CHECK(e.reason().contains(QStringLiteral("attr:mag")));
    }
}

TEST_CASE("Stored attributes decode to UTF-8 pairs, reusing the strings; junk gives none",
          "[io][query]")
{
    const EventAttributes attributes{
        {QStringLiteral("a\"b"), QStringLiteral("line\nnext\t\x01")},
        {QStringLiteral("\u0645\u0648\u0635\u0644"), QStringLiteral("\\ \U0001F600")}};
    const QByteArray stored = AttributeCodec::encode(attributes);
    std::vector<std::pair<std::string, std::string>> pairs;
    REQUIRE(AttributeCodec::decodeUtf8(stored.toStdString(), pairs));
    REQUIRE(pairs.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(QString::fromStdString(pairs[i].first) == attributes[qsizetype(i)].first);
        CHECK(QString::fromStdString(pairs[i].second) == attributes[qsizetype(i)].second);
    }
    CHECK(AttributeCodec::decodeUtf8("[[\"x\",\"\\u00e9\"]]", pairs));
    CHECK(pairs == std::vector<std::pair<std::string, std::string>>{{"x", "\xc3\xa9"}});
    for (const char* junk : {"[[\"x\"]]", "[[\"x\",\"y\"]", "{}", "[[\"x\",\"\\u12\"]]", "[]x"}) {
        INFO(junk);
        CHECK_FALSE(AttributeCodec::decodeUtf8(junk, pairs));
        CHECK(pairs.empty());
    }
    CHECK(AttributeCodec::decodeUtf8("", pairs));
    CHECK(pairs.empty());
}
