// `tigris query --format csv` guards formula-like cells as export-data does.
#include "RunTigris.h"
#include "TestCatch.h"

#include <QFile>
#include <QTemporaryDir>

TEST_CASE("query --format csv prefixes formula-like cells, not numbers", "[cli][escaping]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("evil.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("title,date,latitude,longitude,category\n"
                "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",2014-06-10,36.3,43.1,@cmd\n"
                "+SUM(1),2014-06-11,-33.5,43.1,Battles\n");
    }
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    REQUIRE(runTigris({QStringLiteral("import"), project, csv, QStringLiteral("--create")}).code ==
            0);
    const TigrisRun r = runTigris(
        {QStringLiteral("query"), project, QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""));
    CHECK(r.out.contains("'+SUM(1)"));
    CHECK(r.out.contains("'@cmd"));
    CHECK(r.out.contains("-33.5"));
    CHECK_FALSE(r.out.contains("'-33.5"));
}
