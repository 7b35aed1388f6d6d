#include "io/GisBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <mutex>

namespace {

struct Loaded {
    const GisBackend* backend = nullptr;
    QString why; // when backend is null
};

QString executableDir()
{
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    if (!self.isEmpty()) return QFileInfo(self).absolutePath();
    return QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
}

// The places to look, in order (see GisBackend.h).
QStringList candidates(QString* override)
{
    if (const QByteArray env = qgetenv("TIGRIS_GDAL_PLUGIN"); !env.isNull()) {
        *override = QString::fromLocal8Bit(env);
        return {*override};
    }
    QStringList out;
    const QString dir = executableDir();
    if (!dir.isEmpty())
        out << QDir::cleanPath(dir + QStringLiteral("/../lib/tigris/libtigris_gdal.so"));
#if defined(TIGRIS_BUILD_DIR) && defined(TIGRIS_GDAL_PLUGIN_BUILT)
    // Only an executable of this build tree (the app, tests, benchmarks) looks into it: an
    // installed one never loads a plugin from wherever it was built.
    if (!dir.isEmpty() && QDir::cleanPath(dir).startsWith(QStringLiteral(TIGRIS_BUILD_DIR) +
                                                          QLatin1Char('/')))
        out << QStringLiteral(TIGRIS_GDAL_PLUGIN_BUILT);
#endif
    return out;
}

Loaded load()
{
    QString override;
    const QStringList paths = candidates(&override);
    if (!override.isNull() && override.isEmpty())
        return {nullptr, QStringLiteral("TIGRIS_GDAL_PLUGIN is empty: no GDAL plugin is loaded")};
    QStringList tried;
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path)) {
            tried << path;
            continue;
        }
        // Never unloaded (QLibrary's destructor keeps it): importers and the backend live in it.
        QLibrary library(path);
        const auto factory =
            reinterpret_cast<TigrisGisBackendFactory>(library.resolve(kGisBackendFactory));
        if (!factory) return {nullptr, QStringLiteral("%1 does not load: %2").arg(path, library.errorString())};
        if (const GisBackend* backend = factory(gisBackendKey().constData())) return {backend, {}};
        return {nullptr, QStringLiteral("%1 was built for another Tigris than %2").arg(path, QStringLiteral(TIGRIS_VERSION))};
    }
#ifndef TIGRIS_GDAL_PLUGIN_BUILT
    if (override.isNull())
        return {nullptr, QStringLiteral("it was built with TIGRIS_WITH_GDAL=OFF")};
#endif
    return {nullptr, QStringLiteral("its GDAL plugin is not installed (looked for %1)")
                         .arg(tried.join(QStringLiteral(", ")))};
}

} // namespace

const GisBackend* GisBackend::instance(QString* why)
{
    static std::once_flag once;
    static Loaded loaded;
    std::call_once(once, [] { loaded = load(); });
    if (why) *why = loaded.why;
    return loaded.backend;
}
