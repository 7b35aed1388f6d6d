#include "TestCatch.h"
#include "io/DatasetLoader.h"
#include "io/ImportError.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cmath>
#include <map>
#include <numbers>

namespace {

double km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = std::numbers::pi / 180;
    const double a =
        std::pow(std::sin((lat2 - lat1) * r / 2), 2) +
        std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
    return 2 * 6371 * std::asin(std::sqrt(a));
}

const QString kBundled = QString::fromLatin1(DatasetLoader::kBundledDataset);

std::map<QString, Event> eventsByKey(const EventStore& store)
{
    std::map<QString, Event> out;
    for (Event& e : store.query({}))
        out.emplace(e.externalId, std::move(e));
    return out;
}

// Quotes compare equal whatever quotation marks and line breaks the article uses.
QString normalised(QString s)
{
    s.replace(QChar(0x2018), QLatin1Char('\'')).replace(QChar(0x2019), QLatin1Char('\''));
    s.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
    return s.simplified();
}

bool isArticle(const Source& s)
{
    return s.name.startsWith(QStringLiteral("Source article"));
}

} // namespace

TEST_CASE("The bundled dataset loads, and a sample project holds exactly what it holds",
          "[dataset]")
{
    QTemporaryDir dir;
    auto direct = EventStore::create(dir.filePath(QStringLiteral("direct.tigris")));
    auto writer = direct->beginWrite();
    const DatasetLoader::Counts counts = DatasetLoader::load(kBundled, *writer);
    writer->commit();
    CHECK(counts.events >= 35);
    CHECK(counts.locations >= 28);
    CHECK(counts.categories >= 5);
    CHECK(counts.categories <= 7);

    const QString path = dir.filePath(QStringLiteral("sample.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    const ProjectInfo info = store->info();
    CHECK(info.events == counts.events);
    CHECK(info.locations == counts.locations);
    CHECK(info.categories == direct->info().categories);
    CHECK(info.timeFrom == direct->info().timeFrom);
    CHECK(info.timeTo == direct->info().timeTo);
    CHECK(info.west == direct->info().west);
    CHECK(info.north == direct->info().north);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));

    // Category colours come from the file, not from the store's defaults.
    bool battles = false;
    for (const Category& c : store->categories())
        if (c.name == QLatin1String("Battles")) {
            battles = true;
            CHECK(c.colour == QColor(QStringLiteral("#D55E00")));
        }
    CHECK(battles);
}

