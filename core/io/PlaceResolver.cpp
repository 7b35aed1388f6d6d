#include "io/PlaceResolver.h"

#include "geo/Gazetteer.h"
#include "model/Event.h"
#include "model/Location.h"

#include <cmath>
#include <tuple>

namespace {
constexpr qsizetype kMaxCached = 100'000;
}

PlaceResolver::PlaceResolver(EventStore::Writer& writer, const Gazetteer* gazetteer)
    : writer_(writer), gazetteer_(gazetteer)
{
}

namespace {
ImportReport::Candidate candidate(const Gazetteer::Place& p)
{
    return {p.name, p.admin1, p.country, p.lat, p.lon, p.population};
}
} // namespace

PlaceResolver::Outcome PlaceResolver::resolve(const QString& name, const QString& lookup,
                                              const QString& country, const QString& admin1)
{
    Outcome o;
    // Places this import added from the gazetteer do not count as the project's: a later row
    // naming "Sinjar" without a country must still see that there are two.
    if (const qint64 id = writer_.findLocation(name, country); id && !added_.contains(id)) {
        o.locationId = id;
        o.source = QStringLiteral("project");
        o.by = country.isEmpty() ? QStringLiteral("name") : QStringLiteral("name, country");
        return o;
    }
    if (!gazetteer_) gazetteer_ = &Gazetteer::bundled();
    const Gazetteer::Match m = gazetteer_->find(lookup, country, admin1);
    o.source = QStringLiteral("gazetteer");
    o.by = m.by;
    if (m.candidates.size() > 1 && !m.byPopulation) {
        for (const auto& c : m.candidates)
            o.candidates.append(candidate(c));
        return o;
    }
    for (std::size_t i = 1; i < m.candidates.size(); ++i)
        o.over.append(candidate(m.candidates[i]));
    if (m.candidates.empty()) return o;
    const Gazetteer::Place& p = m.candidates.front();
    o.lat = p.lat;
    o.lon = p.lon;
    o.country = p.country;
    const QString placeKey = QStringLiteral("%1|%2|%3").arg(p.name).arg(p.lat).arg(p.lon);
    if (const qint64 id = addedByPlace_.value(placeKey)) {
        o.locationId = id;
        return o;
    }
    Location l;
    l.name = name;
    if (p.name != name) l.altNames << p.name;
    l.lat = p.lat;
    l.lon = p.lon;
    l.kind = QStringLiteral("place");
    l.admin1 = admin1.isEmpty() ? p.admin1 : admin1;
    l.country = country.isEmpty() ? p.country : country;
    o.locationId = writer_.addLocation(l);
    added_.insert(o.locationId);
    addedByPlace_.insert(placeKey, o.locationId);
    return o;
}

void PlaceResolver::place(Event& e, const QString& country, const QString& admin1, qint64 line,
                          ImportReport& report, const QString& lookup)
{
    const QString name = lookup.isEmpty() ? e.locationName : lookup;
    Outcome o = cached(e.locationName, name, country, admin1);
    if (!o.candidates.isEmpty() && country.isEmpty()) {
        // Several places of this name: the one in the file's dominant country, if just one is.
        if (const QString dominant = dominantCountry(); !dominant.isEmpty()) {
            Outcome in = cached(e.locationName, name, dominant, admin1);
            if (in.locationId && in.candidates.isEmpty()) {
                in.by += QStringLiteral(", the file's dominant country");
                o = in;
                ++byDominant_;
                usedDominant_ = dominant;
            }
        }
    }
    if (!o.candidates.isEmpty()) {
        ++ambiguous_;
        if (report.ambiguous.size() < kMaxListed)
            report.ambiguous.append({line, e.locationName, o.candidates});
        unplaced(e.locationName, line, o.candidates);
        return;
    }
    if (!o.locationId) {
        ++unknown_;
        unplaced(e.locationName, line, {});
        return;
    }
    e.locationId = o.locationId;
    ++placed_;
    if (!o.country.isEmpty() && !learnt_) { // a sample, when learnt, has counted it already
        ++countries_[o.country];
        ++counted_;
    }
    if (!o.over.isEmpty()) ++byPopulation_;
    if (report.geocoded.size() < kMaxListed) {
        double lat = o.lat, lon = o.lon;
        if (o.source == QLatin1String("project")) {
            // Not cached with the outcome: the project's coordinate is read only when listed.
            lat = lon = std::nan("");
        }
        report.geocoded.append(
            {line, e.locationName, lat, lon, o.source, o.by, o.locationId, o.over});
    }
}

