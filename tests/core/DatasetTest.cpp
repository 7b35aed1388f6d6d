#include "TestCatch.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <cmath>
#include <map>
#include <numbers>

namespace {
double km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = std::numbers::pi / 180;
    const double a = std::pow(std::sin((lat2 - lat1) * r / 2), 2) +
                     std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
    return 2 * 6371 * std::asin(std::sqrt(a));
}
} // namespace

TEST_CASE("The bundled dataset tells the 2014 offensive with honest dates and sources", "[dataset]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    const ProjectInfo info = store->info();
    CHECK(info.events >= 30);
    CHECK(info.locations >= 25);

    // Independent reference positions (GeoNames city centres) for the key places.
    const std::map<QString, std::pair<double, double>> reference{
        {QStringLiteral("Mosul"), {36.335, 43.119}},   {QStringLiteral("Tikrit"), {34.616, 43.679}},
        {QStringLiteral("Baiji"), {34.931, 43.487}},   {QStringLiteral("Kirkuk"), {35.468, 44.392}},
        {QStringLiteral("Samarra"), {34.196, 43.886}}, {QStringLiteral("Baghdad"), {33.341, 44.401}},
        {QStringLiteral("Falluja"), {33.353, 43.776}}, {QStringLiteral("Ramadi"), {33.420, 43.307}},
        {QStringLiteral("Erbil"), {36.190, 44.009}},   {QStringLiteral("Raqqa"), {35.950, 39.009}},
        {QStringLiteral("Tal Afar"), {36.374, 42.449}}};
    int checked = 0;
    for (const Location& l : store->locations()) {
        const auto it = reference.find(l.name);
        if (it == reference.end()) continue;
        INFO(l.name.toStdString());
        CHECK(km(l.lat, l.lon, it->second.first, it->second.second) < 5.0);
        ++checked;
    }
    CHECK(checked == int(reference.size()));

    const auto events = store->query({});
    bool mosulFalls = false, monthOnly = false;
    for (const Event& e : events) {
        INFO(e.title.toStdString());
        REQUIRE_FALSE(e.sources.isEmpty());
        CHECK(e.sources.front().name.startsWith(QStringLiteral("Source article")));
        if (e.externalId == QLatin1String("mosul-falls")) {
            mosulFalls = true;
            CHECK(e.startDate().toIso() == QStringLiteral("2014-06-10"));
            CHECK(e.precision == DatePrecision::Day);
            CHECK_FALSE(e.fatalities.has_value()); // not known: not zero
        }
        if (e.externalId == QLatin1String("kurdish-oil")) {
            monthOnly = true;
            CHECK(e.startDate().display() == QStringLiteral("May 2014"));
        }
        if (e.externalId == QLatin1String("kirkuk-peshmerga"))
            CHECK(e.startDate().toIso() == QStringLiteral("2014-06-12"));
        if (e.externalId == QLatin1String("abu-ghraib-break"))
            CHECK(e.startDate().toIso().startsWith(QStringLiteral("2013-07")));
    }
    CHECK(mosulFalls);
    CHECK(monthOnly);
}

TEST_CASE("The working copy lives in the data folder, apart from the bundled original", "[dataset]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = ensureWorkingCopy();
    CHECK(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    CHECK_FALSE(path.startsWith(QStringLiteral(":")));
    CHECK(EventStore::open(path)->info().events >= 30);
    CHECK(ensureWorkingCopy() == path); // a second call reuses it
    QFile::remove(path);
    QStandardPaths::setTestModeEnabled(false);
}
