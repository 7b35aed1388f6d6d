#include "store/SqliteConnection.h"

#include "store/StoreError.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QUrl>
#include <sqlite3.h>

namespace SqliteConnection {

void configureLibrary()
{
    // SQLITE_MISUSE when the library is already initialised (GDAL opened a GeoPackage
    // first, say): then it keeps its statistics, which only costs time.
    [[maybe_unused]] static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

sqlite3* open(const QString& path, bool writable, bool immutable)
{
    configureLibrary();
    const QByteArray uri =
        "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") +
        (immutable ? "?immutable=1" : "");
    sqlite3* db = nullptr;
    const int flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_URI;
    if (sqlite3_open_v2(uri.constData(), &db, flags, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        throw StoreError(QStringLiteral("cannot be opened (%1)").arg(message), {path});
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_extended_result_codes(db, 1);
    return db;
}

bool needsRecovery(int extendedCode)
{
    return extendedCode == SQLITE_READONLY_ROLLBACK || extendedCode == SQLITE_READONLY_RECOVERY ||
           extendedCode == SQLITE_READONLY_CANTINIT || extendedCode == SQLITE_READONLY_CANTLOCK;
}

void recover(const QString& path)
{
    sqlite3* db = open(path, true);
    const auto close = qScopeGuard([db] { sqlite3_close_v2(db); });
    char* error = nullptr;
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, &error) !=
        SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(db));
        sqlite3_free(error);
        throw StoreError(QStringLiteral("could not be recovered (%1)").arg(message), {path});
    }
}

} // namespace SqliteConnection
