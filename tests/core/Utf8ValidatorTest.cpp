#include "io/Utf8Validator.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "io/EncodingGuess.h"

#include <QBuffer>

namespace {
// Reads `bytes` through the validator in small pieces, so characters straddle the reads.
std::pair<QByteArray, bool> passThrough(const QByteArray& bytes, int piece)
{
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);
    Utf8Validator v(source);
    QByteArray out;
    for (QByteArray chunk; !(chunk = v.read(piece)).isEmpty();)
        out += chunk;
    return {out, v.failed()};
}

// Just over 1 MB of valid rows, so that the encoding is taken to be UTF-8 from the sample
// (kEncodingSampleBytes) and a bad byte after it is found as the file streams.
QByteArray longUtf8Csv(int* lines)
{
    QByteArray csv = "title,date,lat,lon\n";
    *lines = 1;
    while (csv.size() < kEncodingSampleBytes + 6 * 1024) {
        csv += "Caf\xC3\xA9 du march\xC3\xA9,2014-06-10,36.34,43.13\n";
        ++*lines;
    }
    return csv;
}
} // namespace

TEST_CASE("Utf8Validator: valid text passes unchanged, whatever the read size", "[encoding]")
{
    const QByteArray text = QString::fromUtf8("Mosul الموصل Café € 𝄞 end\n").toUtf8().repeated(50);
    for (int piece : {1, 2, 3, 5, 7, 64, 4096}) {
        INFO(piece);
        const auto [out, failed] = passThrough(text, piece);
        CHECK_FALSE(failed);
        CHECK(out == text);
    }
}

TEST_CASE("Utf8Validator: stops at the first byte that is not UTF-8", "[encoding]")
{
    for (const char* bad : {"Caf\xE9 noir", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF",
                            "\x80", "ends inside \xE2\x82"}) {
        INFO(bad);
        const QByteArray bytes = QByteArray("good text, ") + bad + " more";
        const auto [out, failed] = passThrough(bytes, 3);
        CHECK(failed);
        CHECK(out.startsWith("good text, "));
        CHECK(out.size() < bytes.size());
    }
    CHECK(passThrough(QByteArray("ends inside \xE2\x82"), 64).second);
}

TEST_CASE("Import: a file that turns to Windows-1252 after 1 MB of UTF-8 is refused, naming "
          "the line",
          "[import][encoding]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    int lines = 0;
    const QByteArray good = longUtf8Csv(&lines);
    const QString late =
        writeSource(dir, "late.csv",
                    good + "Caf\xE9 Nour,2014-06-11,36.34,43.13\n" + "ok,2014-06-12,36.34,43.13\n");
    const ImportError e = importFailure(*store, late);
    CHECK(e.line() == lines + 1);
    CHECK(e.message().contains(QStringLiteral("line %1: byte 0xE9 is not UTF-8").arg(lines + 1)));
    CHECK(e.message().contains(QStringLiteral("--encoding windows-1252")));
    CHECK(store->info().events == 0); // nothing written

    // Arabic in Windows-1256 further on: that encoding is suggested.
    const QString arabic = writeSource(dir, "late1256.csv",
                                       good + "\xC7\xE1\xE3\xE6\xD5\xE1,2014-06-11,36.34,43.13\n");
    const ImportError e1256 = importFailure(*store, arabic);
    CHECK(e1256.line() == lines + 1);
    CHECK(e1256.message().contains(QStringLiteral("--encoding windows-1256")));

    // Named, the same file imports, every row.
    ImportOptions named;
    named.encoding = QStringLiteral("windows-1252");
    const ImportReport r = importFile(*store, late, named);
    CHECK(r.imported == lines + 1);
    CHECK(store->info().events == lines + 1);

    // A file inside a quoted field that spans lines still names the line of the bad byte.
    const QString quoted =
        writeSource(dir, "quoted.csv", good + "\"two\nlines \xE9\",2014-06-11,36.34,43.13\n");
    CHECK(importFailure(*store, quoted).line() == lines + 2);
}

TEST_CASE("Import: a UTF-8 file with multi-byte text past 64 KB imports whole",
          "[import][encoding]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    int lines = 0;
    const QByteArray good = longUtf8Csv(&lines);
    const QString path = writeSource(
        dir, "valid.csv",
        good + QString::fromUtf8("الموصل,2014-06-11,36.34,43.13\n€ 𝄞,2014-06-12,36.34,43.13\n")
                   .toUtf8());
    const ImportReport r = importFile(*store, path);
    CHECK(r.encoding == QStringLiteral("utf-8"));
    CHECK(r.rejected.isEmpty());
    CHECK(r.imported == lines + 1);
    const auto events = store->query({});
    CHECK(findEvent(events, QString::fromUtf8("الموصل")));
    CHECK(findEvent(events, QString::fromUtf8("€ 𝄞")));
}

TEST_CASE("Import: Windows-1252 after 64 KB of ASCII is found by the 1 MB sample",
          "[import][encoding]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    QByteArray csv = "title,date,lat,lon\n";
    while (csv.size() < 70 * 1024)
        csv += "Market,2014-06-10,36.34,43.13\n";
    csv += "Caf\xE9 Nour,2014-06-11,36.34,43.13\n";
    const ImportReport r = importFile(*store, writeSource(dir, "late-ascii.csv", csv));
    CHECK(r.encoding == QStringLiteral("windows-1252"));
    const auto events = store->query({});
    REQUIRE_FALSE(events.empty());
    CHECK(events.back().title == QStringLiteral("Café Nour"));
}
