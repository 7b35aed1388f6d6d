#include "io/CsvImporter.h"

#include "io/CsvHeader.h"
#include "io/CsvReader.h"
#include "io/CsvRowMapper.h"
#include "io/ImportError.h"
#include "io/PlaceResolver.h"

ImportReport CsvImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    using Role = CsvMapping::Role;
    ImportReport report;
    report.format = format();
    CsvReader reader = mapping_ && mapping_->delimiter ? CsvReader(source, mapping_->delimiter)
                                                       : CsvReader::detecting(source);
    std::vector<QByteArray> fields;
    if (!reader.next(fields)) throw ImportError(QStringLiteral("the file is empty"));
    CsvMapping::Columns col;
    QString dateFormat = QStringLiteral("auto");
    bool firstIsData = false;
    if (mapping_) {
        dateFormat = mapping_->dateFormat;
        firstIsData = !mapping_->hasHeader;
        QStringList names;
        if (!firstIsData)
            for (const auto& f : fields)
                names << QString::fromUtf8(f).trimmed();
        col = mapping_->resolve(names);
    } else {
        const CsvMapping detected = CsvMapping::fromHeader(CsvHeader(fields));
        for (const auto& c : detected.columns)
            col.at[std::size_t(c.role)] = c.role == Role::Ignore ? -1 : c.index;
        if (col[Role::StartDate] < 0)
            throw ImportError(QStringLiteral("no date column found in the header (looked for "
                                             "date, event_date, start, start_date, time, "
                                             "timestamp)"),
                              1);
        const bool latLon = col[Role::Latitude] >= 0 && col[Role::Longitude] >= 0;
        if ((col[Role::Latitude] < 0) != (col[Role::Longitude] < 0) ||
            (!latLon && col[Role::LatLon] < 0 && col[Role::Place] < 0))
            throw ImportError(QStringLiteral("no latitude and longitude columns (or place column) "
                                             "found in the header"),
                              1);
    }
    const CsvRowMapper mapper(col, dateFormat, reader.delimiter() == ';');
    PlaceResolver places(writer);

    qint64 rows = 0;
    while (firstIsData || reader.next(fields)) {
        firstIsData = false;
        if (fields.size() == 1 && fields[0].trimmed().isEmpty()) continue; // blank line
        if (progress && (++rows & 0x3ff) == 0 && !progress(reader.bytesRead()))
            throw ImportError(QStringLiteral("import cancelled"));
        const qint64 line = reader.recordLine();
        QString reason;
        auto row = mapper.map(fields, &reason);
        if (!row) {
            report.rejected.append({line, reason});
            continue;
        }
        if (!row->event.hasCoordinate())
            places.place(row->event, row->country, row->admin1, line, report);
        writer.addEvent(row->event);
        ++report.imported;
    }
    places.finish(report);
    return report;
}
