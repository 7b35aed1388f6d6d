#include "annotations/AnnotationExchange.h"

#include "base/Error.h"
#include "time/FuzzyDate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

std::optional<qint64> parseTime(const QString& text)
{
    if (text.trimmed().isEmpty()) return std::nullopt;
    const auto d = FuzzyDate::parse(text.trimmed());
    if (!d) throw ImportError(QStringLiteral("'%1' is not a date").arg(text.left(40)));
    return d->begin();
}

QJsonArray position(const QPointF& p)
{
    return QJsonArray{p.x(), p.y()};
}

QPointF pointOf(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
        throw ImportError(QStringLiteral("a position is not [longitude, latitude]"));
    const QPointF p(a[0].toDouble(), a[1].toDouble());
    if (std::abs(p.x()) > 180 || std::abs(p.y()) > 90)
        throw ImportError(QStringLiteral("position %1, %2 is out of range").arg(p.x()).arg(p.y()));
    return p;
}

// KML colours are aabbggrr.
QString kmlColour(const QColor& c)
{
    return QStringLiteral("ff%1%2%3")
        .arg(c.blue(), 2, 16, QLatin1Char('0'))
        .arg(c.green(), 2, 16, QLatin1Char('0'))
        .arg(c.red(), 2, 16, QLatin1Char('0'));
}

QColor fromKmlColour(const QString& s)
{
    if (s.size() != 8) return QColor(0xd6, 0x27, 0x28);
    return QColor(s.mid(6, 2).toInt(nullptr, 16), s.mid(4, 2).toInt(nullptr, 16),
                  s.mid(2, 2).toInt(nullptr, 16));
}

QList<QPointF> kmlCoordinates(const QString& text)
{
    QList<QPointF> out;
    for (const QString& tuple : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = tuple.split(QLatin1Char(','));
        bool okX = false, okY = false;
        const double x = parts.value(0).toDouble(&okX), y = parts.value(1).toDouble(&okY);
        if (!okX || !okY || std::abs(x) > 180 || std::abs(y) > 90)
            throw ImportError(
                QStringLiteral("coordinates '%1' are not lon,lat").arg(tuple.left(40)));
        out.append(QPointF(x, y));
    }
    return out;
}

} // namespace

namespace AnnotationExchange {

QByteArray toGeoJson(const std::vector<Annotation>& annotations)
{
    QJsonArray features;
    for (const Annotation& a : annotations) {
        QJsonObject geometry;
        if (a.kind == Annotation::Kind::Point) {
            geometry = {{QStringLiteral("type"), QStringLiteral("Point")},
                        {QStringLiteral("coordinates"), position(a.vertices.value(0))}};
        } else {
            QJsonArray line;
            for (const QPointF& p : a.vertices)
                line.append(position(p));
            if (a.kind == Annotation::Kind::Polygon) {
                if (!a.vertices.isEmpty()) line.append(position(a.vertices.first())); // closed ring
                geometry = {{QStringLiteral("type"), QStringLiteral("Polygon")},
                            {QStringLiteral("coordinates"), QJsonArray{line}}};
            } else {
                geometry = {{QStringLiteral("type"), QStringLiteral("LineString")},
                            {QStringLiteral("coordinates"), line}};
            }
        }
        QJsonObject props{{QStringLiteral("title"), a.title},
                          {QStringLiteral("note"), a.note},
                          {QStringLiteral("colour"), a.colour.name()},
                          {QStringLiteral("marker"), a.marker}};
        if (a.validFrom) props.insert(QStringLiteral("valid_from"), iso(*a.validFrom));
        if (a.validTo) props.insert(QStringLiteral("valid_to"), iso(*a.validTo));
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("geometry"), geometry},
                                    {QStringLiteral("properties"), props}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Indented);
}

std::vector<Annotation> fromGeoJson(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    if (error.error != QJsonParseError::NoError)
        throw ImportError(QStringLiteral("not valid JSON: %1").arg(error.errorString()));
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        throw ImportError(QStringLiteral("not a GeoJSON FeatureCollection"));
    std::vector<Annotation> out;
    for (const auto& f : root.value(QLatin1String("features")).toArray()) {
        const QJsonObject g = f.toObject().value(QLatin1String("geometry")).toObject();
        const QJsonObject p = f.toObject().value(QLatin1String("properties")).toObject();
        const QString type = g.value(QLatin1String("type")).toString();
        const QJsonValue c = g.value(QLatin1String("coordinates"));
        Annotation a;
        if (type == QLatin1String("Point")) {
            a.vertices = {pointOf(c)};
        } else if (type == QLatin1String("LineString")) {
            a.kind = Annotation::Kind::Polyline;
            for (const auto& v : c.toArray())
                a.vertices.append(pointOf(v));
        } else if (type == QLatin1String("Polygon")) {
            a.kind = Annotation::Kind::Polygon;
            for (const auto& v : c.toArray().at(0).toArray())
                a.vertices.append(pointOf(v));
            if (a.vertices.size() > 1 && a.vertices.first() == a.vertices.last())
                a.vertices.removeLast();
        } else {
            throw ImportError(QStringLiteral("geometry type '%1' is not supported").arg(type));
        }
        a.title = p.value(QLatin1String("title")).toString();
        a.note = p.value(QLatin1String("note")).toString();
        if (const QColor colour(p.value(QLatin1String("colour")).toString()); colour.isValid())
            a.colour = colour;
        a.marker = p.value(QLatin1String("marker")).toString(QStringLiteral("pin"));
        a.validFrom = parseTime(p.value(QLatin1String("valid_from")).toString());
        a.validTo = parseTime(p.value(QLatin1String("valid_to")).toString());
        out.push_back(a);
    }
    return out;
}

