// Shared runner: a QApplication exists for the whole run so that GUI and painter tests work
// under QT_QPA_PLATFORM=offscreen.
#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs test cases as parallel processes: each gets settings, data and cache folders of
    // its own (recent projects, the sample's working copy), inherited by the tigris processes it
    // starts, so that no case sees another's state or the user's.
    QTemporaryDir home;
    if (home.isValid()) {
        for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(var, (home.path() + QLatin1Char('/') + QLatin1String(var)).toLocal8Bit());
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TigrisTests"));
    QApplication::setApplicationName(QStringLiteral("tigris-tests"));
    return Catch::Session().run(argc, argv);
}
