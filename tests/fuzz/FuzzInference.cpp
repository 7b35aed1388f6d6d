// The inference an import runs before writing (issue 13): a CSV's role guesses from its header
// and a sample, each column's date reading (order, two-digit year window, epochs), the charset
// detector and the first-bytes sniffing of non-text files. Any exception other than
// ImportError, a crash or a sanitizer report is a finding; nothing may hang.

#include "io/BinaryFormat.h"
#include "io/CsvHeader.h"
#include "io/CsvInference.h"
#include "io/CsvReader.h"
#include "io/CsvRowMapper.h"
#include "io/DateColumn.h"
#include "io/EncodingGuess.h"
#include "io/ImportError.h"

#include <QBuffer>
#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)describeBinaryFormat(bytes);
    (void)detectEncoding(bytes.left(64 * 1024));

    // Every line as a value of one date column: observed, settled, then each parsed.
    DateColumn column;
    const QList<QByteArray> lines = bytes.left(64 * 1024).split('\n');
    for (const QByteArray& line : lines)
        column.observe(QString::fromUtf8(line));
    column.settle();
    (void)column.describe();
    QString reason;
    for (const QByteArray& line : lines)
        (void)column.parse(QString::fromUtf8(line), &reason);

    // The bytes as a CSV: the guesses, then every sampled record mapped by them.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        CsvReader reader = CsvReader::detecting(buffer);
        std::vector<QByteArray> header;
        if (!reader.next(header)) return 0;
        CsvInference::Sample sample;
        std::vector<QByteArray> fields;
        while (sample.size() < 200 && reader.next(fields))
            sample.push_back(fields);
        const CsvGuess guess = CsvInference::guess(CsvHeader(header), sample, {});
        (void)CsvInference::question(guess, CsvHeader(header).originalNames());
        CsvRowMapper mapper(guess.columns, QStringLiteral("auto"), reader.delimiter() == ';');
        mapper.setDates(guess.start, guess.end);
        for (const auto& record : sample)
            (void)mapper.map(record, &reason);
    } catch (const ImportError&) {
        // "no date column", an unterminated quote: clear refusals.
    }
    return 0;
}
