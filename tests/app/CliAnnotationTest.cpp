#include "RunTigris.h"
#include "TestCatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

TEST_CASE("tigris annotate and annotations, end to end", "[cli][annotations]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);

    const TigrisRun byPlace = runTigris(
        {QStringLiteral("annotate"), project, QStringLiteral("--location"),
         QStringLiteral("Al-Mawsil"), QStringLiteral("--title"), QStringLiteral("Checkpoint"),
         QStringLiteral("--from"), QStringLiteral("2014-06"), QStringLiteral("--to"),
         QStringLiteral("2014-06"), QStringLiteral("--color"), QStringLiteral("#1f77b4")});
    INFO(byPlace.err.toStdString());
    REQUIRE(byPlace.code == 0);
    REQUIRE(runTigris({QStringLiteral("annotate"), project, QStringLiteral("--at"),
                       QStringLiteral("34.95,43.45"), QStringLiteral("--title"),
                       QStringLiteral("Refinery"), QStringLiteral("--note"),
                       QStringLiteral("<script>x</script>")})
                .code == 0);

    const TigrisRun list = runTigris({QStringLiteral("annotations"), project});
    REQUIRE(list.code == 0);
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    REQUIRE(all.size() == 2);
    const QJsonObject first = all[0].toObject();
    CHECK(first[QStringLiteral("title")].toString() == QStringLiteral("Checkpoint"));
    CHECK(first[QStringLiteral("colour")].toString() == QStringLiteral("#1f77b4"));
    CHECK(first[QStringLiteral("from")].toString().startsWith(QStringLiteral("2014-06-01")));
    CHECK(first[QStringLiteral("to")].toString().startsWith(QStringLiteral("2014-07-01")));
    CHECK(first[QStringLiteral("vertices")].toArray()[0].toArray()[0].toDouble() == Approx(36.34));
    CHECK(all[1].toObject()[QStringLiteral("note")].toString() ==
          QStringLiteral("<script>x</script>"));

    const TigrisRun kml = runTigris({QStringLiteral("annotations"), project,
                                     QStringLiteral("--format"), QStringLiteral("kml")});
    CHECK(kml.out.contains("<TimeSpan>"));

    CHECK(runTigris(
              {QStringLiteral("annotate"), project, QStringLiteral("--title"), QStringLiteral("x")})
              .code == 2);
    CHECK(runTigris({QStringLiteral("annotate"), project, QStringLiteral("--at"),
                     QStringLiteral("95,0"), QStringLiteral("--title"), QStringLiteral("x")})
              .code == 2);
    CHECK(runTigris({QStringLiteral("annotate"), project, QStringLiteral("--location"),
                     QStringLiteral("Atlantis"), QStringLiteral("--title"), QStringLiteral("x")})
              .code == 1);
    CHECK(runTigris({QStringLiteral("info"), project}).out.contains("\"annotations\": 2"));
}
