#include "io/KmlImporter.h"

#include "io/CsvHeader.h"
#include "io/DerivedTitle.h"
#include "io/FeatureSample.h"
#include "io/FieldParsers.h"
#include "io/HtmlText.h"
#include "io/ImportError.h"
#include "io/PlaceResolver.h"
#include "io/PropertyDates.h"
#include "io/SpreadSample.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

// KML 2.2 as published by the OGC, and Google's older namespaces; gx:, atom: and every other
// namespace are skipped whole.
bool isKmlNamespace(QStringView uri)
{
    return uri.isEmpty() || uri.startsWith(QLatin1String("http://www.opengis.net/kml/")) ||
           uri.startsWith(QLatin1String("http://earth.google.com/kml/"));
}

struct Geometry {
    Annotation::Kind kind = Annotation::Kind::Point;
    QList<QPointF> vertices;
};

struct Placemark {
    qint64 line = 0;
    QString id, name, description, address, when, begin, end, colour, styleUrl, error;
    QString folder;         // the innermost Folder's name, taken when the placemark ends
    bool dataDated = false; // dated by ExtendedData (a date property), not TimeStamp/TimeSpan
    QString rawName, rawDescription; // as written: Tigris's export says its text is plain
    bool hasTime = false, multi = false, innerRings = false;
    QString unsupported; // a geometry Tigris cannot show (Model, gx:Track is skipped before)
    QHash<QString, QString> data;               // ExtendedData, names lower-cased
    QList<QPair<QString, QString>> dataInOrder; // as written: the attributes come from it
    mutable QSet<QString> used;                 // names read into event fields
    std::vector<Geometry> geometries;
};

// "lon,lat[,alt]" tuples separated by white space.
QList<QPointF> coordinates(const QString& text, QString* reason)
{
    QList<QPointF> out;
    for (const QString& tuple : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = tuple.split(QLatin1Char(','));
        if (parts.size() < 2 || parts.size() > 3) {
            *reason = QStringLiteral("coordinates '%1' are not lon,lat[,alt]").arg(tuple.left(40));
            return {};
        }
        const auto lon = FieldParsers::longitude(parts[0], reason);
        const auto lat = lon ? FieldParsers::latitude(parts[1], reason) : std::nullopt;
        if (!lat) return {};
        out.append(QPointF(*lon, *lat));
    }
    if (out.isEmpty()) *reason = QStringLiteral("empty coordinates");
    return out;
}

// KML's dateTime: xsd:gYear, gYearMonth, date or dateTime, each with its own precision.
std::optional<FuzzyDate> kmlDate(const QString& text, const char* element, QString* reason)
{
    const auto d = FuzzyDate::parse(text.trimmed());
    if (!d)
        *reason = QStringLiteral("<%1> '%2' is not a KML date (YYYY, YYYY-MM, YYYY-MM-DD or "
                                 "YYYY-MM-DDThh:mm:ssZ)")
                      .arg(QLatin1String(element), text.trimmed().left(40));
    return d;
}

// KML colours are aabbggrr.
std::optional<QColor> kmlColour(const QString& text)
{
    const QString s = text.trimmed();
    bool ok = false;
    const uint v = s.toUInt(&ok, 16);
    if (s.size() != 8 || !ok) return std::nullopt;
    return QColor(int(v & 0xff), int((v >> 8) & 0xff), int((v >> 16) & 0xff));
}

