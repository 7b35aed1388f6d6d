#pragma once

#include "model/EventColumns.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

// The columns of a server project kept on this machine between opens, in the user's cache
// folder (readable by the user only): opening a project reads them and then only what changed
// on the server since the revision they were read at (PgEventStore::loadColumns), instead of
// every event's columns again (1.2 s at 1M, most of it the server's). A file is named by a hash
// of the server, database, user, project and the project's creation time, so a project made
// again under the same name never meets an older one's file. Raw arrays, native byte order;
// a file of another format or size is ignored.
class PgColumnsCache {
  public:
    struct Entry {
        qint64 revision = -1;            // the project's revision the columns show
        std::vector<qint64> categoryIds; // the categories their indexes point into, in order
        EventColumns columns;
    };

    explicit PgColumnsCache(const QByteArray& key);
    std::optional<Entry> read() const;
    void write(Entry& entry) const; // best effort: a cache that cannot be written is no error
    const QString& path() const { return path_; }

  private:
    QString path_;
};
