#pragma once

#include <QTemporaryFile>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <vector>

// The positions a bulk write stores, put in spatial (Z-) order for RtreeBulkLoader while
// they are written, instead of by an ORDER BY over the whole table at commit (a second of
// SQLite's sorter a million rows, which nothing else overlaps). Entries are sorted in runs of
// kRunEntries in memory; full runs go to a temporary file, and forEach() merges them. Memory
// stays the same however many entries there are: one run, and a small buffer per run while
// merging.
class ZOrderRuns {
  public:
    // The Z-order (Morton) key of a position quantised to 2^16 steps per axis; the SQL
    // function tigris_zorder(lon, lat) gives the same.
    static quint64 key(double lon, double lat);

    void add(qint64 id, double lon, double lat);
    qint64 size() const { return count_; }
    // Every entry in key order (ties by id). Throws StoreError when the temporary file cannot
    // be written or read back.
    void forEach(const std::function<void(qint64 id, double lon, double lat)>& f);

  private:
    struct Entry {
        quint64 key;
        qint64 id;
        double lon, lat;
        bool operator<(const Entry& o) const { return key != o.key ? key < o.key : id < o.id; }
    };
    static constexpr std::size_t kRunEntries = 1 << 18; // 8 MiB
    void spill();

    std::vector<Entry> buffer_;
    std::vector<qint64> runs_; // each spilled run's number of entries, in file order
    std::unique_ptr<QTemporaryFile> file_;
    qint64 count_ = 0;
};