// What Tigris's own export adds under "tigris:" names (KML has no element for them): the
// position's precision, the approximate flag, tags, every source with its quote and
// "tigris:position" "none" for an event without a position (see finish()). A value
// that is not clearly one of these rejects the placemark; absent, the defaults stay.
bool tigrisFields(const Placemark& p, Event& e, QString* reason)
{
    const QString geo = p.data.value(QStringLiteral("tigris:geo_precision"));
    if (!geo.isEmpty()) {
        const auto g = geoPrecisionFromString(geo);
        if (!g) {
            *reason = QStringLiteral("tigris:geo_precision '%1' is not exact, near or region")
                          .arg(geo.left(40));
            return false;
        }
        e.geoPrecision = *g;
    }
    const QString approximate = p.data.value(QStringLiteral("tigris:approximate"));
    if (approximate == QLatin1String("true"))
        e.approximate = true;
    else if (!approximate.isEmpty() && approximate != QLatin1String("false")) {
        *reason = QStringLiteral("tigris:approximate '%1' is not true or false")
                      .arg(approximate.left(40));
        return false;
    }
    const QString position = p.data.value(QStringLiteral("tigris:position"));
    if (!position.isEmpty() && position != QLatin1String("none")) {
        *reason = QStringLiteral("tigris:position '%1' is not none").arg(position.left(40));
        return false;
    }
    for (const QString& t : p.data.value(QStringLiteral("tigris:tags")).split(QLatin1Char(';')))
        if (!t.trimmed().isEmpty()) e.tags << t.trimmed();
    const QString sources = p.data.value(QStringLiteral("tigris:sources"));
    if (sources.isEmpty()) return true;
    const QJsonDocument doc = QJsonDocument::fromJson(sources.toUtf8());
    if (!doc.isArray()) {
        *reason = QStringLiteral("tigris:sources is not a JSON array");
        return false;
    }
    e.sources.clear(); // all of them, the first included
    for (const QJsonValue v : doc.array()) {
        if (!v.isObject()) {
            *reason = QStringLiteral("tigris:sources holds a source that is not a JSON object");
            return false;
        }
        const QJsonObject o = v.toObject();
        e.sources.append(Source{o.value(QLatin1String("name")).toString(),
                                o.value(QLatin1String("url")).toString(),
                                o.value(QLatin1String("quote")).toString()});
    }
    return true;
}

class Reader {
  public:
    Reader(QIODevice& source, EventStore::Writer& writer, Importer& importer)
        : source_(source), r_(&source), writer_(writer), importer_(importer), places_(writer),
          dates_(dateNames()), sample_([this](std::vector<Placemark>& held) { learn(held); },
                                       [this](Placemark& p) { finish(p); })
    {
    }
    ImportReport run();

  private:
    QString text();
    void startElement();
    void finish(Placemark& p);
    bool span(const Placemark& p, Event& e, QString* reason) const;
    enum class DataDate { None, Read, Bad };
    DataDate dataDate(const Placemark& p, Event& e, QString* reason) const;
    void learn(std::vector<Placemark>& held);
    static QStringList dateNames();
    QString field(const Placemark& p, std::initializer_list<const char*> names) const;
    void addData(Placemark& p, const QString& name, const QString& value);
    void attributes(const Placemark& p, Event& e) const;
    QString colourOf(const Placemark& p) const;

    QIODevice& source_;
    QXmlStreamReader r_;
    EventStore::Writer& writer_;
    Importer& importer_;
    ImportReport report_;
    PlaceResolver places_;
    QStringList path_;    // local names of the open KML elements
    QStringList folders_; // the names of the open Folders, innermost last
    std::optional<Placemark> p_;
    QString dataName_; // the open <Data name="…">
    // Shared styles (Google My Maps writes nothing else): the first colour of each <Style id>,
    // and each <StyleMap id>'s "normal" style. Documents declare them before the placemarks.
    QHash<QString, QString> styleColours_, styleMaps_;
    QString styleId_, styleMapId_, pairKey_;
    qint64 placemarks_ = 0, pins_ = 0, innerRings_ = 0, positionless_ = 0;
    qint64 ended_ = 0;    // placemarks read (the first ones are finished after the sample)
    PropertyDates dates_; // ExtendedData dates of placemarks without TimeStamp or TimeSpan
    FeatureSample<Placemark> sample_;
};

// ExtendedData that dates a placemark without a KML time: start names, then end names. Not
// "time", "start" or "end": as fields of a placemark they are as often a time of day or a
// kilometre post as a date.
QStringList Reader::dateNames()
{
    return {"date",      "event_date", "start_date", "date_start", "datetime",
            "timestamp", "when",       "end_date",   "date_end"};
}
constexpr qsizetype kStartNames = 7; // of dateNames()

