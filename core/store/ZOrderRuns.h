#pragma once

#include <QtGlobal>
#include <functional>
#include <vector>

// The positions a bulk write stores, put in spatial (Z-) order for RtreeBulkLoader while
// they are written, instead of by an ORDER BY over the whole table at commit (a second of
// SQLite's sorter a million rows, which nothing else overlaps). Entries are sorted in runs of
// kRunEntries in memory; full runs go to a temporary file, and forEach() merges them. Memory
// stays the same however many entries there are: one run, and a small buffer per run while
// merging.
class ZOrderRuns {
  public:
    static constexpr std::size_t kRunEntries = 1 << 18;

    // The Z-order (Morton) key of a position quantised to 2^16 steps per axis; the SQL
    // function tigris_zorder(lon, lat) gives the same.
    static quint64 key(double lon, double lat);

    // Runs of `runEntries` entries (8 MiB by default; fewer in tests).
    explicit ZOrderRuns(std::size_t runEntries = kRunEntries) : runEntries_(runEntries) {}
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
    void spill();
    void openFile();

    // The runs' file: unlinked as soon as it is made, so that nothing is left behind when the
    // process is killed (as SQLite's own temporary files).
    class TemporaryFile {
      public:
        ~TemporaryFile();
        void open();
        bool isOpen() const { return fd_ >= 0; }
        void write(const void* data, qint64 bytes, qint64 at);
        void read(void* data, qint64 bytes, qint64 at) const;

      private:
        int fd_ = -1;
    };

    std::vector<Entry> buffer_;
    std::vector<qint64> runs_; // each spilled run's number of entries, in file order
    TemporaryFile file_;
    qint64 fileBytes_ = 0;
    std::size_t runEntries_;
    qint64 count_ = 0;
};
