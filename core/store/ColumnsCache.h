#pragma once

#include "model/EventColumns.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

// A project's columns kept on this machine between opens, in the user's cache folder (a file
// readable by the user only): reading them back is a copy of page-cached bytes instead of a scan
// of every event (at 10M events, 450 MB in a few tenths of a second instead of seconds).
// Server projects (PgEventStore::loadColumns, folder "server-columns") then read only what
// changed since the revision the file shows; project files (SqliteEventStore::loadColumns,
// folder "columns") use the file only when its revision is the project's. A file is named by a
// hash of the caller's key (which project, on which server or at which path and inode). Raw
// arrays, native byte order; a file of another format or size is ignored.
class ColumnsCache {
  public:
    struct Entry {
        qint64 revision = -1;            // the project's revision the columns show
        std::vector<qint64> categoryIds; // the categories their indexes point into, in order
        EventColumns columns;
    };

    // `folder` under the user's cache folder's tigris/.
    ColumnsCache(const QString& folder, const QByteArray& key);
    std::optional<Entry> read() const;
    // Best effort and atomic (a temporary file renamed): a cache that cannot be written is no
    // error, and a reader never sees half a file.
    void write(Entry& entry) const;
    const QString& path() const { return path_; }

  private:
    QString path_;
};