// The dates of the held placemarks' ExtendedData, and of a spread over the whole file.
void Reader::learn(std::vector<Placemark>& held)
{
    std::vector<PropertyDates::Record> records;
    bool kmlTimes = false;
    for (const Placemark& p : held) {
        PropertyDates::Record r;
        for (const auto& [name, value] : p.dataInOrder)
            r.append({name.toLower(), value});
        records.push_back(std::move(r));
        kmlTimes = kmlTimes || p.hasTime;
    }
    for (const QByteArray& window : SpreadSample::windows(importer_.seekableSource))
        for (auto& r : SpreadSample::kmlExtendedData(window))
            records.push_back(std::move(r));
    // A field found by its dates only in a file that has no KML times (a list of places with
    // a "Fecha" column); otherwise it is data, not the date.
    dates_.learn(records, {}, DateColumn::orderFromName(importer_.dateOrder), !kmlTimes);
    if (const QString q = dates_.question(QStringLiteral("ExtendedData")); !q.isEmpty())
        throw ImportError(q, 1);
    report_.guesses = dates_.toJson();
}

// A placemark without TimeStamp or TimeSpan dated by its ExtendedData (a "date" field, as
// other tools export events), read as PropertyDates learnt the field over the file.
Reader::DataDate Reader::dataDate(const Placemark& p, Event& e, QString* reason) const
{
    const QStringList names = dateNames();
    QString startName;
    for (const QString& n : names.mid(0, kStartNames) + QStringList{dates_.foundByValues()})
        if (!n.isEmpty() && !p.data.value(n).isEmpty()) {
            startName = n;
            break;
        }
    if (startName.isEmpty()) return DataDate::None;
    const auto start = dates_.parse(startName, p.data.value(startName), reason);
    if (!start) {
        *reason = QStringLiteral("ExtendedData %1: %2").arg(startName, *reason);
        return DataDate::Bad;
    }
    p.used.insert(startName);
    e.start = start->seconds;
    e.precision = start->precision;
    for (const QString& n : names.mid(kStartNames))
        if (!p.data.value(n).isEmpty()) {
            const auto end = dates_.parse(n, p.data.value(n), reason);
            if (!end || end->seconds < e.start) {
                *reason = end ? QStringLiteral("ExtendedData %1 is before %2").arg(n, startName)
                              : QStringLiteral("ExtendedData %1: %2").arg(n, *reason);
                return DataDate::Bad;
            }
            p.used.insert(n);
            if (floorTo(end->seconds, e.precision) != e.start)
                e.end = floorTo(end->seconds, e.precision);
            break;
        }
    return DataDate::Read;
}

QString Reader::text()
{
    // Text of children too: HTML written as (invalid) KML elements still gives its words.
    const QString t = r_.readElementText(QXmlStreamReader::IncludeChildElements);
    path_.removeLast();
    return t;
}

