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

    // All or nothing first: rows are rejected, so nothing is written and the user is asked.
    QStringList asked;
    w.setKeepValidPrompt([&](const QString& question) {
        asked << question;
        return false;
    });
    const QString acled = QStringLiteral(TIGRIS_FIXTURES "/import/acled_iraq_2014.csv");
    auto refused = w.importSource(acled);
    REQUIRE(refused.has_value());
    CHECK(refused->imported == 0);
    CHECK(refused->valid == 6);
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].contains(QStringLiteral("nothing was imported")));
    CHECK(asked[0].contains(QStringLiteral("Import the 6 valid rows")));
    CHECK(w.columns().size() == before);

    // Yes: the valid rows go in, and the rejections are reported.
    w.setKeepValidPrompt([&](const QString& question) {
        asked << question;
        return true;
    });
    const auto report = w.importSource(acled);
    REQUIRE(report.has_value());
    CHECK(asked.size() == 2);
    CHECK(report->imported == 6);
    CHECK(w.columns().size() == before + 6); // reloaded
    CHECK(message.contains(QStringLiteral("line 9: latitude 95")));

    message.clear();
    CHECK_FALSE(w.importSource(dir.filePath(QStringLiteral("missing.csv"))).has_value());
    CHECK(message.contains(QStringLiteral("missing.csv")));
    CHECK(w.columns().size() == before + 6);
}
