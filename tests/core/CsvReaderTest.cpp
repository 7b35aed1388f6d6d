#include "io/CsvReader.h"

#include "TestCatch.h"
#include "io/ImportError.h"

#include <QBuffer>
#include <algorithm>
#include <cstring>

namespace {
using Rows = std::vector<std::vector<QByteArray>>;

Rows readAll(const QByteArray& bytes, char delimiter = ',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, delimiter);
    Rows rows;
    std::vector<QByteArray> fields;
    while (reader.next(fields))
        rows.push_back(fields);
    return rows;
}

std::vector<qint64> recordLines(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    std::vector<qint64> lines;
    std::vector<QByteArray> fields;
    while (reader.next(fields))
        lines.push_back(reader.recordLine());
    return lines;
}

// The ImportError that reading all of `bytes` throws.
ImportError errorOf(const QByteArray& bytes)
{
    try {
        readAll(bytes);
    } catch (const ImportError& e) {
        return e;
    }
    FAIL("no ImportError");
    return ImportError(QString());
}

// A device that returns at most `step` bytes per read, so that every boundary case of the
// buffer refill is crossed.
class TrickleDevice : public QIODevice {
  public:
    TrickleDevice(QByteArray data, qint64 step) : data_(std::move(data)), step_(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

  protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min({max, step_, qint64(data_.size()) - at_});
        if (n <= 0) return -1;
        std::memcpy(out, data_.constData() + at_, std::size_t(n));
        at_ += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

  private:
    QByteArray data_;
    qint64 step_;
    qint64 at_ = 0;
};
} // namespace

TEST_CASE("CsvReader: quoted delimiters, doubled quotes, embedded newlines", "[import]")
{
    const Rows rows =
        readAll("a,\"b,1\",\"say \"\"hi\"\"\"\n\"multi\nline\",x,\n\"\",\"\"\"\",z\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<QByteArray>{"a", "b,1", "say \"hi\""});
    CHECK(rows[1] == std::vector<QByteArray>{"multi\nline", "x", ""});
    CHECK(rows[2] == std::vector<QByteArray>{"", "\"", "z"});
}

TEST_CASE("CsvReader: CRLF, LF and CR line endings, with and without a final break", "[import]")
{
    const Rows expected{{"1", "2"}, {"3", "4"}, {"5", "6"}};
    CHECK(readAll("1,2\r\n3,4\r\n5,6\r\n") == expected);
    CHECK(readAll("1,2\n3,4\n5,6") == expected);
    CHECK(readAll("1,2\r3,4\r5,6\r") == expected);
    CHECK(readAll("1,2\r\n3,4\n5,6\r") == expected);
    CHECK(readAll("") == Rows{});
    CHECK(readAll("\xEF\xBB\xBF") == Rows{});
    // A blank line is a record of one empty field (importers skip it).
    CHECK(readAll("1,2\n\n3,4\n") == Rows{{"1", "2"}, {""}, {"3", "4"}});
}

TEST_CASE("CsvReader: a UTF-8 byte order mark is skipped, other bytes are kept", "[import]")
{
    const Rows rows = readAll("\xEF\xBB\xBFtitle;lat\nالموصل;36,34\n", ';');
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][0] == "title");
    CHECK(QString::fromUtf8(rows[1][0]) == QStringLiteral("الموصل"));
    CHECK(rows[1][1] == "36,34");
}

TEST_CASE("CsvReader: record lines count the newlines inside quoted fields", "[import]")
{
    CHECK(recordLines("h\n\"a\nb\nc\"\nd\n") == std::vector<qint64>{1, 2, 5});
    CHECK(recordLines("h\r\n\"a\r\nb\"\r\nd\r\n") == std::vector<qint64>{1, 2, 4});
    CHECK(recordLines("h\r\"a\rb\"\rd\r") == std::vector<qint64>{1, 2, 4});
}

TEST_CASE("CsvReader: reads the same across any split of the input", "[import]")
{
    const QByteArray text = "\xEF\xBB\xBFh1,h2\r\n\"q\r\n\"\"x\"\"\",2\r\n3,\"\"\r\n\"a,b\"\r4,5";
    const Rows expected{{"h1", "h2"}, {"q\r\n\"x\"", "2"}, {"3", ""}, {"a,b"}, {"4", "5"}};
    const std::vector<qint64> expectedLines{1, 2, 4, 5, 6};
    for (qint64 step : {1, 2, 3, 5, 7}) {
        TrickleDevice device(text, step);
        CsvReader reader(device);
        Rows rows;
        std::vector<qint64> lines;
        std::vector<QByteArray> fields;
        while (reader.next(fields)) {
            rows.push_back(fields);
            lines.push_back(reader.recordLine());
        }
        INFO("step " << step);
        CHECK(rows == expected);
        CHECK(lines == expectedLines);
    }
}

