#include "RunTigris.h"
#include "TestCatch.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST_CASE("tigris import --mapping: any CSV by a JSON mapping, geocoded places reported",
          "[cli][mapping]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    const QString mapping =
        write(dir, "notes.json",
              R"({"delimiter": ";", "header": true, "date_format": "dd/MM/yyyy", "columns": [
              {"name": "Datum", "role": "start_date"}, {"name": "Ort", "role": "place"},
              {"name": "Land", "role": "country"}, {"name": "Was", "role": "title"}]})");
    const QString source = write(dir, "notes.csv",
                                 "Datum;Was;Ort;Land\n"
                                 "03/06/2014;Clashes;Falluja;Iraq\n"
                                 "04/06/2014;Refugees;Sinjar;\n"
                                 "2014-06-05;Wrong date;Mosul;Iraq\n");
    const TigrisRun r =
        runTigris({QStringLiteral("import"), project, source, QStringLiteral("--mapping"), mapping,
                   QStringLiteral("--create"), QStringLiteral("--keep-valid")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(report.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].toObject().value(QStringLiteral("line")).toInt() == 4);
    const QJsonArray geocoded = report.value(QStringLiteral("geocoded")).toArray();
    REQUIRE(geocoded.size() == 1);
    const QJsonObject falluja = geocoded[0].toObject();
    CHECK(falluja.value(QStringLiteral("line")).toInt() == 2);
    CHECK(falluja.value(QStringLiteral("place")).toString() == QStringLiteral("Falluja"));
    CHECK(falluja.value(QStringLiteral("source")).toString() == QStringLiteral("gazetteer"));
    CHECK(falluja.value(QStringLiteral("lat")).toDouble() == Approx(33.349).margin(0.001));
    const QJsonArray ambiguous = report.value(QStringLiteral("ambiguous")).toArray();
    REQUIRE(ambiguous.size() == 1);
    CHECK(ambiguous[0].toObject().value(QStringLiteral("candidates")).toArray().size() == 2);
}

TEST_CASE("tigris import --mapping: a bad mapping is one clear error and creates nothing",
          "[cli][mapping]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    const QString source = write(dir, "a.csv", "a,b\n2014,Mosul\n");
    const QString bad = write(dir, "bad.json", R"({"columns": [{"number": 1, "role": "when"}]})");
    TigrisRun r = runTigris({QStringLiteral("import"), project, source, QStringLiteral("--mapping"),
                             bad, QStringLiteral("--create")});
    CHECK(r.code == 1);
    CHECK(r.err.contains("bad.json: mapping: column 1: unknown role 'when'"));
    CHECK_FALSE(QFileInfo::exists(project));

    const QString missing = write(dir, "missing.json", R"({"columns": [
        {"name": "date", "role": "start_date"}, {"name": "place", "role": "place"}]})");
    r = runTigris({QStringLiteral("import"), project, source, QStringLiteral("--mapping"), missing,
                   QStringLiteral("--create")});
    CHECK(r.code == 1);
    CHECK(r.err.contains("the mapping's column 'date' is not in the header"));
}
