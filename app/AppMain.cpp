#include "AppMain.h"

#include "Cli.h"
#include "DocumentController.h"
#include "MainWindow.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
// The application's identity for the desktop: the .desktop file, the icon and the settings.
void nameApplication()
{
    QApplication::setApplicationName(QStringLiteral("tigris"));
    QApplication::setOrganizationName(QStringLiteral("Tigris"));
    QApplication::setApplicationVersion(QStringLiteral(TIGRIS_VERSION));
}

// The user's language: Qt's own strings (dialog buttons, shortcuts' names) from Qt's
// translations, Tigris's from :/tigris/i18n. Qt's Arabic also sets the layout right to left.
void installTranslations(QApplication& app)
{
    const QLocale locale;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("tigris"), QStringLiteral("_"),
                  QStringLiteral(":/tigris/i18n")))
        QApplication::installTranslator(own);
}

// glibc raises its mmap threshold after every large free (up to 32 MiB); from then on a
// project's large arrays (columns, indexes, the copies a sort works on) come from the heap,
// and those freed while a project opens stay resident as holes. A fixed 1 MiB threshold
// gives each of them a mapping of its own, returned to the system when freed: about 10 MB
// less peak memory with a million events open (docs/performance.md, issue 19). Not for the
// commands that only read or write a project (import, query …): the mappings cost them
// system time and they do not live long.
void returnLargeFreesToTheSystem()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}
} // namespace

int appMain(int argc, char** argv)
{
    // A first argument that is neither a command nor an existing file is a mistyped command:
    // the command line reports it rather than opening a window on a missing project.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (argc > 1 && (Cli::isCommand(first) || !QFileInfo::exists(first))) {
        const auto runCli = [] {
            QCoreApplication::setApplicationName(QStringLiteral("tigris"));
            QCoreApplication::setOrganizationName(QStringLiteral("Tigris"));
            return Cli::run(QCoreApplication::arguments().mid(1));
        };
        if (!Cli::needsGui(first)) {
            // No platform plugin, fonts or widgets: `info` and `query` start in milliseconds.
            QCoreApplication app(argc, argv);
            return runCli();
        }
        returnLargeFreesToTheSystem(); // drawing commands hold a project's whole columns
        // The command line needs no display: fonts and painting work on the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        // QApplication rather than QGuiApplication so that `screenshot` can lay out the window.
        QApplication app(argc, argv);
        // A screenshot is of the window as the user sees it: in the user's language.
        if (first == QLatin1String("screenshot")) installTranslations(app);
        return runCli();
    }
    returnLargeFreesToTheSystem();
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Tigris"));
    installTranslations(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tigris_project.Tigris"));
    QApplication::setWindowIcon(MainWindow::applicationIcon());

    // One window per user: a running Tigris takes the paths (or just comes to the front). If
    // it does not answer in time (hung), this one opens its own window.
    const QStringList paths = QApplication::arguments().mid(1);
    if (SingleInstance::handOver(paths)) return 0;
    SingleInstance instance;
    instance.listen();

    MainWindow window;
    window.show();
    QObject::connect(&instance, &SingleInstance::pathsReceived, &window,
                     [&window](const QStringList& received) {
                         window.raise();
                         window.activateWindow();
                         for (const QString& path : received)
                             window.documents()->openPath(path);
                     });
    // No path: the start page (New, Open, Recent, the sample, Import).
    for (const QString& path : paths)
        window.documents()->openPath(path);
    return QApplication::exec();
}
