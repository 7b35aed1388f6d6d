// `tigris import` end to end for the formats of issue 7, --keep-valid and the progress line.
#include "RunTigris.h"
#include "TestCatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(TIGRIS_FIXTURES "/import/") + QLatin1String(name);
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

int events(const QString& project)
{
    return object(runTigris({QStringLiteral("info"), project}).out)[QStringLiteral("events")]
        .toInt();
}
} // namespace

TEST_CASE("tigris import: all or nothing by default, --keep-valid keeps the valid rows",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    const QString ged = fixture("ucdp_ged_iraq_2014.csv");

    const TigrisRun all =
        runTigris({QStringLiteral("import"), project, ged, QStringLiteral("--create")});
    INFO(all.err.toStdString());
    CHECK(all.code == 1); // nothing imported
    const QJsonObject r = object(all.out);
    CHECK(r[QStringLiteral("format")].toString() == QStringLiteral("ucdp"));
    CHECK(r[QStringLiteral("imported")].toInt() == 0);
    CHECK(r[QStringLiteral("valid")].toInt() == 7);
    CHECK(r[QStringLiteral("encoding")].toString() == QStringLiteral("utf-8"));
    const QJsonArray rejected = r[QStringLiteral("rejected")].toArray();
    REQUIRE(rejected.size() == 8);
    CHECK(rejected[1].toObject()[QStringLiteral("line")].toInt() == 10);
    CHECK(rejected[1].toObject()[QStringLiteral("reason")].toString() ==
          QStringLiteral("latitude 95 out of range"));
    CHECK(r[QStringLiteral("warnings")].toArray().size() == 1);
    CHECK(events(project) == 0);

    const TigrisRun kept =
        runTigris({QStringLiteral("import"), project, ged, QStringLiteral("--keep-valid")});
    CHECK(kept.code == 0);
    CHECK(object(kept.out)[QStringLiteral("imported")].toInt() == 7);
    CHECK(object(kept.out)[QStringLiteral("rejected")].toArray().size() == 8);
    CHECK(events(project) == 7);
    CHECK_FALSE(kept.err.contains("importing")); // stderr is a pipe here: no progress line

    CHECK(runTigris({QStringLiteral("import"), QStringLiteral("--help")})
              .out.contains("--keep-valid"));
}

TEST_CASE("tigris import: --format ucdp|gtd|gdelt forced or detected, the encoding reported",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    const TigrisRun gtd =
        runTigris({QStringLiteral("import"), project, fixture("gtd_iraq_2014_cp1252.csv"),
                   QStringLiteral("--create"), QStringLiteral("--keep-valid")});
    INFO(gtd.err.toStdString());
    CHECK(gtd.code == 0);
    CHECK(object(gtd.out)[QStringLiteral("format")].toString() == QStringLiteral("gtd"));
    CHECK(object(gtd.out)[QStringLiteral("encoding")].toString() == QStringLiteral("windows-1252"));
    CHECK(object(gtd.out)[QStringLiteral("imported")].toInt() == 5);

    const TigrisRun gdelt = runTigris(
        {QStringLiteral("import"), project, fixture("gdelt2_iraq_2015.export.CSV"),
         QStringLiteral("--format"), QStringLiteral("gdelt"), QStringLiteral("--keep-valid")});
    CHECK(gdelt.code == 0);
    CHECK(object(gdelt.out)[QStringLiteral("imported")].toInt() == 2);

    // A GED file forced as GTD: one clear error naming the file; nothing written.
    const TigrisRun wrong =
        runTigris({QStringLiteral("import"), project, fixture("ucdp_ged_iraq_2014.csv"),
                   QStringLiteral("--format"), QStringLiteral("gtd")});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains("ucdp_ged_iraq_2014.csv"));
    CHECK(wrong.err.contains("not a GTD export"));
    CHECK(events(project) == 7);

    // --encoding is taken from the command line.
    const TigrisRun named =
        runTigris({QStringLiteral("import"), project, fixture("places_cp1256.csv"),
                   QStringLiteral("--encoding"), QStringLiteral("windows-1256")});
    CHECK(named.code == 0);
    CHECK(object(named.out)[QStringLiteral("encoding")].toString() ==
          QStringLiteral("windows-1256"));
}

TEST_CASE("tigris import: the percent read on stderr when it is a terminal", "[cli][import]")
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty()) {
        WARN("util-linux 'script' is not installed: no terminal to test the progress line on");
        return;
    }
    QTemporaryDir dir;
    // 3000 GDELT rows: progress is reported every 1024.
    QFile in(fixture("gdelt1_iraq_2014.export.CSV"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray row = in.readLine();
    const QString source = dir.filePath(QStringLiteral("big.export.CSV"));
    QFile out(source);
    REQUIRE(out.open(QIODevice::WriteOnly));
    for (int i = 0; i < 3000; ++i)
        out.write(row);
    out.close();

    // `script` runs the command on a pseudo-terminal and copies what it prints.
    const QString command =
        QStringLiteral("'%1' import '%2' '%3' --create 2>&1 >/dev/null")
            .arg(QStringLiteral(TIGRIS_BINARY), dir.filePath(QStringLiteral("p.tigris")), source);
    QProcess p;
    p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    REQUIRE(p.waitForFinished(120000));
    const QByteArray terminal = p.readAllStandardOutput();
    INFO(terminal.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(terminal.contains("\rimporting: "));
    CHECK(terminal.contains("importing: 100%"));
}
