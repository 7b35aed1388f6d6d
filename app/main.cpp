// The launcher: the `tigris` binary. Help and the light commands (info, query: CliCatalog) run
// here, linked against the store and the layers below it only, so they start without Qt Gui,
// Qt Widgets, fonts or libpq: a few milliseconds rather than 50 (docs/performance.md). The
// window and every other command run in the application module, loaded from lib/tigris/ beside
// bin/ (the same rule as the GDAL plugin: build tree and install tree alike).
#include "CliCommand.h"
#include "CliDispatch.h"

#include <QCoreApplication>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

std::string executableDir()
{
    char buffer[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0) return ".";
    const std::string path(buffer, std::size_t(n));
    return path.substr(0, path.rfind('/'));
}

// Runs the application module's entry point; a module that cannot be loaded is a broken
// installation, said in one message naming every place looked at.
int runApplication(int argc, char** argv)
{
    std::vector<std::string> candidates;
    if (const char* env = std::getenv("TIGRIS_APP_MODULE"); env && *env) {
        candidates.emplace_back(env);
    } else {
        candidates.push_back(executableDir() + "/../lib/tigris/libtigris_app.so");
#ifdef TIGRIS_APP_MODULE_BUILT
        candidates.emplace_back(TIGRIS_APP_MODULE_BUILT); // a binary copied out of the build tree
#endif
    }
    std::string why;
    for (const std::string& path : candidates) {
        if (access(path.c_str(), R_OK) != 0) {
            why += "\n  " + path + ": not found";
            continue;
        }
        void* module = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
        if (!module) {
            const char* error = dlerror();
            why += "\n  " + path + ": " + (error ? error : "cannot be loaded");
            continue;
        }
        using Entry = int (*)(int, char**);
        if (const auto entry = reinterpret_cast<Entry>(dlsym(module, "tigris_app_main")))
            return entry(argc, argv);
        why += "\n  " + path + ": not a Tigris application module";
    }
    std::fprintf(stderr,
                 "tigris: the application module could not be loaded (reinstall Tigris):%s\n",
                 why.c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && CliDispatch::isLight(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("tigris"));
        QCoreApplication::setOrganizationName(QStringLiteral("Tigris"));
        return CliDispatch::run(QCoreApplication::arguments().mid(1),
                                CliDispatch::completed(readCommands()));
    }
    return runApplication(argc, argv);
}
