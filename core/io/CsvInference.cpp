#include "io/CsvInference.h"

#include "io/ImportError.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

using Role = CsvMapping::Role;
using Sample = CsvInference::Sample;

QString quoted(const QStringList& names, int column)
{
    const QString n = names.value(column);
    return n.isEmpty() ? QStringLiteral("column %1").arg(column + 1)
                       : QLatin1Char('\'') + n + QLatin1Char('\'');
}

// The non-empty values of a column in the sample.
template <typename F>
bool allValues(const Sample& sample, int column, F&& test, int* seen = nullptr)
{
    int n = 0;
    for (const auto& record : sample) {
        const QString v = csvField(record, column);
        if (v.isEmpty()) continue;
        ++n;
        if (!test(v)) return false;
    }
    if (seen) *seen = n;
    return n > 0;
}

bool isWktPoint(const QString& v)
{
    if (v.size() > 200) return false; // a point is short; no regular expression on a long field
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*POINT\s*Z?M?\s*\(\s*[-+0-9.eE]+\s+[-+0-9.eE]+(\s+[-+0-9.eE]+)*\s*\)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(v).hasMatch();
}

// The two numbers of "a,b", "a b", "(a, b)", "[a, b]"; nullopt when it is not such a pair.
std::optional<std::pair<double, double>> pairOf(const QString& v)
{
    if (v.size() > 100) return std::nullopt;
    static const QRegularExpression re(QStringLiteral(
        R"(^[\(\[]?\s*([-+]?[0-9.]+(?:[eE][-+]?\d+)?)\s*[,; ]\s*([-+]?[0-9.]+(?:[eE][-+]?\d+)?)\s*[\)\]]?$)"));
    const auto m = re.match(v.trimmed());
    if (!m.hasMatch()) return std::nullopt;
    bool okA = false, okB = false;
    const double a = m.captured(1).toDouble(&okA), b = m.captured(2).toDouble(&okB);
    if (!okA || !okB) return std::nullopt;
    return std::pair{a, b};
}

// Words of a header name: "pickup_latitude" → pickup, latitude.
QStringList words(const QString& name)
{
    static const QRegularExpression sep(QStringLiteral("[^a-z0-9]+"));
    return name.toLower().split(sep, Qt::SkipEmptyParts);
}

// Latitude/longitude pairs by name: "latitude"/"longitude", "pickup_lat"/"pickup_lon",
// "lat_2"/"lng_2", "Y"/"X" only when alone.
QList<QPair<int, int>> positionPairs(const QStringList& names)
{
    QList<QPair<int, int>> pairs;
    for (int i = 0; i < names.size(); ++i) {
        const QStringList w = words(names[i]);
        const qsizetype at =
            std::max(w.indexOf(QStringLiteral("latitude")), w.indexOf(QStringLiteral("lat")));
        if (at < 0) continue;
        for (const char* partner : {"longitude", "lon", "lng", "long"}) {
            QStringList want = w;
            want[at] = QLatin1String(partner);
            int found = -1;
            for (int j = 0; j < names.size() && found < 0; ++j)
                if (j != i && words(names[j]) == want) found = j;
            if (found >= 0) {
                pairs.append({i, found});
                break;
            }
        }
    }
    return pairs;
}

} // namespace

