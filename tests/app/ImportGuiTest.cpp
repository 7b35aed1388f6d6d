#include "MainWindow.h"
#include "TestCatch.h"
#include "io/SampleProject.h"

#include <QTemporaryDir>

TEST_CASE("Importing from the window adds events, reports rejections, keeps the project on failure",
          "[gui][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    MainWindow w;
    QString message;
    w.setErrorReporter([&](const QString& m) { message = m; });
    REQUIRE(w.openProject(path));
    const std::size_t before = w.columns().size();

    const auto report =
        w.importSource(QStringLiteral(TIGRIS_FIXTURES "/import/acled_iraq_2014.csv"));
    REQUIRE(report.has_value());
    CHECK(report->imported == 6);
    CHECK(w.columns().size() == before + 6); // reloaded
    CHECK(message.contains(QStringLiteral("line 9: latitude 95")));

    message.clear();
    CHECK_FALSE(w.importSource(dir.filePath(QStringLiteral("missing.csv"))).has_value());
    CHECK(message.contains(QStringLiteral("missing.csv")));
    CHECK(w.columns().size() == before + 6);
}