void Reader::startElement()
{
    const QString name = r_.name().toString();
    const QString parent = path_.isEmpty() ? QString() : path_.last();
    path_ << name;
    if (name == QLatin1String("Folder")) {
        folders_ << QString();
        return;
    }
    if (name == QLatin1String("name") && parent == QLatin1String("Folder") && !p_) {
        folders_.last() = HtmlText::toPlain(text());
        return;
    }
    if (name == QLatin1String("Placemark")) {
        p_.emplace();
        p_->line = r_.lineNumber();
        p_->id = r_.attributes().value(QLatin1String("id")).toString();
        return;
    }
    if (!p_) {
        if (name == QLatin1String("Style"))
            styleId_ = r_.attributes().value(QLatin1String("id")).toString();
        else if (name == QLatin1String("StyleMap"))
            styleMapId_ = r_.attributes().value(QLatin1String("id")).toString();
        else if (name == QLatin1String("color") && !styleId_.isEmpty() &&
                 !styleColours_.contains(styleId_))
            styleColours_.insert(styleId_, text().trimmed());
        else if (name == QLatin1String("key") && parent == QLatin1String("Pair"))
            pairKey_ = text().trimmed();
        else if (name == QLatin1String("styleUrl") && parent == QLatin1String("Pair") &&
                 pairKey_ == QLatin1String("normal") && !styleMapId_.isEmpty())
            styleMaps_.insert(styleMapId_, text().trimmed());
        return;
    }
    Placemark& p = *p_;
    if (parent == QLatin1String("Placemark") && name == QLatin1String("name"))
        p.name = HtmlText::toPlain(p.rawName = text());
    else if (parent == QLatin1String("Placemark") && name == QLatin1String("description"))
        p.description = HtmlText::toPlain(p.rawDescription = text());
    else if (parent == QLatin1String("Placemark") && name == QLatin1String("address"))
        p.address = HtmlText::toPlain(text()).simplified();
    else if (parent == QLatin1String("TimeStamp") && name == QLatin1String("when")) {
        p.when = text();
        p.hasTime = true;
    } else if (parent == QLatin1String("TimeSpan") && name == QLatin1String("begin")) {
        p.begin = text();
        p.hasTime = true;
    } else if (parent == QLatin1String("TimeSpan") && name == QLatin1String("end")) {
        p.end = text();
        p.hasTime = true;
    } else if (name == QLatin1String("Data"))
        dataName_ = r_.attributes().value(QLatin1String("name")).toString();
    else if (name == QLatin1String("value") && parent == QLatin1String("Data"))
        addData(p, dataName_, text().trimmed());
    else if (name == QLatin1String("SimpleData")) {
        // The name first: text() moves the reader past the element and its attributes.
        const QString key = r_.attributes().value(QLatin1String("name")).toString();
        addData(p, key, text().trimmed());
    } else if (name == QLatin1String("color") && p.colour.isEmpty())
        p.colour = text();
    else if (name == QLatin1String("styleUrl") && parent == QLatin1String("Placemark"))
        p.styleUrl = text().trimmed();
    else if (name == QLatin1String("MultiGeometry"))
        p.multi = true;
    else if (name == QLatin1String("Model"))
        p.unsupported = name;
    else if (name == QLatin1String("coordinates")) {
        const QString grand = path_.size() >= 3 ? path_[path_.size() - 3] : QString();
        Geometry g;
        if (parent == QLatin1String("Point"))
            g.kind = Annotation::Kind::Point;
        else if (parent == QLatin1String("LineString"))
            g.kind = Annotation::Kind::Polyline;
        else if (parent == QLatin1String("LinearRing") &&
                 grand == QLatin1String("innerBoundaryIs")) {
            p.innerRings = true; // holes cannot be drawn by an annotation: left out, reported
            text();
            return;
        } else if (parent == QLatin1String("LinearRing"))
            g.kind = Annotation::Kind::Polygon;
        else
            return;
        QString reason;
        g.vertices = coordinates(text(), &reason);
        if (!reason.isEmpty() && p.error.isEmpty()) p.error = reason;
        if (g.kind == Annotation::Kind::Polygon && g.vertices.size() > 1 &&
            g.vertices.first() == g.vertices.last())
            g.vertices.removeLast();
        const qsizetype least = g.kind == Annotation::Kind::Point     ? 1
                                : g.kind == Annotation::Kind::Polygon ? 3
                                                                      : 2;
        if (p.error.isEmpty() && g.vertices.size() < least)
            p.error = QStringLiteral("%1 needs at least %2 positions")
                          .arg(parent == QLatin1String("Point") ? QStringLiteral("a Point")
                                                                : QStringLiteral("a ") + parent)
                          .arg(least);
        if (p.error.isEmpty() && g.kind == Annotation::Kind::Point && g.vertices.size() > 1)
            p.error = QStringLiteral("a Point has %1 positions").arg(g.vertices.size());
        p.geometries.push_back(std::move(g));
    }
}

void Reader::addData(Placemark& p, const QString& name, const QString& value)
{
    p.data.insert(name.toLower(), value);
    p.dataInOrder.append({name, value});
}

QString Reader::field(const Placemark& p, std::initializer_list<const char*> names) const
{
    for (const char* n : names) {
        const QString v = p.data.value(QLatin1String(n));
        if (!v.isEmpty()) {
            p.used.insert(QLatin1String(n));
            return v;
        }
    }
    return {};
}

// ExtendedData that no field took, in document order. Country and admin1 only restrict the
// gazetteer, so they are kept too.
void Reader::attributes(const Placemark& p, Event& e) const
{
    for (const auto& [name, value] : p.dataInOrder) {
        const QString lower = name.toLower();
        const bool restrictsOnly = lower == QLatin1String("country") ||
                                   lower == QLatin1String("country_code") ||
                                   lower == QLatin1String("admin1");
        if (value.isEmpty() || (p.used.contains(lower) && !restrictsOnly) ||
            lower == QLatin1String("date") || lower == QLatin1String("precision") ||
            lower.startsWith(QLatin1String("tigris:")))
            continue;
        e.attributes.append({CsvAttributeColumns::attributeName(name), value});
    }
}

