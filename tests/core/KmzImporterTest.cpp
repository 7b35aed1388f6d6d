#include "io/KmzImporter.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "ZipTestWriter.h"
#include "annotations/AnnotationStore.h"
#include "io/ZipArchive.h"
#include "io/ZipEntryDevice.h"

#include <QBuffer>

namespace {

QByteArray fixtureBytes(const char* name)
{
    QFile f(importFixture(name));
    if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("no fixture");
    return f.readAll();
}

// A KML document padded with `megabytes` of spaces: deflates about a thousand to one.
QByteArray bombKml(int megabytes)
{
    return "<?xml version=\"1.0\"?><kml><Document>" +
           QByteArray(qsizetype(megabytes) * 1024 * 1024, ' ') + "</Document></kml>";
}

ImportError zipFailure(const QByteArray& zip, ZipArchive::Limits limits = ZipArchive::Limits())
{
    QByteArray bytes = zip;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        const ZipArchive archive(buffer, limits);
        for (const auto& e : archive.entries())
            archive.read(e);
    } catch (const ImportError& e) {
        return e;
    }
    return ImportError(QString());
}

} // namespace

TEST_CASE("ZipArchive: stored and deflated entries, names and CRC", "[import][kmz]")
{
    const QByteArray text = "Mosul, Tikrit, Baiji, Samarra, Baghdad. " + QByteArray(5000, 'x');
    QByteArray zip = makeZip({{"readme.txt", "stored", false}, {"files/doc.kml", text}});
    QBuffer buffer(&zip);
    buffer.open(QIODevice::ReadOnly);
    const ZipArchive archive(buffer);
    REQUIRE(archive.entries().size() == 2);
    CHECK(archive.entries()[0].name == QStringLiteral("readme.txt"));
    CHECK(archive.entries()[0].method == 0);
    CHECK(archive.entries()[1].method == 8);
    CHECK(archive.entries()[1].compressedSize < text.size());
    CHECK(archive.read(archive.entries()[0]) == QByteArray("stored"));
    CHECK(archive.read(archive.entries()[1]) == text);

    QByteArray corrupt = makeZip({{"doc.kml", "<kml/>", false}});
    corrupt[30 + 7] = 'X'; // a byte of the stored data: the CRC no longer matches
    CHECK(zipFailure(corrupt).message() ==
          QStringLiteral("doc.kml in the zip archive is corrupt (CRC mismatch)"));
    CHECK(zipFailure("PK\x03\x04 and then nothing").message() ==
          QStringLiteral("not a zip archive (no central directory)"));
    const QByteArray whole = makeZip({{"doc.kml", text}});
    CHECK(
        zipFailure(whole.left(60) + whole.right(22)).message().contains(QStringLiteral("corrupt")));
}

TEST_CASE("ZipArchive: zip bombs are refused before the memory is taken", "[import][kmz]")
{
    // 32 MB that deflate to about 32 KB; made once, the sections share it.
    static const QByteArray bomb = bombKml(32);
    SECTION("honest headers: the ratio is refused before unpacking")
    {
        const ImportError e = zipFailure(makeZip({{"doc.kml", bomb}}));
        CHECK(
            e.message().contains(QStringLiteral("doc.kml in the archive unpacks to over 32.0 MB")));
        CHECK(e.message().contains(QStringLiteral("a zip bomb?")));
    }
    SECTION("a header that understates the size: unpacking stops at the declared size")
    {
        ZipTestEntry lying{"doc.kml", bomb};
        lying.declaredSize = 1000;
        CHECK(zipFailure(makeZip({lying})).message() ==
              QStringLiteral("doc.kml in the zip archive unpacks to more than the 0.0 MB its "
                             "header declares; refused"));
    }
    SECTION("plausible headers, real ratio too high: stopped while unpacking")
    {
        ZipTestEntry padded{"doc.kml", bomb};
        padded.padding = 1024 * 1024; // 32:1 claimed; the stream itself is ~1000:1
        const ImportError e = zipFailure(makeZip({padded}));
        CHECK(e.message().contains(QStringLiteral("more than 100 times its size (a zip bomb?)")));
    }
    SECTION("the size cap, whatever the ratio")
    {
        ZipArchive::Limits small;
        small.maxEntryBytes = 1024 * 1024;
        const QByteArray stored = QByteArray(2 * 1024 * 1024, 'k');
        CHECK(zipFailure(makeZip({{"doc.kml", stored, false}}), small).message() ==
              QStringLiteral("doc.kml in the archive unpacks to over 2.0 MB, more than the 1.0 MB "
                             "allowed (a zip bomb?); refused"));
        CHECK(ZipArchive::Limits().maxEntryBytes == 512LL * 1024 * 1024);
    }
}

TEST_CASE("KMZ: doc.kml inside a zip imports like the KML", "[import][kmz]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(dir, "iraq.kmz",
                                     makeZip({{"images/icon.png", "\x89PNG not really", false},
                                              {"doc.kml", fixtureBytes("iraq_2014.kml")}}));
    const ImportReport r = importFile(*store, path);
    CHECK(r.format == QStringLiteral("kmz"));
    CHECK(r.imported == 6); // line 61, dated without geometry: kept without a position
    CHECK(r.annotations == 5);
    CHECK(rejectedLines(r) == std::vector<qint64>{25, 51, 56, 65});
    CHECK(r.warnings.contains(QStringLiteral("lines refer to doc.kml inside the archive")));
    CHECK(findEvent(store->query({}), QStringLiteral("Mosul falls")));
}