TEST_CASE("Every bundled place is within 5 km of an independent reference position", "[dataset]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);

    // Reference positions taken independently of the dataset (GeoNames / Wikipedia place
    // coordinates, rounded). Regions are checked by their kind, not a point.
    const std::map<QString, std::pair<double, double>> reference{
        {QStringLiteral("Mosul"), {36.335, 43.119}},
        {QStringLiteral("Mosul International Airport"), {36.3058, 43.1474}},
        {QStringLiteral("Badush prison"), {36.4153, 42.9714}}, // Badush village; prison is SW
        {QStringLiteral("Tikrit"), {34.616, 43.679}},
        {QStringLiteral("Baiji"), {34.931, 43.487}},
        {QStringLiteral("Baiji oil refinery"), {34.935, 43.487}}, // industry listings
        {QStringLiteral("Kirkuk"), {35.468, 44.392}},
        {QStringLiteral("Samarra"), {34.196, 43.886}},
        {QStringLiteral("Baghdad"), {33.341, 44.401}},
        {QStringLiteral("Falluja"), {33.353, 43.776}},
        {QStringLiteral("Ramadi"), {33.420, 43.307}},
        {QStringLiteral("Abu Ghraib prison"), {33.2925, 44.0669}},
        {QStringLiteral("Erbil"), {36.190, 44.009}},
        {QStringLiteral("Tal Afar"), {36.374, 42.449}},
        {QStringLiteral("Raqqa"), {35.950, 39.009}},
        {QStringLiteral("Deir ez-Zor"), {35.336, 40.146}},
        {QStringLiteral("Damascus"), {33.510, 36.291}},
        {QStringLiteral("Ceyhan"), {37.029, 35.813}},
        {QStringLiteral("Soma"), {39.185, 27.605}},
        {QStringLiteral("Ankara"), {39.920, 32.854}},
        {QStringLiteral("Istanbul"), {41.015, 28.979}},
        {QStringLiteral("Tehran"), {35.694, 51.422}},
        {QStringLiteral("Cairo"), {30.044, 31.236}},
        {QStringLiteral("Washington, D.C."), {38.895, -77.037}},
        {QStringLiteral("Off San Diego (USS Abraham Lincoln)"), {32.716, -117.165}},
    };
    int checked = 0;
    for (const Location& l : store->locations()) {
        INFO(l.name.toStdString());
        REQUIRE(l.hasCoordinate());
        CHECK_FALSE(l.country.isEmpty());
        const auto it = reference.find(l.name);
        if (l.kind == QLatin1String("region")) {
            CHECK(it == reference.end());
            continue;
        }
        REQUIRE(it != reference.end()); // every point place must have a reference
        CHECK(km(l.lat, l.lon, it->second.first, it->second.second) < 5.0);
        ++checked;
    }
    CHECK(checked == int(reference.size()));

    for (const Location& l : store->locations())
        if (l.name == QLatin1String("Mosul")) {
            CHECK(l.altNames.contains(QStringLiteral("Al-Mawsil")));
            CHECK(l.altNames.contains(QStringLiteral("الموصل")));
        }
}

TEST_CASE("Bundled events carry honest dates, fatalities and sources", "[dataset]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    const auto events = eventsByKey(*store);

    for (const auto& [key, e] : events) {
        INFO(key.toStdString());
        REQUIRE_FALSE(e.sources.isEmpty());
        CHECK(std::any_of(e.sources.begin(), e.sources.end(), isArticle));
        CHECK(e.locationId.has_value());
        if (e.fatalities) CHECK(*e.fatalities > 0); // unknown is left out, never 0
    }

    const auto day = [&](const char* key, const char* iso) {
        INFO(key);
        REQUIRE(events.count(QLatin1String(key)));
        const Event& e = events.at(QLatin1String(key));
        CHECK(e.precision == DatePrecision::Day);
        CHECK(e.startDate().toIso() == QLatin1String(iso));
    };
    day("samarra-attack", "2014-06-05");
    day("mosul-assault", "2014-06-06");
    day("mosul-falls", "2014-06-10");
    day("mosul-airport", "2014-06-10");
    day("tikrit-falls", "2014-06-11");
    day("baiji-falls", "2014-06-11");
    day("kirkuk-peshmerga", "2014-06-12");
    day("no-quorum", "2014-06-12"); // "yesterday" in an article of 13 June 2014
    day("baiji-refinery-siege", "2014-06-18");
    day("turkey-nusra", "2014-06-03");
    day("election", "2014-04-30");
    day("election-results", "2014-05-19");
    day("soma-disaster", "2014-05-13");
    day("abu-ghraib-break", "2013-07-21");
    day("mission-accomplished", "2003-05-01");
    day("cpa-order-2", "2003-05-23");

    const Event& mosul = events.at(QStringLiteral("mosul-falls"));
    CHECK(mosul.startDate().display() == QStringLiteral("10 June 2014"));
    CHECK_FALSE(mosul.approximate);
    CHECK_FALSE(mosul.fatalities.has_value());
    CHECK(events.at(QStringLiteral("soma-disaster")).fatalities == 301);
    CHECK(events.at(QStringLiteral("abu-ghraib-break")).endDate()->toIso() ==
          QStringLiteral("2013-07-22"));

    // Month and year precision are shown as such, never as the first day of the unit.
    const Event& iran = events.at(QStringLiteral("iran-mobilises"));
    CHECK(iran.precision == DatePrecision::Month);
    CHECK(iran.approximate);
    CHECK(iran.startDate().display() == QStringLiteral("June 2014"));
    CHECK(events.at(QStringLiteral("anbar-reconciliation")).startDate().display() ==
          QStringLiteral("February 2014"));
    CHECK(events.at(QStringLiteral("falluja-falls"))
              .startDate()
              .toIso()
              .startsWith(QStringLiteral("2014-01")));
    const Event& well = events.at(QStringLiteral("raqqa-well"));
    CHECK(well.precision == DatePrecision::Year);
    CHECK(well.startDate().display() == QStringLiteral("2014"));

    // Where the article quotes The New York Times, the Times is cited with its words.
    const Event& order = events.at(QStringLiteral("order-to-give-up"));
    CHECK(std::any_of(order.sources.begin(), order.sources.end(), [](const Source& s) {
        return s.name.startsWith(QStringLiteral("The New York Times")) &&
               s.quote.contains(QStringLiteral("This is an order"));
    }));
}

