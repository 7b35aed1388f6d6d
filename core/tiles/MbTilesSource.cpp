#include "tiles/MbTilesSource.h"

#include "base/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <sqlite3.h>

namespace {
QString sqliteMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

QString columnText(sqlite3_stmt* stmt, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text) : QString();
}

// Guesses the image format from the first bytes, for files whose metadata does not say.
QString sniffFormat(const QByteArray& data)
{
    if (data.startsWith("\x89PNG")) return QStringLiteral("png");
    if (data.startsWith("\xff\xd8")) return QStringLiteral("jpg");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") return QStringLiteral("webp");
    if (data.startsWith("\x1f\x8b")) return QStringLiteral("pbf"); // gzipped vector tiles
    return {};
}
// MBTiles attributions are often HTML links. Tigris shows data as plain text, so the markup
// is dropped (never rendered) and the common entities decoded.
QString plainAttribution(QString text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    text.remove(tag);
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        out += text.mid(last, m.capturedStart() - last);
        const char32_t c = code;
        out += ok && code > 0 && code < 0x110000 ? QString::fromUcs4(&c, 1) : m.captured();
        last = m.capturedEnd();
    }
    out += text.mid(last);
    out.replace(QStringLiteral("&copy;"), QStringLiteral("©"));
    out.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out.simplified();
}
} // namespace

MbTilesSource::MbTilesSource(const QString& path, QObject* parent, int memoryCacheMB)
    : TileSource(parent), path_(path), memory_(QString(), memoryCacheMB)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex();
    id_ = QStringLiteral("mbtiles-") + QString::fromLatin1(hash.left(8));
    if (!open()) throw tigris::Error(error_, {QFileInfo(path).fileName()});
}

MbTilesSource::~MbTilesSource()
{
    sqlite3_finalize(select_);
    sqlite3_close(db_);
}

bool MbTilesSource::fail(const QString& message)
{
    error_ = message;
    sqlite3_finalize(select_);
    select_ = nullptr;
    sqlite3_close(db_);
    db_ = nullptr;
    return false;
}