QByteArray toKml(const std::vector<Annotation>& annotations)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("kml"));
    w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    w.writeStartElement(QStringLiteral("Document"));
    w.writeTextElement(QStringLiteral("name"), QStringLiteral("Tigris annotations"));
    auto coordinates = [&](const QList<QPointF>& points, bool close) {
        QStringList tuples;
        for (const QPointF& p : points)
            tuples << QStringLiteral("%1,%2,0").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
        if (close && !points.isEmpty())
            tuples << QStringLiteral("%1,%2,0")
                          .arg(points.first().x(), 0, 'f', 6)
                          .arg(points.first().y(), 0, 'f', 6);
        w.writeTextElement(QStringLiteral("coordinates"), tuples.join(QLatin1Char(' ')));
    };
    for (const Annotation& a : annotations) {
        w.writeStartElement(QStringLiteral("Placemark"));
        w.writeTextElement(QStringLiteral("name"), a.title);
        w.writeTextElement(QStringLiteral("description"), a.note); // escaped by the writer
        if (a.validFrom || a.validTo) {
            w.writeStartElement(QStringLiteral("TimeSpan"));
            if (a.validFrom) w.writeTextElement(QStringLiteral("begin"), iso(*a.validFrom));
            if (a.validTo) w.writeTextElement(QStringLiteral("end"), iso(*a.validTo));
            w.writeEndElement();
        }
        w.writeStartElement(QStringLiteral("Style"));
        w.writeStartElement(a.kind == Annotation::Kind::Point ? QStringLiteral("IconStyle")
                                                              : QStringLiteral("LineStyle"));
        w.writeTextElement(QStringLiteral("color"), kmlColour(a.colour));
        w.writeEndElement();
        w.writeEndElement();
        switch (a.kind) {
        case Annotation::Kind::Point:
            w.writeStartElement(QStringLiteral("Point"));
            coordinates(a.vertices.mid(0, 1), false);
            w.writeEndElement();
            break;
        case Annotation::Kind::Polyline:
            w.writeStartElement(QStringLiteral("LineString"));
            coordinates(a.vertices, false);
            w.writeEndElement();
            break;
        case Annotation::Kind::Polygon:
            w.writeStartElement(QStringLiteral("Polygon"));
            w.writeStartElement(QStringLiteral("outerBoundaryIs"));
            w.writeStartElement(QStringLiteral("LinearRing"));
            coordinates(a.vertices, true);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            break;
        }
        w.writeEndElement(); // Placemark
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

std::vector<Annotation> fromKml(const QByteArray& bytes)
{
    QXmlStreamReader r(bytes);
    std::vector<Annotation> out;
    std::optional<Annotation> current;
    QString element;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isDTD())
            throw ImportError(QStringLiteral("KML with a DOCTYPE is refused (entities are a "
                                             "security risk)"));
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("Placemark")) current = Annotation{};
            if (!current) continue;
            if (name == QLatin1String("LineString"))
                current->kind = Annotation::Kind::Polyline;
            else if (name == QLatin1String("Polygon"))
                current->kind = Annotation::Kind::Polygon;
            else if (name == QLatin1String("name"))
                current->title = r.readElementText();
            else if (name == QLatin1String("description"))
                current->note = r.readElementText();
            else if (name == QLatin1String("begin") || name == QLatin1String("when"))
                current->validFrom = parseTime(r.readElementText());
            else if (name == QLatin1String("end"))
                current->validTo = parseTime(r.readElementText());
            else if (name == QLatin1String("color"))
                current->colour = fromKmlColour(r.readElementText().trimmed());
            else if (name == QLatin1String("coordinates") && current->vertices.isEmpty()) {
                current->vertices = kmlCoordinates(r.readElementText());
                if (current->kind == Annotation::Kind::Polygon && current->vertices.size() > 1 &&
                    current->vertices.first() == current->vertices.last())
                    current->vertices.removeLast();
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("Placemark") && current) {
            if (!current->vertices.isEmpty()) out.push_back(*current);
            current.reset();
        }
    }
    if (r.hasError())
        throw ImportError(
            QStringLiteral("not valid KML: %1 on line %2").arg(r.errorString()).arg(r.lineNumber()),
            r.lineNumber());
    return out;
}

} // namespace AnnotationExchange
