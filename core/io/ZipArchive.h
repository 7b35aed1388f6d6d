#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>
#include <vector>

class ZipEntryDevice;

// Reads a zip archive (PKWARE APPNOTE): the central directory, and entries stored or
// deflated (zlib, raw). Qt has no public zip API. An entry is unpacked only within Limits:
// a zip bomb is refused with a clear ImportError before anything over the cap is allocated,
// whatever its headers claim. ZIP64, encryption and other methods are refused too.
class ZipArchive {
  public:
    struct Limits {
        qint64 maxEntryBytes = 512LL * 1024 * 1024;
        // Past `ratioFloor` bytes, an entry may not unpack to more than `maxRatio` times its
        // compressed size (KML deflates 5–20×; a bomb a thousand times).
        qint64 ratioFloor = 16LL * 1024 * 1024;
        qint64 maxRatio = 100;
    };
    struct Entry {
        QString name;
        int method = 0; // 0 stored, 8 deflated
        quint32 crc = 0;
        qint64 compressedSize = 0, size = 0, headerOffset = 0;
    };

    // Reads the directory of `device` (random access). Throws ImportError if it is no zip.
    explicit ZipArchive(QIODevice& device);
    ZipArchive(QIODevice& device, Limits limits);
    const std::vector<Entry>& entries() const { return entries_; }
    // The entry as a stream, unpacked as it is read (see ZipEntryDevice). Throws ImportError
    // when its headers already break the limits or it is neither stored nor deflated.
    std::unique_ptr<ZipEntryDevice> open(const Entry& entry) const;
    // The entry's bytes, checked against its CRC-32. Throws ImportError.
    QByteArray read(const Entry& entry) const;

    // Why `produced` bytes unpacked from `consumed` break the limits; empty when they do not.
    static QString sizeFault(const Entry& entry, qint64 produced, qint64 consumed,
                             const Limits& limits);

  private:
    QByteArray readAt(qint64 offset, qint64 size) const;

    QIODevice& device_;
    Limits limits_;
    std::vector<Entry> entries_;
};
