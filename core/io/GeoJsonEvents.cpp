#include "io/GeoJsonEvents.h"

#include "io/GeoJsonFeature.h"
#include "io/ImportError.h"
#include "io/Importer.h"
#include "io/SpreadSample.h"

#include <algorithm>

GeoJsonEvents::GeoJsonEvents(const Importer& importer, EventStore::Writer& writer,
                             ImportReport& report)
    : importer_(importer), writer_(writer), report_(report), places_(writer),
      dates_(GeoJsonFeature::dateNames()),
      sample_([this](std::vector<Held>& held) { learn(held); }, [this](Held& h) { convert(h); })
{
}

void GeoJsonEvents::add(QJsonValue feature, qint64 line, qint64 bytes)
{
    sample_.add(Held{std::move(feature), line}, bytes);
}

void GeoJsonEvents::learn(std::vector<Held>& held)
{
    std::vector<PropertyDates::Record> records;
    records.reserve(held.size());
    for (const Held& h : held)
        records.push_back(GeoJsonFeature::dateRecord(h.feature));
    for (const QByteArray& window : SpreadSample::windows(importer_.seekableSource))
        for (const QJsonObject& p : SpreadSample::geoJsonProperties(window))
            records.push_back(GeoJsonFeature::propertyRecord(p));
    // A date split across year, month and day properties wins over one found by its values,
    // as for CSV columns.
    bool split = false;
    for (const auto& r : records)
        for (const auto& [name, value] : r)
            split = split || name == QLatin1String("year") || name == QLatin1String("iyear") ||
                    name == QLatin1String("yr");
    dates_.learn(records, importer_.dateProperty.toLower(),
                 DateColumn::orderFromName(importer_.dateOrder), !split);
    if (const QString q = dates_.question(QStringLiteral("property")); !q.isEmpty())
        throw ImportError(q, 1);
    const QJsonObject guesses = dates_.toJson();
    for (auto it = guesses.begin(); it != guesses.end(); ++it)
        report_.guesses.insert(it.key(), it.value());
}

void GeoJsonEvents::convert(Held& h)
{
    QString reason;
    auto e = GeoJsonFeature::toEvent(h.feature, importer_.dateProperty, dates_, &reason);
    if (!e) {
        report_.rejected.append({h.line, reason});
        return;
    }
    // Without coordinates: looked up by its place name; with none, kept without a position.
    if (!e->hasCoordinate() && !e->locationName.isEmpty())
        GeoJsonFeature::place(h.feature, *e, places_, h.line, report_);
    else if (!e->hasCoordinate() && h.feature.toObject()
                                            .value(QLatin1String("properties"))
                                            .toObject()
                                            .value(QLatin1String("position"))
                                            .toString() != QLatin1String("none"))
        ++positionless_; // (Tigris's export marks its own unplaced events "none": no warning)
    writer_.addEvent(*e);
    ++report_.imported;
}

void GeoJsonEvents::finish()
{
    sample_.finish();
    places_.finish(report_);
    if (positionless_ > 0)
        report_.warnings << QStringLiteral("%1 feature(s) without a geometry or place imported "
                                           "without a position (timeline and list only)")
                                .arg(positionless_);
    std::stable_sort(report_.rejected.begin(), report_.rejected.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
}
