#include "io/CsvFamily.h"

#include "io/CsvReader.h"
#include "io/CsvRecords.h"
#include "io/ImportError.h"
#include "io/PlaceCache.h"
#include "io/PlaceResolver.h"

#include <algorithm>

namespace {

using Position = FieldParsers::RowPosition;

// The first records, kept to learn from before any row is written, then imported first.
struct SampleRecords {
    CsvInference::Sample records;
    std::vector<qint64> lines;
};

void readSample(CsvRecords& records, SampleRecords& s)
{
    qint64 bytes = 0;
    std::vector<QByteArray> fields;
    while (qsizetype(s.records.size()) < CsvInference::kSampleRecords &&
           bytes < CsvInference::kSampleBytes && records.next(fields)) {
        for (const auto& f : fields)
            bytes += f.size() + 1;
        s.records.push_back(fields);
        s.lines.push_back(records.line());
    }
}

} // namespace

ImportReport runCsvFamily(const Importer& importer, CsvFamilyFormat& format, QIODevice& source,
                          EventStore::Writer& writer)
{
    ImportReport report;
    report.format = importer.format();
    CsvReader reader =
        format.delimiter()
            ? CsvReader(source, format.delimiter(), format.maxRecordBytes(),
                        format.quoted() ? CsvReader::Quoting::Rfc4180 : CsvReader::Quoting::None)
            : CsvReader::detecting(source);
    const bool header = format.firstRecordIsHeader();
    std::vector<QByteArray> first;
    if (header && !reader.next(first)) throw ImportError(QStringLiteral("the file is empty"));
    CsvRecords records(reader, importer.progress, report,
                       header && format.fixedColumns() ? qsizetype(first.size()) : 0);
    records.describeMissingPosition(format.missingPosition());
    if (header) records.setHeader(first);
    SampleRecords sample;
    readSample(records, sample); // without a header, the first record is data (blank lines not)
    if (!header && sample.records.empty()) throw ImportError(QStringLiteral("the file is empty"));
    const CsvHeader names(header ? first : std::vector<QByteArray>(sample.records[0].size()));
    format.begin(names, sample.records, reader.delimiter(), report);
    const CsvAttributeColumns attributes(names.originalNames(), format.roleColumns());

    PlaceCache locations(writer);
    PlaceResolver gazetteer(writer);
    // The sample's place names tell the file's dominant country before any row is placed.
    for (const auto& record : sample.records) {
        CsvFamilyRow row;
        QString ignored;
        if (format.map(record, row, &ignored) && !row.keepUnplaced &&
            row.position == Position::ByPlace)
            gazetteer.learn(row.lookup.isEmpty() ? row.place : row.lookup, row.country, row.admin1);
    }

    auto import = [&](const std::vector<QByteArray>& fields, qint64 line) {
        CsvFamilyRow row;
        QString reason;
        if (!format.map(fields, row, &reason)) {
            report.rejected.append({line, reason});
            return;
        }
        Event& e = row.event;
        if (row.position == Position::NullIsland) records.nullIsland();
        if (!e.hasCoordinate()) {
            if (!row.place.isEmpty()) e.locationName = row.place;
            if (row.place.isEmpty() && row.position != Position::NullIsland && !row.keepUnplaced)
                records.withoutPosition();
            else if (!row.place.isEmpty() && !row.keepUnplaced)
                gazetteer.place(e, row.country, row.admin1, line, report, row.lookup);
        } else if (!row.place.isEmpty() && row.locationFromPlace) {
            e.locationId = locations.idFor(row.place, row.admin1, row.country, e.lat, e.lon);
        }
        attributes.fill(fields, e.attributes);
        writer.addEvent(e);
        ++report.imported;
    };
    for (std::size_t i = 0; i < sample.records.size(); ++i)
        import(sample.records[i], sample.lines[i]);
    sample = {};
    std::vector<QByteArray> fields;
    while (records.next(fields))
        import(fields, records.line());
    gazetteer.finish(report);
    records.finish();
    // The sample's records were read (and some refused by CsvRecords) before they were mapped.
    std::stable_sort(report.rejected.begin(), report.rejected.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    // A file of rows that cannot be imported is one problem, not thousands.
    if (report.imported == 0 && report.rejected.size() > 10) {
        const auto& firstRejected = report.rejected.first();
        throw ImportError(QStringLiteral("none of the %1 rows could be imported; the first, on "
                                         "line %2: %3")
                              .arg(report.rejected.size())
                              .arg(firstRejected.line)
                              .arg(firstRejected.reason),
                          firstRejected.line);
    }
    return report;
}
