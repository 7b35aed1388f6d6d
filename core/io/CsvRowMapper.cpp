#include "io/CsvRowMapper.h"

#include "io/CsvHeader.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QRegularExpression>

namespace {

using Role = CsvMapping::Role;

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& a : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty()) out << a.trimmed();
    return out;
}

} // namespace

CsvRowMapper::CsvRowMapper(const CsvMapping::Columns& columns, const QString& dateFormat,
                           bool decimalComma)
    : col_(columns), decimalComma_(decimalComma)
{
    if (dateFormat.isEmpty() || dateFormat == QLatin1String("auto")) return;
    pattern_.emplace(dateFormat);
    if (!pattern_->isValid())
        throw ImportError(QStringLiteral("date format '%1' has no year (yyyy)").arg(dateFormat));
}

std::optional<FuzzyDate> CsvRowMapper::date(const QString& text, QString* reason) const
{
    return pattern_ ? pattern_->parse(text, reason) : FieldParsers::date(text, reason);
}

bool CsvRowMapper::position(const std::vector<QByteArray>& fields, Event& e, QString* reason) const
{
    const bool hasPlace = col_[Role::Place] >= 0;
    QString latText, lonText;
    if (col_[Role::LatLon] >= 0) {
        // "36.34,43.13", "36.34 43.13", "(36.34, 43.13)"; in ';' files also "36,34 43,13".
        QString pair = csvField(fields, col_[Role::LatLon]);
        static const QRegularExpression brackets(QStringLiteral("^[(\\[]|[)\\]]$"));
        static const QRegularExpression anySeparator(QStringLiteral("\\s*[,;]\\s*|\\s+"));
        static const QRegularExpression spaceOrSemicolon(QStringLiteral("\\s*;\\s*|\\s+"));
        pair = pair.remove(brackets).trimmed();
        const bool commasAreDecimal =
            decimalComma_ && !pair.contains(QLatin1Char('.')) && pair.count(QLatin1Char(',')) != 1;
        const QStringList parts =
            pair.split(commasAreDecimal ? spaceOrSemicolon : anySeparator, Qt::SkipEmptyParts);
        if (parts.size() == 2) {
            latText = parts[0];
            lonText = parts[1];
        } else if (!pair.isEmpty() || !hasPlace) {
            *reason = pair.isEmpty()
                          ? QStringLiteral("no latitude and longitude, and no place")
                          : QStringLiteral("'%1' is not a \"lat,lon\" pair").arg(pair.left(40));
            return false;
        }
    } else if (col_[Role::Latitude] >= 0) {
        latText = csvField(fields, col_[Role::Latitude]);
        lonText = csvField(fields, col_[Role::Longitude]);
    }
    const bool haveColumns = col_[Role::LatLon] >= 0 || col_[Role::Latitude] >= 0;
    if (haveColumns && (!latText.isEmpty() || !lonText.isEmpty() || !hasPlace)) {
        const auto lat = FieldParsers::latitude(latText, reason, decimalComma_);
        const auto lon =
            lat ? FieldParsers::longitude(lonText, reason, decimalComma_) : std::nullopt;
        if (!lat || !lon) return false;
        e.lat = *lat;
        e.lon = *lon;
    }
    return true;
}

std::optional<CsvRowMapper::Row> CsvRowMapper::map(const std::vector<QByteArray>& fields,
                                                   QString* reason) const
{
    Row row;
    Event& e = row.event;
    const auto start = date(csvField(fields, col_[Role::StartDate]), reason);
    if (!start) return std::nullopt;
    e.start = start->seconds;
    e.precision = start->precision;
    if (const int c = col_[Role::Precision]; c >= 0)
        if (auto p = datePrecisionFromString(csvField(fields, c)); p && *p < e.precision) {
            e.precision = *p; // an explicit coarser precision widens the date
            e.start = floorTo(e.start, *p);
        }
    if (const QString endText = csvField(fields, col_[Role::EndDate]); !endText.isEmpty()) {
        const auto end = date(endText, reason);
        if (!end) {
            *reason = QStringLiteral("end: ") + *reason;
            return std::nullopt;
        }
        if (end->seconds < e.start) {
            *reason = QStringLiteral("end date %1 is before the start").arg(endText);
            return std::nullopt;
        }
        e.end = floorTo(end->seconds, e.precision);
    }
    if (!position(fields, e, reason)) return std::nullopt;
    e.locationName = csvField(fields, col_[Role::Place]);
    if (!e.hasCoordinate() && e.locationName.isEmpty()) {
        *reason = QStringLiteral("no latitude and longitude, and no place");
        return std::nullopt;
    }
    e.description = csvField(fields, col_[Role::Description]);
    e.title = csvField(fields, col_[Role::Title]);
    if (e.title.isEmpty()) e.title = e.description.left(120);
    if (e.title.isEmpty()) e.title = e.locationName;
    if (e.title.isEmpty()) {
        *reason = QStringLiteral("no title, description or place");
        return std::nullopt;
    }
    e.category = csvField(fields, col_[Role::Category]);
    e.subCategory = csvField(fields, col_[Role::SubCategory]);
    e.actors = splitList(csvField(fields, col_[Role::Actors]));
    reason->clear();
    e.fatalities = FieldParsers::count(csvField(fields, col_[Role::Fatalities]), reason);
    if (!reason->isEmpty()) {
        *reason = QStringLiteral("fatalities: ") + *reason;
        return std::nullopt;
    }
    const QString sourceName = csvField(fields, col_[Role::SourceName]);
    const QString url = csvField(fields, col_[Role::SourceUrl]);
    if (!sourceName.isEmpty() || !url.isEmpty()) e.sources.append(Source{sourceName, url, {}});
    e.externalId = csvField(fields, col_[Role::ExternalId]);
    row.country = csvField(fields, col_[Role::Country]);
    row.admin1 = csvField(fields, col_[Role::Admin1]);
    return row;
}
