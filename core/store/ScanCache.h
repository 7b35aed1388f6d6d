#pragma once

#include <QtGlobal>

struct sqlite3;

// Shrinks a connection's page cache for the length of a full scan, which reads every page
// once and never again: it would otherwise fill the 64 MiB read cache, and that would stay
// resident after a million-row load.
class ScanCache {
  public:
    explicit ScanCache(sqlite3* db, int kib = 2048);
    ~ScanCache();
    ScanCache(const ScanCache&) = delete;
    ScanCache& operator=(const ScanCache&) = delete;

  private:
    sqlite3* db_;
    qint64 saved_ = -65536;
};
