#include "io/CsvRowMapper.h"

#include "io/CsvHeader.h"
#include "io/FieldParsers.h"
#include "io/ImportError.h"

#include <QDate>
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

int monthNumber(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok) return n;
    const int named = DateColumn::monthFromName(text.trimmed());
    return named > 0 ? named : -1;
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

std::optional<FuzzyDate> CsvRowMapper::date(const QString& text, const DateColumn& column,
                                            QString* reason) const
{
    return pattern_ ? pattern_->parse(text, reason) : column.parse(text, reason);
}

// Year, month and day columns: the precision is what they give ("2014", "", "" is the year).
std::optional<FuzzyDate> CsvRowMapper::splitDate(const std::vector<QByteArray>& fields,
                                                 QString* reason) const
{
    const QString y = csvField(fields, col_[Role::Year]), m = csvField(fields, col_[Role::Month]),
                  d = csvField(fields, col_[Role::Day]);
    bool ok = false;
    const int year = y.toInt(&ok);
    if (y.isEmpty() || !ok || year < 1 || year > 9999) {
        *reason = y.isEmpty() ? QStringLiteral("no year")
                              : QStringLiteral("year '%1' is not a year").arg(y.left(20));
        return std::nullopt;
    }
    // 0 or empty is unknown (GTD writes 0).
    const int month = m.isEmpty() ? 0 : monthNumber(m);
    const int day = d.isEmpty() || month == 0 ? 0 : d.toInt(&ok);
    if (month < 0 || month > 12 || (day != 0 && !QDate(year, month, day).isValid())) {
        *reason = QStringLiteral("%1-%2-%3 is not a valid date").arg(y, m, d);
        return std::nullopt;
    }
    return FuzzyDate::fromParts(year, month, day);
}

bool CsvRowMapper::position(const std::vector<QByteArray>& fields, Event& e, QString* reason) const
{
    QString latText, lonText;
    if (const int c = col_[Role::WktPoint]; c >= 0) {
        static const QRegularExpression point(
            QStringLiteral(R"(^\s*POINT\s*Z?M?\s*\(\s*(\S+)\s+(\S+?)(\s+\S+)*\s*\)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        const QString text = csvField(fields, c);
        if (text.isEmpty()) return true;
        const auto m = text.size() <= 200 ? point.match(text) : QRegularExpressionMatch();
        if (!m.hasMatch()) {
            *reason = QStringLiteral("'%1' is not a WKT POINT").arg(text.left(40));
            return false;
        }
        lonText = m.captured(1);
        latText = m.captured(2);
    } else if (col_[Role::LatLon] >= 0 || col_[Role::LonLat] >= 0) {
        // "36.34,43.13", "36.34 43.13", "(36.34, 43.13)"; in ';' files also "36,34 43,13".
        const bool lonFirst = col_[Role::LonLat] >= 0;
        QString pair = csvField(fields, lonFirst ? col_[Role::LonLat] : col_[Role::LatLon]);
        static const QRegularExpression brackets(QStringLiteral("^[(\\[]|[)\\]]$"));
        static const QRegularExpression anySeparator(QStringLiteral("\\s*[,;]\\s*|\\s+"));
        static const QRegularExpression spaceOrSemicolon(QStringLiteral("\\s*;\\s*|\\s+"));
        pair = pair.remove(brackets).trimmed();
        if (pair.isEmpty()) return true;
        const bool commasAreDecimal =
            decimalComma_ && !pair.contains(QLatin1Char('.')) && pair.count(QLatin1Char(',')) != 1;
        const QStringList parts =
            pair.split(commasAreDecimal ? spaceOrSemicolon : anySeparator, Qt::SkipEmptyParts);
        if (parts.size() != 2) {
            *reason = QStringLiteral("'%1' is not a \"%2\" pair")
                          .arg(pair.left(40),
                               lonFirst ? QStringLiteral("lon,lat") : QStringLiteral("lat,lon"));
            return false;
        }
        latText = parts[lonFirst ? 1 : 0];
        lonText = parts[lonFirst ? 0 : 1];
    } else if (col_[Role::Latitude] >= 0) {
        latText = csvField(fields, col_[Role::Latitude]);
        lonText = csvField(fields, col_[Role::Longitude]);
    }
    if (latText.isEmpty() && lonText.isEmpty()) return true; // no position: kept without one
    const auto lat = FieldParsers::latitude(latText, reason, decimalComma_);
    const auto lon = lat ? FieldParsers::longitude(lonText, reason, decimalComma_) : std::nullopt;
    if (!lat || !lon) return false;
    e.lat = *lat;
    e.lon = *lon;
    return true;
}

std::optional<CsvRowMapper::Row> CsvRowMapper::map(const std::vector<QByteArray>& fields,
                                                   QString* reason) const
{
    Row row;
    Event& e = row.event;
    const auto start = col_[Role::StartDate] >= 0
                           ? date(csvField(fields, col_[Role::StartDate]), start_, reason)
                           : splitDate(fields, reason);
    if (!start) return std::nullopt;
    e.start = start->seconds;
    e.precision = start->precision;
    if (const int c = col_[Role::Precision]; c >= 0)
        if (auto p = datePrecisionFromString(csvField(fields, c)); p && *p < e.precision) {
            e.precision = *p; // an explicit coarser precision widens the date
            e.start = floorTo(e.start, *p);
        }
    if (const QString endText = csvField(fields, col_[Role::EndDate]); !endText.isEmpty()) {
        const auto end = date(endText, end_, reason);
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
    if (e.hasCoordinate() && e.lat == 0 && e.lon == 0) {
        // "Null Island": a missing position written as zeros, not a place off Africa.
        e.lat = e.lon = std::nan("");
        row.nullIsland = true;
    }
    e.locationName = csvField(fields, col_[Role::Place]);
    e.description = csvField(fields, col_[Role::Description]);
    e.category = csvField(fields, col_[Role::Category]);
    e.subCategory = csvField(fields, col_[Role::SubCategory]);
    e.title = csvField(fields, col_[Role::Title]);
    if (e.title.isEmpty()) {
        e.title = e.description.left(120);
        if (e.title.isEmpty()) e.title = derivedTitle(e);
        e.titleDerived = true;
    }
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
