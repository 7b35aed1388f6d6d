#include "DocumentController.h"
#include "MainWindow.h"
#include "RecentSources.h"
#include "TestCatch.h"
#include "io/SampleProject.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
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

TEST_CASE("File → Import recent offers the files imported, newest first, and imports again",
          "[gui][import][recent]")
{
    QSettings settings;
    RecentSources(settings).clear();
    {
        // The list itself: one entry a path, newest first, at most kMax.
        RecentSources recent(settings);
        for (int i = 0; i < RecentSources::kMax + 3; ++i)
            recent.add(QStringLiteral("/data/file%1.csv").arg(i));
        recent.add(QStringLiteral("/data/file5.csv"));
        const QStringList paths = recent.paths();
        REQUIRE(paths.size() == RecentSources::kMax);
        CHECK(paths.front() == QStringLiteral("/data/file5.csv"));
        CHECK(paths.count(QStringLiteral("/data/file5.csv")) == 1);
        CHECK(paths[1] == QStringLiteral("/data/file%1.csv").arg(RecentSources::kMax + 2));
        CHECK_FALSE(paths.contains(QStringLiteral("/data/file0.csv")));
        recent.clear();
        CHECK(recent.paths().isEmpty());
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    MainWindow w;
    w.setErrorReporter([](const QString&) {});
    w.setKeepValidPrompt([](const QString&) { return true; });
    REQUIRE(w.openProject(path));
    const QString geojson = QStringLiteral(TIGRIS_FIXTURES "/import/events.geojson");
    REQUIRE(w.importSource(geojson).has_value());
    CHECK_FALSE(w.importSource(dir.filePath(QStringLiteral("missing.csv"))).has_value());

    auto* menu = w.findChild<QMenu*>(QStringLiteral("recentSourcesMenu"));
    REQUIRE(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QAction* entry = nullptr;
    for (QAction* a : menu->actions())
        if (a->data().toString() == QFileInfo(geojson).absoluteFilePath()) entry = a;
    REQUIRE(entry); // a failed import is not remembered, a good one is
    CHECK(entry->text() == QStringLiteral("events.geojson"));
    CHECK(entry->isEnabled());
    for (QAction* a : menu->actions())
        CHECK_FALSE(a->data().toString().endsWith(QStringLiteral("missing.csv")));

    const std::size_t before = w.columns().size();
    // Into the open project, and again although it was imported before.
    w.documents()->setWherePrompt(
        [](const QString&, auto) { return DocumentController::Where::OpenProject; });
    w.setIfExistsPrompt([](const QString&) { return IfExists::Add; });
    entry->trigger(); // imports the file again into the open project
    CHECK(w.columns().size() > before);
    RecentSources(settings).clear();
}
