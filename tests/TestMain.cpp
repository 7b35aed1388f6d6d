// Shared runner: a QApplication exists for the whole run so that GUI and painter tests work
// under QT_QPA_PLATFORM=offscreen.
#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TigrisTests"));
    QApplication::setApplicationName(QStringLiteral("tigris-tests"));
    return Catch::Session().run(argc, argv);
}
