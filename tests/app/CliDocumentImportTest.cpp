// `tigris import` on the document formats: KML, KMZ-less detection, GeoJSON sequences with a
// named date property, TimelineJS; the real binary, as a user runs it.
#include "RunTigris.h"
#include "TestCatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TIGRIS_FIXTURES "/import/") + QString::fromLatin1(name);
}

QJsonObject report(const TigrisRun& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST_CASE("tigris import: KML is all or nothing; --keep-valid keeps events and annotations",
          "[cli][import][kml]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    const TigrisRun strict = runTigris(
        {QStringLiteral("import"), project, fixture("iraq_2014.kml"), QStringLiteral("--create")});
    CHECK(strict.code == 1); // four placemarks rejected: nothing written
    CHECK(report(strict)[QStringLiteral("format")].toString() == QStringLiteral("kml"));
    // Line 61, dated without a geometry or place, is kept without a position (issue 13).
    CHECK(report(strict)[QStringLiteral("rejected")].toArray().size() == 4);

    const TigrisRun kept = runTigris({QStringLiteral("import"), project, fixture("iraq_2014.kml"),
                                      QStringLiteral("--keep-valid")});
    INFO(kept.err.toStdString());
    CHECK(kept.code == 0);
    CHECK(report(kept)[QStringLiteral("imported")].toInt() == 6);
    CHECK(report(kept)[QStringLiteral("annotations")].toInt() == 5);
    const QJsonObject info =
        QJsonDocument::fromJson(runTigris({QStringLiteral("info"), project}).out).object();
    CHECK(info[QStringLiteral("events")].toInt() == 6);
    CHECK(info[QStringLiteral("annotations")].toInt() == 5);
}

TEST_CASE("tigris import: --date-property names the GeoJSON date; --format timelinejs",
          "[cli][import][geojson][timelinejs]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    const TigrisRun named =
        runTigris({QStringLiteral("import"), project, fixture("events.ndjson"),
                   QStringLiteral("--create"), QStringLiteral("--keep-valid"),
                   QStringLiteral("--date-property"), QStringLiteral("reported")});
    INFO(named.err.toStdString());
    CHECK(named.code == 0);
    CHECK(report(named)[QStringLiteral("imported")].toInt() == 1);
    CHECK(report(named)[QStringLiteral("rejected")]
              .toArray()
              .at(0)
              .toObject()[QStringLiteral("reason")]
              .toString() == QStringLiteral("no 'reported' property"));

    const TigrisRun timeline = runTigris(
        {QStringLiteral("import"), project, fixture("timeline_iraq_2014.json"),
         QStringLiteral("--format"), QStringLiteral("timelinejs"), QStringLiteral("--keep-valid")});
    CHECK(timeline.code == 0);
    CHECK(report(timeline)[QStringLiteral("imported")].toInt() == 3);

    // The same file again (--if-exists add: it was imported above), read as the wrong format.
    const TigrisRun wrong = runTigris({QStringLiteral("import"), project, fixture("events.ndjson"),
                                       QStringLiteral("--format"), QStringLiteral("kml"),
                                       QStringLiteral("--if-exists"), QStringLiteral("add")});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains("not valid KML"));
}