namespace CsvInference {

bool isNumeric(const QString& text)
{
    bool ok = false;
    text.trimmed().toDouble(&ok);
    return ok;
}

bool isBoolean(const QString& text)
{
    static const QStringList kValues{"0", "1", "true", "false", "yes", "no", "y", "n", "t", "f"};
    return kValues.contains(text.trimmed().toLower());
}

bool holdsDates(const QString& name, const QStringList& values)
{
    const QStringList w = words(name);
    const bool named = w.contains(QStringLiteral("date")) || w.contains(QStringLiteral("time")) ||
                       w.contains(QStringLiteral("when")) || w.contains(QStringLiteral("epoch"));
    DateColumn d;
    for (const QString& v : values)
        d.observe(v);
    d.settle();
    int seen = 0;
    QString ignored;
    for (const QString& raw : values) {
        const QString v = raw.trimmed();
        if (v.isEmpty()) continue;
        ++seen;
        if (!named && isNumeric(v)) return false;
        if (!d.parse(v, &ignored) && !ignored.contains(QLatin1String("ambiguous"))) return false;
    }
    return seen > 0;
}

void learnDates(CsvGuess& g, const Sample& sample, const Choices& choices)
{
    for (auto [role, column] : {std::pair{Role::StartDate, &g.start}, {Role::EndDate, &g.end}}) {
        const int c = g.columns[role];
        if (c < 0) continue;
        for (const auto& record : sample)
            column->observe(csvField(record, c));
        column->settle();
        if (choices.dateOrder) column->setOrder(*choices.dateOrder);
    }
}

CsvGuess guess(const CsvHeader& header, const Sample& sample, const Choices& choices)
{
    CsvGuess g;
    const QStringList& names = header.originalNames();
    const CsvMapping byName = CsvMapping::fromHeader(header);
    for (const auto& c : byName.columns)
        if (c.role != Role::Ignore) g.columns.at[std::size_t(c.role)] = c.index;
    auto drop = [&](Role r) { g.columns.at[std::size_t(r)] = -1; };
    auto set = [&](Role r, int c) { g.columns.at[std::size_t(r)] = c; };
    auto taken = [&](int c) {
        return std::find(g.columns.at.begin(), g.columns.at.end(), c) != g.columns.at.end();
    };

    // A title is words: a column of numbers or yes/no (an id, a flag) never is one.
    if (const int t = g.columns[Role::Title]; t >= 0 && allValues(sample, t, [](const QString& v) {
                                                  return isNumeric(v) || isBoolean(v);
                                              })) {
        g.notes << QStringLiteral("%1 holds numbers or yes/no, so it is not the title (kept as "
                                  "an attribute)")
                       .arg(quoted(names, t));
        drop(Role::Title);
    }

    // The date: a named column, else year/month/day columns, else a column of dates.
    if (g.columns[Role::StartDate] >= 0) {
        drop(Role::Year);
        drop(Role::Month);
        drop(Role::Day);
    } else if (g.columns[Role::Year] >= 0) {
        g.notes << QStringLiteral("the date is split across %1")
                       .arg(QStringList{
                           quoted(names, g.columns[Role::Year]),
                           g.columns[Role::Month] >= 0 ? quoted(names, g.columns[Role::Month])
                                                       : QString(),
                           g.columns[Role::Day] >= 0 ? quoted(names, g.columns[Role::Day])
                                                     : QString()}
                                .filter(QRegularExpression(QStringLiteral(".")))
                                .join(QStringLiteral(", ")));
    } else {
        for (int c = 0; c < names.size() && g.columns[Role::StartDate] < 0; ++c) {
            if (taken(c)) continue;
            QStringList values;
            for (const auto& record : sample)
                values << csvField(record, c);
            if (holdsDates(names[c], values)) {
                set(Role::StartDate, c);
                g.notes << QStringLiteral("%1 holds the dates (found by its values)")
                               .arg(quoted(names, c));
            }
        }
        if (g.columns[Role::StartDate] < 0)
            throw ImportError(QStringLiteral("no date column found: no header names one (date, "
                                             "event_date, start, time, timestamp, year …) and "
                                             "no column holds dates"),
                              1);
    }

    // The position.
    if (!choices.positionColumns.isEmpty()) {
        const int lat =
            header.names().indexOf(choices.positionColumns.value(0).trimmed().toLower());
        const int lon =
            header.names().indexOf(choices.positionColumns.value(1).trimmed().toLower());
        if (choices.positionColumns.size() != 2 || lat < 0 || lon < 0)
            throw ImportError(
                QStringLiteral("--position-columns '%1' does not name a latitude and a "
                               "longitude column of the header")
                    .arg(choices.positionColumns.join(QLatin1Char(','))),
                1);
        for (Role r : {Role::LatLon, Role::LonLat, Role::WktPoint})
            drop(r);
        set(Role::Latitude, lat);
        set(Role::Longitude, lon);
        g.notes << QStringLiteral("position from %1 and %2 (chosen)")
                       .arg(quoted(names, lat), quoted(names, lon));
    } else {
        const auto pairs = positionPairs(names);
        if (g.columns[Role::Latitude] < 0 && !pairs.isEmpty()) {
            set(Role::Latitude, pairs[0].first);
            set(Role::Longitude, pairs[0].second);
        }
        if (pairs.size() > 1) g.positionPairs = pairs;
    }
    if (const int w = g.columns[Role::WktPoint]; w >= 0 && !allValues(sample, w, isWktPoint))
        drop(Role::WktPoint); // "geometry" that is not WKT points
    if (g.columns[Role::Latitude] < 0 && g.columns[Role::WktPoint] < 0) {
        for (int c = 0; c < names.size(); ++c)
            if (!taken(c) && allValues(sample, c, isWktPoint)) {
                set(Role::WktPoint, c);
                drop(Role::LatLon);
                drop(Role::LonLat);
                g.notes
                    << QStringLiteral("%1 holds WKT points: the position").arg(quoted(names, c));
                break;
            }
    }
    // A pair column: its order from values beyond ±90.
    for (Role r : {Role::LatLon, Role::LonLat}) {
        const int c = g.columns[r];
        if (c < 0) continue;
        bool firstBeyond = false, secondBeyond = false;
        const bool pairs = allValues(sample, c, [&](const QString& v) {
            const auto p = pairOf(v);
            if (p && std::abs(p->first) > 90) firstBeyond = true;
            if (p && std::abs(p->second) > 90) secondBeyond = true;
            return p.has_value();
        });
        if (!pairs) continue;
        const Role order = firstBeyond && !secondBeyond   ? Role::LonLat
                           : secondBeyond && !firstBeyond ? Role::LatLon
                                                          : r;
        drop(r);
        set(order, c);
        g.notes << QStringLiteral("%1 holds %2 pairs%3")
                       .arg(quoted(names, c),
                            order == Role::LonLat ? QStringLiteral("lon,lat")
                                                  : QStringLiteral("lat,lon"),
                            firstBeyond || secondBeyond ? QStringLiteral(" (by values beyond ±90)")
                                                        : QStringLiteral(" (by its name)"));
    }
    const bool positioned = g.columns[Role::Latitude] >= 0 || g.columns[Role::LatLon] >= 0 ||
                            g.columns[Role::LonLat] >= 0 || g.columns[Role::WktPoint] >= 0;
    if (!positioned && g.columns[Role::Place] < 0)
        g.notes << QStringLiteral("no position or place column: the events are imported without a "
                                  "position (on the timeline and in the list, not the map)");
    learnDates(g, sample, choices);
    if (const QString d = g.start.describe(); !d.isEmpty())
        g.notes
            << QStringLiteral("dates in %1: %2").arg(quoted(names, g.columns[Role::StartDate]), d);
    return g;
}

QString question(const CsvGuess& g, const QStringList& names)
{
    if (g.start.ambiguous() || g.end.ambiguous()) {
        const int c = g.start.ambiguous() ? g.columns[Role::StartDate] : g.columns[Role::EndDate];
        return QStringLiteral("the dates in %1 read day-first or month-first alike (no row has a "
                              "day over 12): choose with --date-order dmy or --date-order mdy")
            .arg(quoted(names, c));
    }
    if (g.positionPairs.size() > 1) {
        QStringList pairs;
        for (const auto& [lat, lon] : g.positionPairs)
            pairs << quoted(names, lat) + QLatin1Char('/') + quoted(names, lon);
        return QStringLiteral("the file has %1 latitude/longitude pairs (%2): choose one with "
                              "--position-columns LAT,LON, e.g. --position-columns %3,%4")
            .arg(g.positionPairs.size())
            .arg(pairs.join(QStringLiteral(", ")), names.value(g.positionPairs[0].first),
                 names.value(g.positionPairs[0].second));
    }
    return {};
}

} // namespace CsvInference

QJsonObject CsvGuess::toJson(const QStringList& names) const
{
    QJsonArray cols;
    for (int c = 0; c < names.size(); ++c) {
        QString role = QStringLiteral("attribute");
        for (int r = 1; r < CsvMapping::kRoleCount; ++r)
            if (columns.at[std::size_t(r)] == c) role = CsvMapping::roleName(CsvMapping::Role(r));
        cols.append(
            QJsonObject{{QStringLiteral("name"), names[c]}, {QStringLiteral("role"), role}});
    }
    QJsonObject o{{QStringLiteral("columns"), cols},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
    if (columns[CsvMapping::Role::StartDate] >= 0) {
        o.insert(QStringLiteral("date_order"), DateColumn::orderName(start.order()));
        if (const QString d = start.describe(); !d.isEmpty()) o.insert(QStringLiteral("dates"), d);
    }
    return o;
}