TEST_CASE("CsvReader: delimiter detection from the header, outside quotes", "[import]")
{
    CHECK(CsvReader::detectDelimiter("a,b,c") == ',');
    CHECK(CsvReader::detectDelimiter("a;b;\"c,d\"") == ';');
    CHECK(CsvReader::detectDelimiter("\"x;y;z\",b") == ',');
    CHECK(CsvReader::detectDelimiter("a\tb\tc") == '\t');
    CHECK(CsvReader::detectDelimiter("title") == ',');

    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBF\"a,b\";c;d\r\n1;2;3\r\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader = CsvReader::detecting(buffer);
    CHECK(reader.delimiter() == ';');
    std::vector<QByteArray> fields;
    REQUIRE(reader.next(fields)); // detection peeked, it did not consume the header
    CHECK(fields == std::vector<QByteArray>{"a,b", "c", "d"});
}

TEST_CASE("CsvReader: an unterminated quote is an error at the line where it opened", "[import]")
{
    const ImportError e = errorOf("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
    CHECK(e.line() == 3);
    CHECK(e.reason() == QStringLiteral("unterminated quoted field starting on line 3"));
    CHECK(e.message() == QStringLiteral("line 3: ") + e.reason()); // the line is a field too

    // The rows before it are delivered first.
    QBuffer buffer;
    buffer.setData("a,b\n\"x\ny\",1\n\"open");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    std::vector<QByteArray> fields;
    REQUIRE(reader.next(fields));
    REQUIRE(reader.next(fields));
    CHECK(fields[0] == "x\ny");
    CHECK_THROWS_AS(reader.next(fields), ImportError);
}

TEST_CASE("CsvReader: a 2 MB line is read whole; a record over the limit is refused", "[import]")
{
    const QByteArray big(2 * 1024 * 1024, 'y');
    const Rows rows = readAll("x," + big + "\n\"" + big + "\",2\n1,2\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][1] == big);
    CHECK(rows[1][0] == big);
    CHECK(rows[2] == std::vector<QByteArray>{"1", "2"});

    const QByteArray huge(CsvReader::kMaxRecordBytes + 10, 'z');
    ImportError e = errorOf("h\nok\n" + huge + "\n");
    CHECK(e.line() == 3);
    CHECK(e.message().contains(QStringLiteral("larger than 16 MB")));

    // A quote left open in a big file stops at the limit instead of reading everything.
    e = errorOf("h\nok\n\"" + huge + "\n");
    CHECK(e.line() == 3);
    CHECK(e.message().contains(QStringLiteral("closing quote missing")));
}

namespace {
ImportError capped(const QByteArray& bytes, qint64 cap)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, ',', cap);
    std::vector<QByteArray> fields;
    try {
        while (reader.next(fields)) {
        }
    } catch (const ImportError& e) {
        return e;
    }
    FAIL("no error for a record over " << cap << " bytes");
    return ImportError(QString(), 0);
}
} // namespace

TEST_CASE("CsvReader: the record cap counts delimiters, quotes and line breaks", "[import]")
{
    // 1 GB of commas once grew to 12 GB of empty fields: every byte counts now.
    ImportError e = capped("a,b\n" + QByteArray(5000, ',') + "\n", 4096);
    CHECK(e.line() == 2);
    CHECK(e.message().contains(QStringLiteral("larger than 4096 bytes")));
    // Doubled quotes (two bytes each, one kept) and quoted line breaks.
    e = capped("a\n\"" + QByteArray(5000, '"') + "\"\n", 4096);
    CHECK(e.line() == 2);
    e = capped("a\n\"" + QByteArray(5000, '\n') + "\"\n", 4096);
    CHECK(e.message().contains(QStringLiteral("closing quote missing")));
    // Within the cap the same shapes read whole.
    QBuffer buffer;
    buffer.setData("\"" + QByteArray(2000, '"') + "\"," + QByteArray(100, ',') + "\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, ',', 4096);
    std::vector<QByteArray> fields;
    REQUIRE(reader.next(fields));
    CHECK(fields.size() == 102);
    CHECK(fields[0] == QByteArray(1000, '"'));
}

TEST_CASE("CsvReader: a record has at most kMaxFields fields", "[import]")
{
    const QByteArray commas(CsvReader::kMaxFields + 5, ',');
    const ImportError e = errorOf("h\n" + commas + "\n");
    CHECK(e.line() == 2);
    CHECK(e.message().contains(QStringLiteral("fields")));
    // Exactly the limit is fine.
    const Rows rows = readAll("h\n" + QByteArray(CsvReader::kMaxFields - 1, ',') + "\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].size() == CsvReader::kMaxFields);
}

TEST_CASE("CsvReader without quoting (GDELT): a quote is text, a record is one line", "[import]")
{
    QBuffer buffer;
    buffer.setData("\"open\tb\n\"x\"\"y\t\"\n" + QByteArray(200, 'z') + "\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, '\t', 100, CsvReader::Quoting::None);
    std::vector<QByteArray> fields;
    REQUIRE(reader.next(fields));
    CHECK(fields == std::vector<QByteArray>{"\"open", "b"});
    REQUIRE(reader.next(fields));
    CHECK(fields == std::vector<QByteArray>{"\"x\"\"y", "\""});
    try {
        reader.next(fields);
        FAIL("a 200-byte line read under a 100-byte cap");
    } catch (const ImportError& e) {
        CHECK(e.line() == 3);
        CHECK(e.reason() == QStringLiteral("a line over 100 bytes"));
    }
}
