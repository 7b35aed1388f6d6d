#include "store/ProjectColumns.h"

#include "store/ColumnsCache.h"
#include "store/ColumnsScan.h"
#include "store/ProjectSchema.h"
#include "store/SqliteStatement.h"
#include "store/StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <optional>
#include <sys/stat.h>

namespace {

// What a kept copy must show to stand for the file's columns.
struct Stamp {
    qint64 revision = 0; // columns_revision mixed with the schema version
    std::vector<qint64> categoryIds;
};

// The file's stamp; none for a file without a trustworthy revision (an older schema, triggers
// dropped or changed by hand) or a connection inside a transaction (its own rows are not the
// file's). No transaction of its own (the connection may serve other threads): the revision
// and the schema version come from one statement, so a trigger dropped after the check below
// shows as another schema version; categories read apart can only make a match less likely.
std::optional<Stamp> stamp(sqlite3* db)
{
    if (!sqlite3_get_autocommit(db)) return std::nullopt;
    try {
        if (!ProjectSchema::hasColumnsRevision(db)) return std::nullopt;
        Stamp s;
        {
            SqliteStatement r(db, "SELECT revision, (SELECT schema_version FROM "
                                  "pragma_schema_version) FROM columns_revision WHERE id = 1");
            if (!r.step() || r.isNull(0)) return std::nullopt;
            // The revision is uniformly random: any odd multiplier keeps it so.
            s.revision =
                qint64(quint64(r.int64(0)) + quint64(r.int64(1)) * Q_UINT64_C(0x9E3779B97F4A7C15));
        }
        s.categoryIds = ColumnsScan::categoryIds(db);
        return s;
    } catch (const StoreError&) {
        return std::nullopt; // a table altered by hand beyond reading: scan
    }
}

// The copy's name: this file at this path, so that a file replaced by another at the same path
// (a new inode) or copied elsewhere never meets its copy.
std::optional<ColumnsCache> cacheFor(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    struct stat st {};
    if (canonical.isEmpty() || ::stat(QFile::encodeName(canonical).constData(), &st) != 0 ||
        !S_ISREG(st.st_mode))
        return std::nullopt;
    return ColumnsCache(QStringLiteral("columns"),
                        canonical.toUtf8() + '\n' + QByteArray::number(quint64(st.st_dev)) + '\n' +
                            QByteArray::number(quint64(st.st_ino)));
}

} // namespace

namespace ProjectColumns {

EventColumns load(sqlite3* db, const QString& path, Source* source)
{
    if (source) *source = Source::Scan;
    const std::optional<Stamp> before = stamp(db);
    const std::optional<ColumnsCache> cache = before ? cacheFor(path) : std::nullopt;
    if (!cache) return ColumnsScan::load(db, path);
    if (std::optional<ColumnsCache::Entry> kept = cache->read()) {
        if (kept->revision == before->revision && kept->categoryIds == before->categoryIds) {
            if (source) *source = Source::Cache;
            return std::move(kept->columns);
        }
    }
    ColumnsCache::Entry entry;
    entry.columns = ColumnsScan::load(db, path, {}, &entry.categoryIds);
    // Kept only when no change of the events was committed during the scan: the revision is
    // drawn anew by each, so the same one after as before means the scan read that state.
    const std::optional<Stamp> after = stamp(db);
    if (after && after->revision == before->revision) {
        entry.revision = after->revision;
        cache->write(entry);
    }
    return std::move(entry.columns);
}

} // namespace ProjectColumns