// The inline style's colour, else the shared style's (through a StyleMap's "normal" entry).
// Only styles in this document ("#id") are followed; other files are never opened.
QString Reader::colourOf(const Placemark& p) const
{
    if (!p.colour.isEmpty() || !p.styleUrl.startsWith(QLatin1Char('#'))) return p.colour;
    QString id = p.styleUrl.mid(1);
    const QString mapped = styleMaps_.value(id);
    if (mapped.startsWith(QLatin1Char('#'))) id = mapped.mid(1);
    return styleColours_.value(id);
}

// The event's dates. Tigris's own export writes the widened span (an exclusive end) and the
// precision as ExtendedData; other KML is read as written, the end being the last unit.
bool Reader::span(const Placemark& p, Event& e, QString* reason) const
{
    if (p.when.isEmpty() && p.begin.trimmed().isEmpty() && !p.end.trimmed().isEmpty()) {
        // <end> alone: over by then, begun at an unknown time.
        const auto end = kmlDate(p.end, "end", reason);
        if (!end) return false;
        e.precision = end->precision;
        if (const auto exported =
                datePrecisionFromString(p.data.value(QStringLiteral("precision"))))
            e.precision = *exported;
        e.start = floorTo(end->seconds, e.precision);
        e.openStart = true;
        return true;
    }
    if (!p.when.isEmpty() || p.begin.isEmpty()) {
        const auto d = kmlDate(p.when, "when", reason);
        if (!d) return false;
        e.start = d->seconds;
        e.precision = d->precision;
        return true;
    }
    const auto begin = kmlDate(p.begin, "begin", reason);
    if (!begin) return false;
    e.start = begin->seconds;
    e.precision = begin->precision;
    const auto exported = datePrecisionFromString(p.data.value(QStringLiteral("precision")));
    if (exported) {
        e.precision = *exported;
        e.start = floorTo(begin->seconds, e.precision);
    }
    if (p.end.trimmed().isEmpty()) {
        e.openEnd = true; // <begin> alone: begun then, end unknown
        return true;
    }
    const auto end = kmlDate(p.end, "end", reason);
    if (!end) return false;
    const qint64 last = exported ? end->seconds - 1 : end->end() - 1;
    if (last < e.start) {
        *reason =
            QStringLiteral("<end> %1 is before <begin> %2").arg(p.end.trimmed(), p.begin.trimmed());
        return false;
    }
    if (floorTo(last, e.precision) != e.start) e.end = floorTo(last, e.precision);
    return true;
}