TEST_CASE("Every quote from the article is verbatim", "[dataset]")
{
    // The seed article sits outside the repository (../shared/seed); without it there is
    // nothing to compare against.
    QFile article(QStringLiteral(TIGRIS_FIXTURES) +
                  QStringLiteral("/../../../shared/seed/000_4c1fd880c3075928.txt"));
    if (!article.open(QIODevice::ReadOnly)) {
        WARN("source article not found; quotes not compared");
        return;
    }
    const QString text = normalised(QString::fromUtf8(article.readAll()));
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("q.tigris")));
    auto writer = store->beginWrite();
    DatasetLoader::load(kBundled, *writer);
    writer->commit();
    int quotes = 0;
    for (const Event& e : store->query({}))
        for (const Source& s : e.sources) {
            if (s.quote.isEmpty()) continue;
            INFO(e.externalId.toStdString() << ": " << s.quote.toStdString());
            CHECK(text.contains(normalised(s.quote)));
            ++quotes;
        }
    CHECK(quotes >= 35);
}

TEST_CASE("A malformed dataset is refused with an error naming the entry", "[dataset]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("bad.tigris")));
    const auto refusal = [&](const char* json) -> QString {
        auto writer = store->beginWrite();
        try {
            DatasetLoader::loadJson(QByteArray(json), QStringLiteral("bad.json"), *writer);
        } catch (const ImportError& e) {
            return e.message();
        }
        return {};
    };
    const char* place = R"("locations":[{"key":"m","name":"Mosul","lat":36.34,"lon":43.13}])";
    const auto withEvent = [&](const char* event) {
        return QStringLiteral(R"({%1,"events":[%2]})")
            .arg(QLatin1String(place), QLatin1String(event))
            .toUtf8();
    };

    CHECK(refusal("{\"events\": [").contains(QStringLiteral("bad.json: not valid JSON")));
    CHECK(refusal("[]").contains(QStringLiteral("JSON object")));
    CHECK(refusal("{}").contains(QStringLiteral("'events' must be a list")));
    CHECK(refusal(R"({"locations":[{"key":"x","name":"X","lat":95,"lon":1}],"events":[]})")
              .contains(QStringLiteral("locations[0] 'x': 'lat' 95 is out of range")));
    CHECK(refusal(R"({"categories":[{"name":"B","colour":"not a colour"}],"events":[]})")
              .contains(QStringLiteral("'colour' is not a colour")));
    CHECK(refusal(withEvent(R"({"key":"e","title":"T","start":"2014-13","category":"B",
                               "location":"m"})")
                      .constData())
              .contains(QStringLiteral("events[0] 'e': 'start' \"2014-13\" is not a date")));
    CHECK(
        refusal(withEvent(R"({"key":"e","title":"T","start":"2014-06","precision":"day",
                               "category":"B","location":"m"})")
                    .constData())
            .contains(QStringLiteral("'precision' is \"day\" but 'start' is given to the month")));
    CHECK(refusal(withEvent(R"({"key":"e","title":"T","start":"2014-06-10","end":"2014-06",
                               "category":"B","location":"m"})")
                      .constData())
              .contains(QStringLiteral("'end' must have the precision of 'start'")));
    CHECK(refusal(withEvent(R"({"key":"e","title":"T","start":"2014-06-10","category":"B",
                               "location":"nowhere"})")
                      .constData())
              .contains(QStringLiteral("location 'nowhere' is not among")));
    CHECK(refusal(withEvent(R"({"key":"e","title":"T","start":"2014-06-10","category":"B",
                               "location":"m","fatalities":"unknown"})")
                      .constData())
              .contains(QStringLiteral("'fatalities' is not a number")));
    CHECK(refusal(withEvent(R"({"key":"e","start":"2014-06-10","category":"B"})").constData())
              .contains(QStringLiteral("'title' is missing")));
    CHECK(refusal(withEvent(R"({"key":"e","title":"T","start":"2014-06-10","category":"B",
                               "sources":[{"url":"https://example.org"}]})")
                      .constData())
              .contains(QStringLiteral("a source has no name")));
    CHECK(store->info().events == 0); // nothing of a refused dataset is kept

    // A well-formed one loads, and an event without fatalities has none.
    auto writer = store->beginWrite();
    const auto counts = DatasetLoader::loadJson(
        withEvent(R"({"key":"e","title":"T","start":"2014-06","category":"B","location":"m",
                      "sources":[{"name":"S"}]})"),
        QStringLiteral("good.json"), *writer);
    writer->commit();
    CHECK(counts.events == 1);
    const auto events = store->query({});
    REQUIRE(events.size() == 1);
    CHECK(events[0].precision == DatePrecision::Month);
    CHECK_FALSE(events[0].fatalities.has_value());
}

