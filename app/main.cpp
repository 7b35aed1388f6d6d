#include "Cli.h"
#include "MainWindow.h"
#include "io/SampleProject.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char** argv)
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
        // The command line needs no display: fonts and painting work on the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        // QApplication rather than QGuiApplication so that `screenshot` can lay out the window.
        QApplication app(argc, argv);
        return runCli();
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tigris"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tigris"));
    QApplication::setOrganizationName(QStringLiteral("Tigris"));
    QApplication::setApplicationVersion(QStringLiteral(TIGRIS_VERSION));

    MainWindow window;
    window.show();
    QString path = argc > 1 ? QApplication::arguments().at(1) : QString();
    if (path.isEmpty()) {
        try {
            path = ensureWorkingCopy();
        } catch (const std::exception& e) {
            QMessageBox::critical(&window, QStringLiteral("Tigris"),
                                  QStringLiteral("The bundled dataset could not be opened: %1")
                                      .arg(QString::fromUtf8(e.what())));
        }
    }
    if (!path.isEmpty()) window.openProject(path);
    return QApplication::exec();
}