void Reader::finish(Placemark& p)
{
    ++placemarks_;
    auto reject = [&](const QString& r) { report_.rejected.append({p.line, r}); };
    if (!p.error.isEmpty()) return reject(p.error);
    QString reason;
    Event e;
    if (!p.hasTime) switch (dataDate(p, e, &reason)) {
        case DataDate::Bad:
            return reject(reason);
        case DataDate::Read:
            p.hasTime = p.dataDated = true;
            break;
        case DataDate::None:
            break;
        }
    // A dated placemark with no geometry is placed by its address, else its name, from the
    // project and the gazetteer as GeoJSON features with a place and no geometry are; unless
    // Tigris's export marked it as an event without a position: it stays so, with its place
    // name, as the user had it (looking "Mosul" up again could place what was left unplaced).
    const bool datedWithoutGeometry = p.geometries.empty() && p.unsupported.isEmpty() && p.hasTime;
    const bool unplaced = datedWithoutGeometry &&
                          p.data.value(QStringLiteral("tigris:position")) == QLatin1String("none");
    const QString placeText = !p.address.isEmpty() ? p.address : p.name.simplified();
    const bool byPlace = datedWithoutGeometry && !unplaced && !placeText.isEmpty();
    // Dated, no geometry and nothing to look up: an event without a position.
    const bool nowhere = datedWithoutGeometry && !unplaced && !byPlace;
    if (nowhere) ++positionless_;
    if (p.geometries.empty() && !byPlace && !unplaced && !nowhere)
        return reject(p.unsupported.isEmpty()
                          ? QStringLiteral("placemark has no geometry")
                          : QStringLiteral("%1 geometry is not supported").arg(p.unsupported));
    if (p.innerRings) ++innerRings_;
    // KML text is HTML (Google Earth shows it so), except where Tigris's own export says it
    // wrote plain text: then "Fish &amp; chips" and line breaks are kept exactly.
    if (p.data.value(QStringLiteral("tigris:text")) == QLatin1String("plain")) {
        p.name = p.rawName;
        p.description = p.rawDescription;
    }
    const QString title = !p.name.trimmed().isEmpty() ? p.name.trimmed() : p.description.left(120);
    const QString category = !field(p, {"category", "event_type", "type"}).isEmpty()
                                 ? field(p, {"category", "event_type", "type"})
                                 : p.folder;
    if (p.hasTime && !p.dataDated && !span(p, e, &reason)) return reject(reason);

    const bool event = byPlace || unplaced || nowhere ||
                       (p.hasTime && !p.multi && p.geometries.size() == 1 &&
                        p.geometries[0].kind == Annotation::Kind::Point);
    if (!event) {
        for (const Geometry& g : p.geometries) {
            Annotation a;
            a.kind = g.kind;
            a.vertices = g.vertices;
            a.title = title;
            a.note = p.description;
            if (const auto c = kmlColour(colourOf(p))) a.colour = *c;
            if (p.hasTime) {
                a.validFrom = p.begin.isEmpty() && p.when.isEmpty() && !p.dataDated
                                  ? std::nullopt
                                  : std::optional(e.spanBegin());
                if (!p.when.isEmpty() || !p.end.isEmpty() || p.dataDated) a.validTo = e.spanEnd();
            }
            importer_.annotations.push_back(std::move(a));
        }
        if (!p.hasTime && !p.multi && p.geometries[0].kind == Annotation::Kind::Point) ++pins_;
        return;
    }
    e.title = title;
    e.description = p.description;
    if (!byPlace && !unplaced && !nowhere) {
        e.lon = p.geometries[0].vertices[0].x();
        e.lat = p.geometries[0].vertices[0].y();
    }
    e.category = category;
    e.subCategory = field(p, {"sub_category", "sub_event_type"});
    e.locationName = field(p, {"place", "location"});
    QString country = field(p, {"country", "country_code"}), admin1 = field(p, {"admin1"});
    if (byPlace) {
        // An address reads "place[, admin1], country"; ExtendedData's country and admin1 win
        // over it. A middle part the gazetteer does not know as a region is not used, but a
        // street before the place name leaves the place unknown.
        const QStringList parts = placeText.split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.locationName = parts.value(0).trimmed();
        if (!p.address.isEmpty() && parts.size() > 1) {
            if (country.isEmpty()) country = parts.last().trimmed();
            if (admin1.isEmpty() && parts.size() == 3) admin1 = parts[1].trimmed();
        }
    }
    for (const QString& a : field(p, {"actors", "actor"}).split(QLatin1Char(';')))
        if (!a.trimmed().isEmpty()) e.actors << a.trimmed();
    const QString deaths = field(p, {"fatalities", "deaths", "killed"});
    if (!deaths.isEmpty()) {
        e.fatalities = FieldParsers::count(deaths, &reason);
        if (!reason.isEmpty()) return reject(QStringLiteral("fatalities: ") + reason);
    }
    if (const QString s = field(p, {"source"}); !s.isEmpty() || !field(p, {"url"}).isEmpty())
        e.sources.append(Source{s, field(p, {"url", "link"}), {}});
    if (!tigrisFields(p, e, &reason)) return reject(reason);
    e.externalId = !field(p, {"external_id", "event_id"}).isEmpty()
                       ? field(p, {"external_id", "event_id"})
                       : p.id;
    e.titleDerived = p.data.value(QStringLiteral("tigris:title_derived")) == QLatin1String("true");
    if (p.name.trimmed().isEmpty()) e.titleDerived = true; // from the description, or below
    if (e.title.isEmpty()) { // a nameless placemark (a GPS logger's points): from what it has
        e.title = derivedTitle(e);
        e.titleDerived = true;
    }
    attributes(p, e);
    if (byPlace && !e.locationName.isEmpty()) places_.place(e, country, admin1, p.line, report_);
    writer_.addEvent(e);
    ++report_.imported;
}

