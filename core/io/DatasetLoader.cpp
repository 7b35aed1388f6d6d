#include "io/DatasetLoader.h"

#include "io/ImportError.h"

#include <QColor>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace {

// Reads one JSON entry; every complaint names the entry so that a hand-edited dataset can be
// fixed without guessing.
class Entry {
  public:
    // `where`: the file, and the entry as the field ("events[3] 'mosul-fall'").
    Entry(const QJsonValue& value, tigris::ErrorContext where) : where_(std::move(where))
    {
        if (!value.isObject()) fail(QStringLiteral("is not an object"));
        o_ = value.toObject();
    }

    [[noreturn]] void fail(const QString& why) const { throw ImportError(why, where_); }
    bool has(const char* key) const { return o_.contains(QLatin1String(key)); }
    QJsonValue value(const char* key) const { return o_.value(QLatin1String(key)); }

    QString text(const char* key, bool required) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(QStringLiteral("'%1' is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) fail(QStringLiteral("'%1' is not a string").arg(QLatin1String(key)));
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty()) fail(QStringLiteral("'%1' is empty").arg(QLatin1String(key)));
        return s;
    }

    QStringList strings(const char* key) const
    {
        QStringList out;
        const QJsonValue v = value(key);
        if (v.isUndefined()) return out;
        if (!v.isArray())
            fail(QStringLiteral("'%1' is not a list of strings").arg(QLatin1String(key)));
        for (const QJsonValue& s : v.toArray()) {
            if (!s.isString())
                fail(QStringLiteral("'%1' holds a non-string").arg(QLatin1String(key)));
            out << s.toString();
        }
        return out;
    }

    double number(const char* key, double min, double max) const
    {
        const QJsonValue v = value(key);
        if (!v.isDouble()) fail(QStringLiteral("'%1' is not a number").arg(QLatin1String(key)));
        const double x = v.toDouble();
        if (!(x >= min && x <= max))
            fail(QStringLiteral("'%1' %2 is out of range").arg(QLatin1String(key)).arg(x));
        return x;
    }

    FuzzyDate date(const char* key) const
    {
        const QString s = text(key, true);
        const auto d = FuzzyDate::parse(s);
        if (!d) fail(QStringLiteral("'%1' \"%2\" is not a date").arg(QLatin1String(key), s));
        return *d;
    }

  private:
    QJsonObject o_;
    tigris::ErrorContext where_;
};

QJsonArray list(const QJsonObject& root, const char* key, bool required, const QString& origin)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (v.isUndefined() && !required) return {};
    if (!v.isArray())
        throw ImportError(QStringLiteral("'%1' must be a list").arg(QLatin1String(key)), {origin});
    return v.toArray();
}

QString entryName(const QJsonValue& v, const char* list, qsizetype i)
{
    const QString key = v.toObject().value(QLatin1String("key")).toString();
    return key.isEmpty() ? QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i)
                         : QStringLiteral("%1[%2] '%3'").arg(QLatin1String(list)).arg(i).arg(key);
}

class Loader {
  public:
    Loader(QString origin, EventStore::Writer& writer) : origin_(std::move(origin)), w_(writer) {}

    DatasetLoader::Counts run(const QJsonObject& root)
    {
        const QJsonArray categories = list(root, "categories", false, origin_);
        for (qsizetype i = 0; i < categories.size(); ++i)
            addCategory(categories[i], i);
        const QJsonArray locations = list(root, "locations", false, origin_);
        for (qsizetype i = 0; i < locations.size(); ++i)
            addLocation(locations[i], i);
        const QJsonArray events = list(root, "events", true, origin_);
        for (qsizetype i = 0; i < events.size(); ++i)
            addEvent(events[i], i);
        return counts_;
    }

  private:
    tigris::ErrorContext where(const QJsonValue& v, const char* listName, qsizetype i) const
    {
        return {origin_, 0, 0, entryName(v, listName, i)};
    }

    void addCategory(const QJsonValue& v, qsizetype i)
    {
        const Entry e(v, where(v, "categories", i));
        const QString name = e.text("name", true);
        const QColor colour(e.text("colour", true));
        if (!colour.isValid()) e.fail(QStringLiteral("'colour' is not a colour"));
        if (categories_.contains(name)) e.fail(QStringLiteral("category '%1' twice").arg(name));
        categories_.insert(name);
        w_.setCategoryColour(name, colour.rgb());
        ++counts_.categories;
    }

    void addLocation(const QJsonValue& v, qsizetype i)
    {
        const Entry e(v, where(v, "locations", i));
        const QString key = e.text("key", true);
        if (places_.contains(key)) e.fail(QStringLiteral("the key is used twice"));
        Location l;
        l.name = e.text("name", true);
        l.altNames = e.strings("altNames");
        l.lat = e.number("lat", -90, 90);
        l.lon = e.number("lon", -180, 180);
        l.kind = e.text("kind", false);
        l.admin1 = e.text("admin1", false);
        l.country = e.text("country", false);
        places_.insert(key, w_.addLocation(l));
        ++counts_.locations;
    }

