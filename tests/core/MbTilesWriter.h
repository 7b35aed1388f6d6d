#pragma once
// Test helper: writes a small raster MBTiles file with the sqlite3 C API, as tile makers do.

#include "tiles/TileKey.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <sqlite3.h>

struct MbTilesWriter {
    QList<QPair<QString, QString>> metadata;
    QList<QPair<TileKey, QByteArray>> tiles; // XYZ keys; rows are flipped on writing
    bool withMetadataTable = true;
    bool withTilesTable = true;
    const char* tilesSchema = "CREATE TABLE tiles (zoom_level integer, tile_column integer, "
                              "tile_row integer, tile_data blob)";

    bool write(const QString& path) const
    {
        sqlite3* db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) return false;
        bool ok = true;
        auto exec = [&](const char* sql) {
            ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        };
        if (withMetadataTable) exec("CREATE TABLE metadata (name text, value text)");
        if (withTilesTable) {
            exec(tilesSchema);
            exec("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
        }
        sqlite3_stmt* stmt = nullptr;
        if (withMetadataTable && ok) {
            ok = sqlite3_prepare_v2(db, "INSERT INTO metadata VALUES (?1, ?2)", -1, &stmt,
                                    nullptr) == SQLITE_OK;
            for (const auto& [name, value] : metadata) {
                const QByteArray n = name.toUtf8(), v = value.toUtf8();
                sqlite3_bind_text(stmt, 1, n.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(stmt, 2, v.constData(), -1, SQLITE_TRANSIENT);
                ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
                sqlite3_reset(stmt);
            }
            sqlite3_finalize(stmt);
        }
        if (withTilesTable && ok) {
            ok = sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", -1, &stmt,
                                    nullptr) == SQLITE_OK;
            for (const auto& [key, data] : tiles) {
                sqlite3_bind_int(stmt, 1, key.z);
                sqlite3_bind_int(stmt, 2, key.x);
                sqlite3_bind_int(stmt, 3, (1 << key.z) - 1 - key.y); // TMS: rows from the south
                sqlite3_bind_blob(stmt, 4, data.constData(), static_cast<int>(data.size()),
                                  SQLITE_TRANSIENT);
                ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
                sqlite3_reset(stmt);
            }
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return ok;
    }
};