ImportReport Reader::run()
{
    report_.format = importer_.format();
    while (!r_.atEnd()) {
        const auto token = r_.readNext();
        if (token == QXmlStreamReader::DTD)
            throw ImportError(QStringLiteral("a KML file with a DOCTYPE is refused: its entity "
                                             "declarations could read local files or expand "
                                             "without bound"),
                              r_.lineNumber());
        if (token == QXmlStreamReader::StartElement) {
            if (path_.isEmpty()) {
                if (r_.name() != QLatin1String("kml") || !isKmlNamespace(r_.namespaceUri()))
                    throw ImportError(
                        QStringLiteral("not a KML file: the root element is <%1>, not <kml>")
                            .arg(r_.qualifiedName().left(40)),
                        r_.lineNumber());
                path_ << QStringLiteral("kml");
                continue;
            }
            if (!isKmlNamespace(r_.namespaceUri())) {
                r_.skipCurrentElement(); // gx:Track, atom:author, … are not events
                continue;
            }
            startElement();
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = r_.name();
            if (name == QLatin1String("Placemark") && p_) {
                p_->folder = folders_.isEmpty() ? QString() : folders_.last();
                qint64 bytes = p_->name.size() + p_->description.size() + 64;
                for (const auto& [k, v] : p_->dataInOrder)
                    bytes += k.size() + v.size();
                for (const Geometry& g : p_->geometries)
                    bytes += g.vertices.size() * qint64(sizeof(QPointF));
                sample_.add(std::move(*p_), bytes * 2);
                p_.reset();
                if (importer_.progress && (++ended_ & 0x3ff) == 0 &&
                    !importer_.progress(source_.pos()))
                    throw ImportError(QStringLiteral("import cancelled"));
            } else if (name == QLatin1String("Folder") && !folders_.isEmpty()) {
                folders_.removeLast();
            } else if (name == QLatin1String("Style")) {
                styleId_.clear();
            } else if (name == QLatin1String("StyleMap")) {
                styleMapId_.clear();
            }
            if (!path_.isEmpty()) path_.removeLast();
        }
    }
    if (r_.hasError())
        throw ImportError(QStringLiteral("not valid KML: %1 on line %2")
                              .arg(r_.errorString())
                              .arg(r_.lineNumber()),
                          r_.lineNumber());
    sample_.finish();
    places_.finish(report_);
    std::stable_sort(report_.rejected.begin(), report_.rejected.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    if (pins_ > 0)
        report_.warnings << QStringLiteral("%1 placemark(s) without a date became map pins "
                                           "(annotations), not events")
                                .arg(pins_);
    if (positionless_ > 0)
        report_.warnings << QStringLiteral("%1 dated placemark(s) without a geometry or place "
                                           "imported without a position (timeline and list only)")
                                .arg(positionless_);
    if (innerRings_ > 0)
        report_.warnings << QStringLiteral("%1 polygon(s) have holes (innerBoundaryIs); only "
                                           "their outer boundary was kept")
                                .arg(innerRings_);
    return report_;
}

} // namespace

ImportReport KmlImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    annotations.clear();
    return Reader(source, writer, *this).run();
}

bool KmlImporter::isRoleData(const QString& name)
{
    static const QSet<QString> names{"date",           "precision",  "external_id", "event_id",
                                     "category",       "event_type", "type",        "sub_category",
                                     "sub_event_type", "place",      "location",    "actors",
                                     "actor",          "fatalities", "deaths",      "killed",
                                     "source",         "url",        "link"};
    return names.contains(name);
}

bool KmlImporter::looksLikeKml(const QByteArray& head)
{
    QByteArray t = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    t = t.trimmed();
    if (!t.startsWith('<')) return false;
    const QByteArray lower = t.left(4096).toLower();
    return lower.contains("<kml") || lower.contains(":kml ") || lower.contains(":kml>");
}