PlaceResolver::Outcome PlaceResolver::cached(const QString& name, const QString& lookup,
                                             const QString& country, const QString& admin1)
{
    const QString key = name + QChar(0x1f) + lookup + QChar(0x1f) + country + QChar(0x1f) + admin1;
    auto it = cache_.find(key);
    if (it == cache_.end()) {
        // A full cache starts afresh; addedByPlace_ (at most one entry per gazetteer place)
        // keeps a place from being added twice.
        if (cache_.size() >= kMaxCached) cache_.clear();
        it = cache_.insert(key, resolve(name, lookup, country, admin1));
    }
    return *it;
}

void PlaceResolver::learn(const QString& name, const QString& country, const QString& admin1)
{
    learnt_ = true;
    if (name.isEmpty()) return;
    if (!gazetteer_) gazetteer_ = &Gazetteer::bundled();
    const Gazetteer::Match m = gazetteer_->find(name, country, admin1);
    if (m.candidates.size() == 1 || (!m.candidates.empty() && m.byPopulation)) {
        ++countries_[m.candidates.front().country];
        ++counted_;
    }
}

QString PlaceResolver::dominantCountry() const
{
    if (counted_ < 3) return {};
    for (auto it = countries_.cbegin(); it != countries_.cend(); ++it)
        if (it.value() * 3 >= counted_ * 2) return it.key();
    return {};
}

void PlaceResolver::unplaced(const QString& place, qint64 line,
                             const QList<ImportReport::Candidate>& candidates)
{
    if (const auto it = unplacedAt_.constFind(place); it != unplacedAt_.cend()) {
        ++unplaced_[*it].rows;
        return;
    }
    if (unplaced_.size() >= kMaxListed) return;
    unplacedAt_.insert(place, unplaced_.size());
    unplaced_.append({place, 1, line, candidates});
}

void PlaceResolver::finish(ImportReport& report) const
{
    report.unplaced = unplaced_;
    if (byDominant_ > 0)
        report.warnings << QStringLiteral("%1 imported rows name a place found in several "
                                          "countries and were placed in %2, the country of most "
                                          "of the file's places")
                               .arg(byDominant_)
                               .arg(usedDominant_);
    if (unknown_ > 0)
        report.warnings << QStringLiteral("%1 imported rows have no coordinates and name a place "
                                          "that is neither in the project nor in the gazetteer: "
                                          "they are on the timeline, not on the map")
                               .arg(unknown_);
    if (ambiguous_ > 0)
        report.warnings << QStringLiteral("%1 imported rows name a place with several candidates "
                                          "(listed under 'ambiguous'): they are not placed")
                               .arg(ambiguous_);
    if (byPopulation_ > 0)
        report.warnings << QStringLiteral("%1 imported rows were placed on the largest of several "
                                          "places of their name (listed under 'geocoded' with "
                                          "the places passed 'over')")
                               .arg(byPopulation_);
    if (placed_ > kMaxListed || ambiguous_ > kMaxListed)
        report.warnings << QStringLiteral("only the first %1 placements and ambiguous names are "
                                          "listed")
                               .arg(kMaxListed);
}

void PlaceResolver::fillProjectCoordinates(ImportReport& report, const EventStore& store)
{
    QHash<qint64, std::pair<double, double>> wanted;
    for (const auto& g : report.geocoded)
        if (std::isnan(g.lat)) wanted.insert(g.locationId, {g.lat, g.lon});
    if (wanted.isEmpty()) return;
    for (const Location& l : store.locations())
        if (auto it = wanted.find(l.id); it != wanted.end()) *it = {l.lat, l.lon};
    for (auto& g : report.geocoded)
        if (std::isnan(g.lat)) std::tie(g.lat, g.lon) = wanted.value(g.locationId);
}