    void addEvent(const QJsonValue& v, qsizetype i)
    {
        const Entry e(v, where(v, "events", i));
        Event ev;
        ev.externalId = e.text("key", true);
        if (eventKeys_.contains(ev.externalId)) e.fail(QStringLiteral("the key is used twice"));
        eventKeys_.insert(ev.externalId);
        ev.title = e.text("title", true);
        ev.description = e.text("description", false);
        readDates(e, ev);
        ev.category = e.text("category", true);
        if (!categories_.isEmpty() && !categories_.contains(ev.category))
            e.fail(QStringLiteral("category '%1' is not among the dataset's categories")
                       .arg(ev.category));
        ev.subCategory = e.text("subCategory", false);
        ev.actors = e.strings("actors");
        ev.tags = e.strings("tags");
        if (e.has("fatalities")) {
            // Unknown is left out of the file, never written as 0 or null.
            const double f = e.number("fatalities", 0, 1e9);
            if (f != std::floor(f)) e.fail(QStringLiteral("'fatalities' is not a whole number"));
            ev.fatalities = int(f);
        }
        readPlace(e, ev);
        readSources(e, ev);
        w_.addEvent(ev);
        ++counts_.events;
    }

    static void readDates(const Entry& e, Event& ev)
    {
        const FuzzyDate start = e.date("start");
        ev.start = start.seconds;
        ev.precision = start.precision;
        if (e.has("precision")) {
            const QString stated = e.text("precision", true);
            if (datePrecisionFromString(stated) != start.precision)
                e.fail(QStringLiteral("'precision' is \"%1\" but 'start' is given to the %2")
                           .arg(stated, toString(start.precision)));
        }
        if (e.has("end")) {
            const FuzzyDate end = e.date("end");
            if (end.precision != start.precision)
                e.fail(QStringLiteral("'end' must have the precision of 'start'"));
            if (end.seconds < start.seconds) e.fail(QStringLiteral("'end' precedes 'start'"));
            ev.end = end.seconds;
        }
        ev.approximate = e.value("approximate").toBool(false);
    }

    void readPlace(const Entry& e, Event& ev) const
    {
        const QString place = e.text("location", false);
        if (!place.isEmpty()) {
            if (!places_.contains(place))
                e.fail(QStringLiteral("location '%1' is not among the dataset's locations")
                           .arg(place));
            ev.locationId = places_.value(place);
        }
        if (e.has("lat") || e.has("lon")) {
            ev.lat = e.number("lat", -90, 90);
            ev.lon = e.number("lon", -180, 180);
        }
        const QString geo = e.text("geoPrecision", false);
        if (!geo.isEmpty()) {
            const auto p = geoPrecisionFromString(geo);
            if (!p)
                e.fail(
                    QStringLiteral("'geoPrecision' \"%1\" is not exact, near or region").arg(geo));
            ev.geoPrecision = *p;
        }
    }

    static void readSources(const Entry& e, Event& ev)
    {
        const QJsonValue v = e.value("sources");
        if (v.isUndefined()) return;
        if (!v.isArray()) e.fail(QStringLiteral("'sources' must be a list"));
        for (const QJsonValue& s : v.toArray()) {
            if (!s.isObject()) e.fail(QStringLiteral("a source is not an object"));
            const QJsonObject o = s.toObject();
            Source src{o.value(QLatin1String("name")).toString().trimmed(),
                       o.value(QLatin1String("url")).toString(),
                       o.value(QLatin1String("quote")).toString()};
            if (src.name.isEmpty()) e.fail(QStringLiteral("a source has no name"));
            ev.sources.append(src);
        }
    }

    QString origin_;
    EventStore::Writer& w_;
    QSet<QString> categories_;
    QHash<QString, qint64> places_;
    QSet<QString> eventKeys_;
    DatasetLoader::Counts counts_;
};

} // namespace

namespace DatasetLoader {

Counts load(const QString& path, EventStore::Writer& writer)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(QStringLiteral("cannot be read (%1)").arg(file.errorString()), {path});
    return loadJson(file.readAll(), path, writer);
}

Counts loadJson(const QByteArray& json, const QString& origin, EventStore::Writer& writer)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw ImportError(QStringLiteral("not valid JSON (%1 at byte %2)")
                              .arg(error.errorString())
                              .arg(error.offset),
                          {origin});
    if (!doc.isObject())
        throw ImportError(QStringLiteral("a dataset is a JSON object with 'categories', "
                                         "'locations' and 'events'"),
                          {origin});
    return Loader(origin, writer).run(doc.object());
}

} // namespace DatasetLoader
