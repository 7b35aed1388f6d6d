// The binary in two parts: the launcher runs help, info and query itself, without Qt Gui or
// libpq; everything else runs in the application module (app/main.cpp, app/AppModule.cpp).
#include "CliCatalog.h"
#include "CliCommand.h"
#include "CliDispatch.h"
#include "RunTigris.h"
#include "TestCatch.h"
#include "io/SampleProject.h"

#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>

namespace {

using Run = TigrisRun;

Run launch(const QStringList& args, const QProcessEnvironment& env)
{
    return runTigris(args, env);
}

QProcessEnvironment withoutModule()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TIGRIS_APP_MODULE"),
               QStringLiteral("/nonexistent/libtigris_app.so"));
    return env;
}

} // namespace

TEST_CASE("the command catalog and the commands' definitions name the same commands",
          "[cli][launcher]")
{
    const QList<CliCommand> all = readCommands() + projectCommands() + sourceCommands() +
                                  annotationCommands() + exportCommands() + dataExportCommands() +
                                  checkCommands() + transferCommands();
    QSet<QString> defined;
    for (const CliCommand& c : all)
        defined.insert(c.name);
    QSet<QString> catalogued;
    for (const CliCatalogEntry& e : CliCatalog::entries())
        catalogued.insert(QString::fromLatin1(e.name));
    CHECK(defined == catalogued);
    CHECK(all.size() == qsizetype(CliCatalog::entries().size()));

    // The summaries and `draws` come from the catalog; the light ones are exactly readCommands.
    const QList<CliCommand> completed = CliDispatch::completed(all);
    for (const CliCommand& c : completed) {
        INFO(c.name.toStdString());
        CHECK_FALSE(c.summary.isEmpty());
    }
    for (const CliCommand& c : readCommands())
        CHECK(CliDispatch::isLight(c.name));
    CHECK_FALSE(CliDispatch::isLight(QStringLiteral("import")));
    CHECK_FALSE(CliDispatch::isLight(QStringLiteral("screenshot")));
    CHECK_FALSE(CliDispatch::isLight(QStringLiteral("--man")));
    const auto drawing = exportCommands();
    for (const CliCommand& c : CliDispatch::completed(drawing))
        CHECK(c.draws);
}

TEST_CASE("the launcher runs help, info and query without the application module",
          "[cli][launcher]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.tigris"));
    writeSampleProject(project);

    const Run help = launch({QStringLiteral("--help")}, withoutModule());
    CHECK(help.code == 0);
    for (const CliCatalogEntry& e : CliCatalog::entries())
        CHECK(help.out.contains(e.name));

    const Run info = launch({QStringLiteral("info"), project}, withoutModule());
    CHECK(info.code == 0);
    CHECK(info.out.contains("\"events\": 53"));

    const Run query =
        launch({QStringLiteral("query"), project, QStringLiteral("--from"),
                QStringLiteral("2014-06-10"), QStringLiteral("--to"), QStringLiteral("2014-06-10"),
                QStringLiteral("--format"), QStringLiteral("csv")},
               withoutModule());
    CHECK(query.code == 0);
    CHECK(query.out.count('\n') > 2);
    CHECK(query.out.contains("Mosul"));

    const Run queryHelp =
        launch({QStringLiteral("query"), QStringLiteral("--help")}, withoutModule());
    CHECK(queryHelp.code == 0);
    CHECK(queryHelp.out.contains("--bbox"));

    // Everything else needs the module: one clear message, exit 1, no crash.
    const Run image =
        launch({QStringLiteral("export-image"), project, dir.filePath(QStringLiteral("x.png"))},
               withoutModule());
    CHECK(image.code == 1);
    CHECK(image.err.contains("the application module could not be loaded"));
    CHECK(image.err.contains("/nonexistent/libtigris_app.so: not found"));
}

TEST_CASE("help, info and query load neither Qt Gui, Qt Widgets nor libpq", "[cli][launcher]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.tigris"));
    writeSampleProject(project);
    // The dynamic loader lists every library it loads ("file=libX.so ...") with LD_DEBUG=files.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("info"), project},
          QStringList{QStringLiteral("query"), project, QStringLiteral("--text"),
                      QStringLiteral("Mosul")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = launch(args, env);
        CHECK(r.code == 0);
        CHECK(r.err.contains("file=libQt6Core.so")); // the listing works
        CHECK_FALSE(r.err.contains("file=libQt6Gui.so"));
        CHECK_FALSE(r.err.contains("file=libQt6Widgets.so"));
        CHECK_FALSE(r.err.contains("file=libpq.so"));
        CHECK_FALSE(r.err.contains("libtigris_app.so"));
    }
    // The window's commands load the module (and with it Qt Gui).
    const Run sources = launch({QStringLiteral("sources"), project}, env);
    CHECK(sources.code == 0);
    CHECK(sources.err.contains("libtigris_app.so"));
    CHECK(sources.err.contains("file=libQt6Gui.so"));
}

TEST_CASE("the binary looks for its libraries only in absolute folders, never the current one",
          "[cli][launcher]")
{
    // An empty run path entry (CMake's padding for the install step) is the current folder to
    // the dynamic loader: a libQt6Core.so.6 in the folder Tigris was started from would load.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    const Run r = launch({QStringLiteral("--help")}, env);
    CHECK(r.code == 0);
    bool sawSearch = false;
    for (const QString& line : QString::fromUtf8(r.err).split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(QLatin1String("search path="));
        if (at < 0) continue;
        sawSearch = true;
        const QString paths = line.mid(at + 12).section(QLatin1Char('\t'), 0, 0).trimmed();
        for (const QString& path : paths.split(QLatin1Char(':'))) {
            INFO(line.toStdString());
            CHECK(path.startsWith(QLatin1Char('/')));
        }
    }
    CHECK(sawSearch); // the listing works
}
