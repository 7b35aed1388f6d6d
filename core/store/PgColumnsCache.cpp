#include "store/PgColumnsCache.h"

#include "model/EventColumnsMerge.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstring>

namespace {
constexpr char kMagic[8] = {'T', 'G', 'R', 'S', 'C', 'O', 'L', '1'};

struct Header {
    char magic[8];
    qint64 revision;
    qint64 rows;
    qint64 categories;
};
} // namespace

PgColumnsCache::PgColumnsCache(const QByteArray& key)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                        QStringLiteral("/tigris/server-columns");
    path_ = dir + QLatin1Char('/') +
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()) +
            QStringLiteral(".columns");
}

std::optional<PgColumnsCache::Entry> PgColumnsCache::read() const
{
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    Header h{};
    if (file.read(reinterpret_cast<char*>(&h), sizeof h) != qint64(sizeof h) ||
        std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.rows < 0 || h.categories < 0 ||
        h.categories > 65536)
        return std::nullopt;
    Entry e;
    e.revision = h.revision;
    e.categoryIds.resize(std::size_t(h.categories));
    resizeColumns(e.columns, std::size_t(h.rows));
    qint64 expected = qint64(sizeof h) + h.categories * qint64(sizeof(qint64));
    for (const auto& [data, bytes] : rawColumns(e.columns))
        expected += qint64(bytes);
    if (file.size() != expected) return std::nullopt; // cut short, or not ours
    const qint64 idBytes = h.categories * qint64(sizeof(qint64));
    if (file.read(reinterpret_cast<char*>(e.categoryIds.data()), idBytes) != idBytes)
        return std::nullopt;
    for (const auto& [data, bytes] : rawColumns(e.columns))
        if (file.read(data, qint64(bytes)) != qint64(bytes)) return std::nullopt;
    return e;
}

void PgColumnsCache::write(Entry& entry) const
{
    QDir().mkpath(QFileInfo(path_).absolutePath());
    QSaveFile file(path_);
    if (!file.open(QIODevice::WriteOnly)) return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.revision = entry.revision;
    h.rows = qint64(entry.columns.size());
    h.categories = qint64(entry.categoryIds.size());
    bool ok = file.write(reinterpret_cast<const char*>(&h), sizeof h) == qint64(sizeof h);
    const qint64 idBytes = h.categories * qint64(sizeof(qint64));
    ok = ok &&
         file.write(reinterpret_cast<const char*>(entry.categoryIds.data()), idBytes) == idBytes;
    for (const auto& [data, bytes] : rawColumns(entry.columns))
        ok = ok && file.write(data, qint64(bytes)) == qint64(bytes);
    if (ok)
        file.commit();
    else
        file.cancelWriting();
}