TEST_CASE("KMZ: an archive written by another zip tool (Python's zipfile)", "[import][kmz]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("iraq_2014.kmz"));
    CHECK(r.format == QStringLiteral("kmz"));
    CHECK(r.imported == 6); // line 61, dated without geometry: kept without a position
    CHECK(r.annotations == 5);
}

TEST_CASE("KMZ: without doc.kml the first .kml is read; without any, one clear error",
          "[import][kmz]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray kml = "<kml><Placemark><name>Mosul falls</name><TimeStamp><when>2014-06-10"
                           "</when></TimeStamp><Point><coordinates>43.13,36.34</coordinates>"
                           "</Point></Placemark></kml>";
    CHECK(importFile(*store, writeSource(dir, "a.kmz",
                                         makeZip({{"notes.txt", "x"}, {"layers/Mosul.KML", kml}})))
              .imported == 1);
    const ImportError none =
        importFailure(*store, writeSource(dir, "b.kmz", makeZip({{"notes.txt", "x"}})));
    CHECK(
        none.message().endsWith(QStringLiteral("not a KMZ file: the archive holds no .kml file")));
    const ImportError text =
        importFailure(*store, writeSource(dir, "c.kmz", "<kml></kml>"), QStringLiteral("kmz"));
    CHECK(text.message().endsWith(QStringLiteral("not a KMZ file: it is not a zip archive")));
}

TEST_CASE("KMZ: a bomb or an unsafe KML inside is refused and nothing is written", "[import][kmz]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportError bomb =
        importFailure(*store, writeSource(dir, "bomb.kmz", makeZip({{"doc.kml", bombKml(32)}})));
    CHECK(bomb.message().contains(QStringLiteral("a zip bomb?")));
    const QByteArray xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM "
                           "\"file:///etc/passwd\">]>\n<kml><Placemark><name>&x;</name>"
                           "</Placemark></kml>";
    const ImportError entity =
        importFailure(*store, writeSource(dir, "xxe.kmz", makeZip({{"doc.kml", xxe}})));
    CHECK(entity.message().contains(QStringLiteral("doc.kml in the archive: a KML file with a "
                                                   "DOCTYPE is refused")));
    CHECK(store->info().events == 0);
    CHECK(store->info().annotations == 0);
}

TEST_CASE("ZipArchive: an entry streams in small reads, checked as it comes out", "[import][kmz]")
{
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += "<Placemark><name>" + QByteArray::number(i) + "</name></Placemark>\n";
    QByteArray zip = makeZip({{"doc.kml", text}, {"stored.kml", text.left(70000), false}});
    QBuffer buffer(&zip);
    buffer.open(QIODevice::ReadOnly);
    const ZipArchive archive(buffer);
    for (const auto& e : archive.entries()) {
        INFO(e.name.toStdString());
        const auto entry = archive.open(e);
        CHECK(entry->isSequential());
        QByteArray out;
        char block[333];
        for (qint64 n; (n = entry->read(block, sizeof block)) > 0;)
            out.append(block, n);
        CHECK(entry->failure().isEmpty());
        CHECK(entry->atEnd());
        CHECK(out == (e.method == 8 ? text : text.left(70000)));
    }
}

TEST_CASE("KMZ: a fault found while streaming undoes the placemarks read before it",
          "[import][kmz]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray placemarks =
        "<Placemark><name>Mosul falls</name><TimeStamp><when>2014-06-10</when></TimeStamp>"
        "<Point><coordinates>43.13,36.34</coordinates></Point></Placemark>";
    SECTION("the ratio, once 16 MB are out: headers claim 32:1, the stream is ~1000:1")
    {
        ZipTestEntry padded{"doc.kml", "<kml><Document>" + placemarks +
                                           QByteArray(32 * 1024 * 1024, ' ') + "</Document></kml>"};
        padded.padding = 1024 * 1024;
        const ImportError e =
            importFailure(*store, writeSource(dir, "ratio.kmz", makeZip({padded})));
        CHECK(e.message().contains(QStringLiteral("doc.kml in the archive unpacks to over")));
        CHECK(e.message().contains(QStringLiteral("more than 100 times its size (a zip bomb?)")));
    }
    SECTION("the CRC, checked after the last byte: the KML itself is well formed")
    {
        const QByteArray kml = "<kml><Document>" + placemarks + "<!-- note --></Document></kml>";
        QByteArray zip = makeZip({{"doc.kml", kml, false}});
        const qsizetype note = zip.indexOf("note");
        REQUIRE(note > 0);
        zip[note] = 'N';
        const ImportError e = importFailure(*store, writeSource(dir, "crc.kmz", zip));
        CHECK(e.message().endsWith(
            QStringLiteral("doc.kml in the zip archive is corrupt (CRC mismatch)")));
    }
    SECTION("a header that understates the size")
    {
        const QByteArray kml = "<kml><Document>" + placemarks + placemarks + "</Document></kml>";
        ZipTestEntry lying{"doc.kml", kml};
        lying.declaredSize = kml.size() - 10;
        const ImportError e =
            importFailure(*store, writeSource(dir, "lying.kmz", makeZip({lying})));
        CHECK(e.message().contains(QStringLiteral("its header declares; refused")));
    }
    CHECK(store->info().events == 0);
}