bool MbTilesSource::open()
{
    const QFileInfo info(path_);
    if (!info.exists()) return fail(QStringLiteral("no such file"));
    if (!info.isFile() || !info.isReadable()) return fail(QStringLiteral("not a readable file"));
    if (sqlite3_open_v2(QFile::encodeName(path_).constData(), &db_, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return fail(QStringLiteral("cannot open: %1").arg(sqliteMessage(db_)));

    // The schema check is the first read: it is where a non-SQLite file shows itself.
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_,
                                "SELECT name FROM sqlite_master WHERE type IN ('table','view') "
                                "AND name IN ('tiles','metadata')",
                                -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = sqliteMessage(db_);
        return fail(rc == SQLITE_NOTADB
                        ? QStringLiteral("not an MBTiles file (not an SQLite database)")
                        : QStringLiteral("cannot read: %1").arg(why));
    }
    bool hasTiles = false, hasMetadata = false;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const QString name = columnText(stmt, 0);
        hasTiles |= name == QLatin1String("tiles");
        hasMetadata |= name == QLatin1String("metadata");
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) return fail(QStringLiteral("cannot read: %1").arg(sqliteMessage(db_)));
    if (!hasTiles) return fail(QStringLiteral("not an MBTiles file (no tiles table)"));
    if (!hasMetadata) return fail(QStringLiteral("not an MBTiles file (no metadata table)"));

    if (sqlite3_prepare_v2(db_, "SELECT name, value FROM metadata", -1, &stmt, nullptr) !=
        SQLITE_OK)
        return fail(QStringLiteral("malformed metadata table: %1").arg(sqliteMessage(db_)));
    bool hasMinZoom = false, hasMaxZoom = false;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const QString name = columnText(stmt, 0).trimmed().toLower();
        const QString value = columnText(stmt, 1).trimmed();
        bool ok = false;
        if (name == QLatin1String("name")) {
            metadata_.name = value;
        } else if (name == QLatin1String("attribution")) {
            metadata_.attribution = plainAttribution(value);
        } else if (name == QLatin1String("format")) {
            metadata_.format = value.toLower();
        } else if (name == QLatin1String("minzoom")) {
            metadata_.minZoom = value.toInt(&ok);
            hasMinZoom = ok;
        } else if (name == QLatin1String("maxzoom")) {
            metadata_.maxZoom = value.toInt(&ok);
            hasMaxZoom = ok;
        } else if (name == QLatin1String("bounds")) {
            const QStringList parts = value.split(QLatin1Char(','));
            double v[4] = {};
            bool all = parts.size() == 4;
            for (int i = 0; all && i < 4; ++i)
                v[i] = parts[i].trimmed().toDouble(&all);
            if (all && v[0] < v[2] && v[1] < v[3])
                metadata_.bounds = GeoBox{v[0], v[1], v[2], v[3]};
        }
    }
    sqlite3_finalize(stmt);

    if (sqlite3_prepare_v2(db_,
                           "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND "
                           "tile_column = ?2 AND tile_row = ?3",
                           -1, &select_, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("malformed tiles table: %1").arg(sqliteMessage(db_)));

    if (!hasMinZoom || !hasMaxZoom) {
        if (sqlite3_prepare_v2(db_, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles", -1, &stmt,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL) {
            if (!hasMinZoom) metadata_.minZoom = sqlite3_column_int(stmt, 0);
            if (!hasMaxZoom) metadata_.maxZoom = sqlite3_column_int(stmt, 1);
        }
        sqlite3_finalize(stmt);
    }
    if (metadata_.format.isEmpty()) {
        if (sqlite3_prepare_v2(db_, "SELECT tile_data FROM tiles LIMIT 1", -1, &stmt, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, 0));
            metadata_.format =
                sniffFormat(QByteArray(bytes, std::min(sqlite3_column_bytes(stmt, 0), 16)));
        }
        sqlite3_finalize(stmt);
    }
    if (metadata_.format == QLatin1String("pbf") || metadata_.format == QLatin1String("mvt"))
        return fail(QStringLiteral("vector tiles (%1) are not supported; Tigris shows raster "
                                   "MBTiles (png, jpg, webp)")
                        .arg(metadata_.format));
    if (metadata_.format == QLatin1String("jpeg")) metadata_.format = QStringLiteral("jpg");
    metadata_.minZoom = std::clamp(metadata_.minZoom, 0, 30);
    metadata_.maxZoom = std::clamp(metadata_.maxZoom, metadata_.minZoom, 30);
    if (metadata_.name.isEmpty()) metadata_.name = QFileInfo(path_).completeBaseName();
    return true;
}

QByteArray MbTilesSource::tileData(const TileKey& key) const
{
    if (!select_ || !key.isValid()) return {};
    sqlite3_reset(select_);
    sqlite3_bind_int(select_, 1, key.z);
    sqlite3_bind_int(select_, 2, key.x);
    sqlite3_bind_int(select_, 3, (1 << key.z) - 1 - key.y);
    QByteArray data;
    if (sqlite3_step(select_) == SQLITE_ROW) {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(select_, 0));
        data = QByteArray(bytes, sqlite3_column_bytes(select_, 0));
    }
    sqlite3_reset(select_);
    return data;
}

QImage MbTilesSource::tile(const TileKey& key, bool fetch)
{
    QImage image = memory_.image(key);
    if (!image.isNull() || !fetch || absent_.contains(key)) return image;
    if (key.z < metadata_.minZoom || key.z > metadata_.maxZoom) return image;
    const QByteArray data = tileData(key);
    if (!data.isEmpty()) image = TileCache::decode(data);
    if (image.isNull()) {
        if (absent_.size() > 100000) absent_.clear(); // a long session over a sparse file
        absent_.insert(key);
        if (!data.isEmpty()) emit tileFailed(key, QStringLiteral("tile data is not an image"));
        return image;
    }
    memory_.insert(key, image);
    return image;
}
