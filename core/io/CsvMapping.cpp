#include "io/CsvMapping.h"

#include "io/CsvHeader.h"
#include "io/DateColumn.h"
#include "io/DatePattern.h"
#include "io/ImportError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

using Role = CsvMapping::Role;

struct RoleInfo {
    Role role;
    const char* name;
    const char* label;
    std::initializer_list<const char*> aliases; // header names recognised, in order
};

// The aliases are those CsvImporter always recognised (docs/importing.md), plus the new roles.
const RoleInfo kRoles[] = {
    {Role::Ignore, "ignore", "(attribute)", {}},
    {Role::StartDate,
     "start_date",
     "Start date",
     {"date", "event_date", "start", "start_date", "date_start", "time", "timestamp", "datetime",
      "when"}},
    {Role::EndDate, "end_date", "End date", {"end", "end_date", "date_end"}},
    {Role::Latitude, "latitude", "Latitude", {"latitude", "lat", "y"}},
    {Role::Longitude, "longitude", "Longitude", {"longitude", "lon", "lng", "long", "x"}},
    {Role::LatLon,
     "lat_lon",
     "\"lat,lon\" pair",
     {"lat_lon", "latlon", "lat,lon", "latlng", "coordinates", "coords"}},
    {Role::Place, "place", "Place name", {"place", "location", "city", "town", "place_name"}},
    {Role::Country, "country", "Country", {"country", "country_name", "country_code"}},
    {Role::Admin1,
     "admin1",
     "Admin1 (province)",
     {"admin1", "province", "governorate", "state", "region"}},
    {Role::Title, "title", "Title", {"title", "name", "headline", "event", "summary"}},
    {Role::Description,
     "description",
     "Description",
     {"description", "notes", "note", "details", "text"}},
    {Role::Category, "category", "Category", {"category", "type", "event_type", "kind"}},
    {Role::SubCategory,
     "sub_category",
     "Sub-category",
     {"sub_category", "subcategory", "sub_event_type", "subtype"}},
    {Role::Actors, "actors", "Actors (;-separated)", {"actors", "actor", "actor1"}},
    {Role::Fatalities,
     "fatalities",
     "Fatalities",
     {"fatalities", "deaths", "killed", "casualties"}},
    {Role::SourceName, "source_name", "Source name", {"source", "sources", "source_name"}},
    {Role::SourceUrl, "source_url", "Source URL", {"url", "link", "source_url"}},
    {Role::ExternalId, "external_id", "External id", {"external_id"}},
    {Role::Precision, "precision", "Date precision", {"precision", "date_precision"}},
    {Role::LonLat,
     "lon_lat",
     "\"lon,lat\" pair",
     {"lon_lat", "lonlat", "lon,lat", "lnglat", "lng_lat"}},
    {Role::WktPoint, "wkt_point", "WKT POINT", {"wkt", "wkt_geom", "the_geom", "geom", "geometry"}},
    {Role::Year, "year", "Year", {"year", "iyear", "yr"}},
    {Role::Month, "month", "Month", {"month", "imonth", "mo"}},
    {Role::Day, "day", "Day", {"day", "iday"}},
};

const RoleInfo& info(Role r)
{
    return kRoles[int(r)];
}

QString delimiterName(char d)
{
    switch (d) {
    case 0:
        return QStringLiteral("auto");
    case '\t':
        return QStringLiteral("tab");
    default:
        return QString(QLatin1Char(d));
    }
}

} // namespace

QString CsvMapping::roleName(Role r)
{
    return QLatin1String(info(r).name);
}

QString CsvMapping::roleLabel(Role r)
{
    return QString::fromUtf8(info(r).label);
}

std::optional<CsvMapping::Role> CsvMapping::roleFromName(const QString& name)
{
    for (const RoleInfo& i : kRoles)
        if (name.compare(QLatin1String(i.name), Qt::CaseInsensitive) == 0) return i.role;
    return std::nullopt;
}

CsvMapping::Role CsvMapping::guessRole(const QString& headerName)
{
    const QString n = headerName.trimmed().toLower();
    for (const RoleInfo& i : kRoles)
        for (const char* alias : i.aliases)
            if (n == QLatin1String(alias)) return i.role;
    return Role::Ignore;
}

CsvMapping CsvMapping::fromHeader(const CsvHeader& header)
{
    // Aliases are tried in order per role across the whole header (the first alias present
    // wins), so "date" beats "time" wherever the columns stand.
    CsvMapping m;
    QList<Role> roles(header.size(), Role::Ignore);
    for (const RoleInfo& i : kRoles) {
        if (i.role == Role::Ignore) continue;
        const int at = header.find(i.aliases);
        if (at >= 0 && roles[at] == Role::Ignore) roles[at] = i.role;
    }
    for (int c = 0; c < header.size(); ++c)
        m.columns.append({header.names()[c], c, roles[c]});
    return m;
}

