// Text from data and from the command line reaches every output as text: SVG and PDF
// metadata, KML, GeoJSON, and CSV cells a spreadsheet would run as formulas.
#include "EventCompare.h"
#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "compose/MapExport.h"
#include "io/CsvFormula.h"
#include "io/CsvReader.h"
#include "io/EventExport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QXmlStreamReader>

namespace {

const QString kHostile = QStringLiteral("Mosul & Kirkuk <2014> ]]> \"q\" 'a' "
                                        "</title><script>alert(1)</script><title>");

// The elements of an XML document; fails the test when it is not well-formed.
QStringList elementsOf(const QByteArray& xml, QString* titleText = nullptr)
{
    QStringList names;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            names << r.name().toString();
            if (titleText && r.name() == QLatin1String("title") && titleText->isNull())
                *titleText = r.readElementText();
        }
    }
    INFO(r.errorString().toStdString());
    CHECK_FALSE(r.hasError());
    return names;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The /Title literal string of a PDF's information dictionary: backslash escapes undone,
// UTF-16BE (with its byte order mark) or PDFDocEncoding decoded.
QString pdfTitle(const QByteArray& pdf)
{
    qsizetype i = pdf.indexOf("/Title (");
    if (i < 0) return {};
    i += 8;
    QByteArray raw;
    for (int depth = 0; i < pdf.size(); ++i) {
        const char c = pdf[i];
        if (c == '\\' && i + 1 < pdf.size()) {
            raw += pdf[++i];
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')' && depth-- == 0) break;
        raw += c;
    }
    if (!raw.startsWith("\xfe\xff")) return QString::fromLatin1(raw);
    QString out;
    for (qsizetype k = 2; k + 1 < raw.size(); k += 2)
        out += QChar(char16_t((uchar(raw[k]) << 8) | uchar(raw[k + 1])));
    return out;
}

std::vector<Event> hostileEvents(EventStore& store)
{
    const QStringList titles{kHostile,
                             QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
                             QStringLiteral("+SUM(1,2)"),
                             QStringLiteral("-2+3"),
                             QStringLiteral("@cmd"),
                             QStringLiteral("'=already quoted"),
                             QStringLiteral("-12.5"),
                             QStringLiteral("<b>bold</b> & <!-- comment --> <![CDATA[x]]>")};
    auto w = store.beginWrite();
    int day = 1;
    for (const QString& title : titles) {
        Event e;
        e.externalId = QStringLiteral("H%1").arg(day);
        e.title = title;
        e.description = kHostile;
        e.start = utcDay(2014, 6, day++);
        e.precision = DatePrecision::Day;
        e.lat = 36.34;
        e.lon = 43.13;
        e.locationName = QStringLiteral("=Mosul & <Ninawa>");
        e.category = QStringLiteral("@Battles <x>");
        e.actors = QStringList{QStringLiteral("-ISIL"), QStringLiteral("\"Army\" & <co>")};
        e.sources = {Source{QStringLiteral("=src"), QStringLiteral("https://x.org/?a=1&b=<2>"),
                            QStringLiteral("]]> quote")}};
        w->addEvent(e);
    }
    w->commit();
    return store.query({});
}

} // namespace

TEST_CASE("CsvFormula guards formula-like cells, not numbers, and is undone on reading",
          "[export][escaping]")
{
    CHECK(CsvFormula::guarded(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvFormula::guarded(QStringLiteral("@x")) == QStringLiteral("'@x"));
    CHECK(CsvFormula::guarded(QStringLiteral("-33.5")) == QStringLiteral("-33.5"));
    CHECK(CsvFormula::guarded(QStringLiteral("+1e3")) == QStringLiteral("+1e3"));
    CHECK(CsvFormula::guarded(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(CsvFormula::guarded(QStringLiteral("Mosul")) == QStringLiteral("Mosul"));
    for (const char* cell : {"=1", "'=1", "''+x", "-5", "-x", "'plain", "", "@", "'"})
        CHECK(CsvFormula::unguarded(CsvFormula::guarded(QString::fromUtf8(cell))) ==
              QString::fromUtf8(cell));
}

TEST_CASE("Hostile text survives CSV, GeoJSON and KML exports field for field",
          "[export][escaping][roundtrip]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("h.tigris")));
    const std::vector<Event> events = hostileEvents(*store);
    REQUIRE(events.size() == 8);
    for (const char* suffix : {"csv", "geojson", "kml"}) {
        INFO(suffix);
        const QString path = dir.filePath(QStringLiteral("out.") + QLatin1String(suffix));
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            if (QByteArray(suffix) == "csv")
                EventExport::writeCsv(f, events);
            else if (QByteArray(suffix) == "geojson")
                EventExport::writeGeoJson(f, events);
            else
                EventExport::writeKml(f, events);
        }
        const QByteArray bytes = readFile(path);
        if (QByteArray(suffix) == "kml") {
            const QStringList names = elementsOf(bytes);
            CHECK_FALSE(names.contains(QStringLiteral("script")));
            CHECK_FALSE(names.contains(QStringLiteral("b")));
        } else if (QByteArray(suffix) == "geojson") {
            QJsonParseError error;
            QJsonDocument::fromJson(bytes, &error);
            CHECK(error.error == QJsonParseError::NoError);
        } else {
            // No cell a spreadsheet would run: none starts with = + - @ unless a number.
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(buffer);
            std::vector<QByteArray> fields;
            while (reader.next(fields))
                for (const QByteArray& cell : fields) {
                    INFO(cell.toStdString());
                    bool number = false;
                    cell.toDouble(&number);
                    CHECK((number || cell.isEmpty() || !QByteArray("=+-@").contains(cell[0])));
                }
        }
        const auto copy = EventStore::create(
            dir.filePath(QStringLiteral("copy-") + QLatin1String(suffix) + ".tigris"));
        const ImportReport report = importFile(*copy, path, QStringLiteral("auto"));
        CHECK(rejections(report).empty());
        const std::vector<Event> back = copy->query({});
        REQUIRE(back.size() == events.size());
        for (std::size_t i = 0; i < events.size(); ++i)
            checkSameEvent(back[i], events[i]);
    }
}

TEST_CASE("SVG and PDF exports carry a hostile title as text", "[export][escaping]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("h.tigris")));
    hostileEvents(*store);
    MapExportOptions options;
    options.size = QSize(480, 320);
    options.title = kHostile;
    options.timeline = true;
    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    MapExport::save(*store, options, svg);
    QString title;
    const QStringList names = elementsOf(readFile(svg), &title);
    CHECK_FALSE(names.contains(QStringLiteral("script")));
    CHECK(title == kHostile);

    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    MapExport::save(*store, options, pdf);
    // The document information's title is one PDF string: read it back as a PDF reader does.
    CHECK(pdfTitle(readFile(pdf)) == kHostile);
}
