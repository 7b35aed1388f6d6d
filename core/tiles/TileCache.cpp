#include "tiles/TileCache.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <vector>

namespace {
int imageCostKiB(const QImage& image)
{
    return std::max(1, static_cast<int>(image.sizeInBytes() / 1024));
}

bool writeMeta(const QString& tilePath, const QDateTime& expires, const QByteArray& etag)
{
    QSaveFile meta(tilePath + QStringLiteral(".meta"));
    if (!meta.open(QIODevice::WriteOnly)) return false;
    meta.write("expires=" + expires.toUTC().toString(Qt::ISODate).toLatin1() + '\n');
    if (!etag.isEmpty() && !etag.contains('\n')) meta.write("etag=" + etag + '\n');
    return meta.commit();
}
} // namespace

TileCache::TileCache(QString directory, int memoryLimitMB) : directory_(std::move(directory))
{
    setMemoryLimitMB(memoryLimitMB);
}

QString TileCache::defaultDirectory(const QString& sourceId)
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/tiles/") + sourceId;
}

QDateTime TileCache::expiryFor(const QByteArray& cacheControl, const QDateTime& now)
{
    const QString cc = QString::fromLatin1(cacheControl).toLower();
    static const QRegularExpression maxAge(QStringLiteral("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)"));
    if (const auto m = maxAge.match(cc); m.hasMatch()) {
        // Absurdly large values mean "for a long time": a year is plenty.
        constexpr qint64 kYear = 365LL * 24 * 3600;
        bool ok = false;
        const qint64 seconds = m.captured(1).toLongLong(&ok);
        return now.addSecs(ok ? std::min(seconds, kYear) : kYear);
    }
    if (cc.contains(QStringLiteral("no-cache")) || cc.contains(QStringLiteral("no-store")))
        return now;
    return now.addSecs(kDefaultMaxAgeSeconds);
}

QImage TileCache::decode(const QByteArray& data)
{
    // A tile is 256 or 512 px: a small body that claims a huge picture (a decompression
    // bomb) is refused before any pixel is allocated.
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const auto tooLarge = [](QSize size) {
        return size.width() > kMaxTileSide || size.height() > kMaxTileSide;
    };
    if (tooLarge(reader.size())) return {};
    const QImage image = reader.read();
    if (image.isNull() || tooLarge(image.size())) return {};
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                         : QImage::Format_RGB32);
}

QString TileCache::pathFor(const TileKey& key) const
{
    return QStringLiteral("%1/%2/%3/%4.png").arg(directory_).arg(key.z).arg(key.x).arg(key.y);
}

QImage TileCache::image(const TileKey& key) const
{
    const QImage* hit = memory_.object(key);
    return hit ? *hit : QImage();
}

void TileCache::insert(const TileKey& key, const QImage& image)
{
    if (image.isNull()) return;
    memory_.insert(key, new QImage(image), imageCostKiB(image));
}

void TileCache::setMemoryLimitMB(int mb)
{
    memory_.setMaxCost(std::max(1, mb) * 1024);
}

int TileCache::memoryLimitMB() const
{
    return static_cast<int>(memory_.maxCost() / 1024);
}

qint64 TileCache::memoryUsedBytes() const
{
    return static_cast<qint64>(memory_.totalCost()) * 1024;
}

std::optional<TileCache::DiskEntry> TileCache::read(const TileKey& key) const
{
    if (directory_.isEmpty()) return std::nullopt;
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    DiskEntry entry;
    entry.data = file.readAll();
    if (entry.data.isEmpty()) return std::nullopt;
    // A missing or unreadable sidecar leaves `expires` invalid: the tile counts as stale.
    QFile meta(pathFor(key) + QStringLiteral(".meta"));
    if (meta.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : meta.readAll().split('\n')) {
            if (line.startsWith("expires="))
                entry.expires =
                    QDateTime::fromString(QString::fromLatin1(line.mid(8)), Qt::ISODate);
            else if (line.startsWith("etag="))
                entry.etag = line.mid(5);
        }
    }
    return entry;
}

bool TileCache::write(const TileKey& key, const DiskEntry& entry) const
{
    if (directory_.isEmpty()) return false;
    const QString path = pathFor(key);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    file.write(entry.data);
    if (!file.commit()) return false;
    return writeMeta(path, entry.expires, entry.etag);
}

bool TileCache::setExpiry(const TileKey& key, const QDateTime& expires) const
{
    const std::optional<DiskEntry> old = read(key);
    if (!old) return false;
    return writeMeta(pathFor(key), expires, old->etag);
}

qint64 TileCache::prune(const QString& directory, qint64 maxBytes)
{
    if (directory.isEmpty()) return 0;
    struct Tile {
        QString path;
        QDateTime written;
        qint64 bytes; // with its sidecar
    };
    std::vector<Tile> tiles;
    qint64 total = 0;
    QDirIterator it(directory, {QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const qint64 bytes =
            info.size() + QFileInfo(info.filePath() + QStringLiteral(".meta")).size();
        tiles.push_back({info.filePath(), info.lastModified(), bytes});
        total += bytes;
    }
    if (total <= maxBytes) return 0;
    std::sort(tiles.begin(), tiles.end(),
              [](const Tile& a, const Tile& b) { return a.written < b.written; });
    qint64 freed = 0;
    for (const Tile& t : tiles) {
        if (total - freed <= maxBytes) break;
        QFile::remove(t.path + QStringLiteral(".meta"));
        if (QFile::remove(t.path)) freed += t.bytes;
    }
    return freed;
}