QJsonObject CsvMapping::toJson() const
{
    QJsonArray cols;
    for (const Column& c : columns) {
        QJsonObject o{{QStringLiteral("role"), roleName(c.role)}};
        if (!c.name.isEmpty())
            o.insert(QStringLiteral("name"), c.name);
        else
            o.insert(QStringLiteral("number"), c.index + 1);
        cols.append(o);
    }
    QJsonObject out{{QStringLiteral("delimiter"), delimiterName(delimiter)},
                    {QStringLiteral("header"), hasHeader},
                    {QStringLiteral("encoding"), encoding},
                    {QStringLiteral("date_format"), dateFormat},
                    {QStringLiteral("date_order"), dateOrder},
                    {QStringLiteral("columns"), cols}};
    if (!layer.isEmpty()) out.insert(QStringLiteral("layer"), layer);
    return out;
}

CsvMapping CsvMapping::fromJson(const QJsonObject& json)
{
    auto fail = [](const QString& why) { throw ImportError(QStringLiteral("mapping: ") + why); };
    CsvMapping m;
    const QString d = json.value(QStringLiteral("delimiter")).toString(QStringLiteral("auto"));
    if (d == QLatin1String("auto"))
        m.delimiter = 0;
    else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
        m.delimiter = '\t';
    else if (d.size() == 1 && QStringLiteral(",;|").contains(d))
        m.delimiter = d[0].toLatin1();
    else
        fail(QStringLiteral("delimiter '%1' is not one of auto, ',', ';', '|', tab").arg(d));
    const QJsonValue header = json.value(QStringLiteral("header"));
    if (!header.isUndefined() && !header.isBool()) fail(QStringLiteral("header is not true/false"));
    m.hasHeader = header.toBool(true);
    m.encoding = json.value(QStringLiteral("encoding")).toString(QStringLiteral("auto"));
    m.dateFormat = json.value(QStringLiteral("date_format")).toString(QStringLiteral("auto"));
    m.layer = json.value(QStringLiteral("layer")).toString();
    if (m.dateFormat != QLatin1String("auto") && !DatePattern(m.dateFormat).isValid())
        fail(QStringLiteral("date_format '%1' has no year (yyyy)").arg(m.dateFormat));
    m.dateOrder = json.value(QStringLiteral("date_order")).toString(QStringLiteral("auto"));
    if (m.dateOrder != QLatin1String("auto") && !DateColumn::orderFromName(m.dateOrder))
        fail(QStringLiteral("date_order '%1' is not auto, dmy, mdy or ymd").arg(m.dateOrder));
    const QJsonValue cols = json.value(QStringLiteral("columns"));
    if (!cols.isArray()) fail(QStringLiteral("'columns' is not a list"));
    int n = 0;
    for (const QJsonValue& v : cols.toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        Column c;
        const QString roleText = o.value(QStringLiteral("role")).toString();
        const auto role = roleFromName(roleText);
        if (!role) fail(QStringLiteral("column %1: unknown role '%2'").arg(n).arg(roleText));
        c.role = *role;
        c.name = o.value(QStringLiteral("name")).toString().trimmed();
        const int number = o.value(QStringLiteral("number")).toInt(0);
        if (c.name.isEmpty() && number < 1)
            fail(QStringLiteral("column %1 has neither a name nor a number (1, 2, ...)").arg(n));
        if (c.name.isEmpty()) c.index = number - 1;
        m.columns.append(c);
    }
    return m;
}

CsvMapping CsvMapping::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ImportError(QStringLiteral("cannot be read (%1)").arg(f.errorString()), {path});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw ImportError(QStringLiteral("not a JSON mapping object (%1)").arg(error.errorString()),
                          {path});
    try {
        return fromJson(doc.object());
    } catch (ImportError& e) {
        e.inFile(path);
        throw;
    }
}

void CsvMapping::toFile(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        throw ImportError(QStringLiteral("cannot be written (%1)").arg(f.errorString()), {path});
}

CsvMapping::Columns CsvMapping::resolve(const QStringList& headerNames) const
{
    Columns out;
    for (const Column& c : columns) {
        int at = c.index;
        if (!c.name.isEmpty()) {
            at = -1;
            for (int i = 0; i < headerNames.size() && at < 0; ++i)
                if (headerNames[i].trimmed().compare(c.name, Qt::CaseInsensitive) == 0) at = i;
            if (at < 0 && c.role != Role::Ignore)
                throw ImportError(
                    QStringLiteral("the mapping's column '%1' is not in the header").arg(c.name),
                    1);
        }
        if (c.role == Role::Ignore || at < 0) continue;
        int& slot = out.at[std::size_t(c.role)];
        if (slot >= 0 && slot != at)
            throw ImportError(
                QStringLiteral("the mapping gives two columns the role %1").arg(roleName(c.role)));
        slot = at;
    }
    if (out[Role::StartDate] < 0 && out[Role::Year] < 0)
        throw ImportError(QStringLiteral("the mapping gives no column the role start_date (or "
                                         "year)"));
    if ((out[Role::Latitude] < 0) != (out[Role::Longitude] < 0))
        throw ImportError(QStringLiteral("the mapping has a latitude without a longitude, or a "
                                         "longitude without a latitude"));
    return out;
}