TEST_CASE("writeSampleProject refuses to overwrite a file unless told to", "[dataset]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.tigris"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    CHECK_THROWS_AS(writeSampleProject(path), StoreError);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "precious");
    f.close();

    writeSampleProject(path, ExistingFile::Replace);
    CHECK(EventStore::open(path, true)->info().events >= 35);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty());

    // An empty file (e.g. just made by a save dialog) is not worth protecting.
    const QString empty = dir.filePath(QStringLiteral("empty.tigris"));
    QFile(empty).open(QIODevice::WriteOnly);
    writeSampleProject(empty);
    CHECK(EventStore::open(empty, true)->info().events >= 35);
}

TEST_CASE("The working copy lives in the data folder, apart from the bundled original", "[dataset]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = ensureWorkingCopy();
    QFile resource(kBundled);
    REQUIRE(resource.open(QIODevice::ReadOnly));
    const QByteArray before =
        QCryptographicHash::hash(resource.readAll(), QCryptographicHash::Sha256);
    resource.close();

    CHECK(path.startsWith(dataDir));
    CHECK_FALSE(path.startsWith(QLatin1Char(':')));
    const int bundledEvents = EventStore::open(path)->info().events;
    CHECK(bundledEvents >= 35);

    { // the user edits the working copy
        auto store = EventStore::open(path);
        auto writer = store->beginWrite();
        Event e;
        e.title = QStringLiteral("A user's own event");
        e.start = FuzzyDate::fromParts(2014, 6, 20).seconds;
        e.category = QStringLiteral("Battles");
        e.lat = 36.34;
        e.lon = 43.13;
        writer->addEvent(e);
        writer->commit();
    }
    CHECK(ensureWorkingCopy() == path); // reused, not recreated
    CHECK(EventStore::open(path, true)->info().events == bundledEvents + 1);

    REQUIRE(resource.open(QIODevice::ReadOnly));
    CHECK(QCryptographicHash::hash(resource.readAll(), QCryptographicHash::Sha256) == before);

    // A lost working copy is made afresh from the bundled original.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    CHECK(ensureWorkingCopy() == path);
    CHECK(EventStore::open(path, true)->info().events == bundledEvents);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QStandardPaths::setTestModeEnabled(false);
}
