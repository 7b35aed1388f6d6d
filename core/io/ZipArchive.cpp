#include "io/ZipArchive.h"

#include "io/ImportError.h"

#include <zlib.h>

namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qint64 kMaxDirectoryBytes = 64LL * 1024 * 1024;

quint32 u16(const QByteArray& b, qsizetype at)
{
    return quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8;
}

quint32 u32(const QByteArray& b, qsizetype at)
{
    return u16(b, at) | u16(b, at + 2) << 16;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

ZipArchive::ZipArchive(QIODevice& device) : ZipArchive(device, Limits()) {}

ZipArchive::ZipArchive(QIODevice& device, Limits limits) : device_(device), limits_(limits)
{
    const qint64 size = device_.size();
    // The end record (22 bytes and a comment of up to 64 KiB) closes the file.
    const qint64 tailSize = std::min<qint64>(size, 22 + 0xffff);
    const QByteArray tail = readAt(size - tailSize, tailSize);
    qsizetype end = -1;
    for (qsizetype i = tail.size() - 22; i >= 0 && end < 0; --i)
        if (u32(tail, i) == kEndOfDirectory) end = i;
    if (end < 0) throw ImportError(QStringLiteral("not a zip archive (no central directory)"));
    const quint32 count = u16(tail, end + 10);
    const quint32 directorySize = u32(tail, end + 12);
    const quint32 directoryOffset = u32(tail, end + 16);
    if (count == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff)
        throw ImportError(QStringLiteral("ZIP64 archives are not supported"));
    if (u16(tail, end + 4) != 0 || u16(tail, end + 6) != 0)
        throw ImportError(QStringLiteral("multi-part zip archives are not supported"));
    if (qint64(directoryOffset) + directorySize > size || directorySize > kMaxDirectoryBytes)
        throw ImportError(QStringLiteral("the zip archive is truncated or corrupt (its "
                                         "directory lies outside the file)"));
    const QByteArray dir = readAt(directoryOffset, directorySize);
    qsizetype at = 0;
    for (quint32 i = 0; i < count; ++i) {
        if (at + 46 > dir.size() || u32(dir, at) != kDirectoryEntry)
            throw ImportError(
                QStringLiteral("the zip archive's directory is corrupt (entry %1)").arg(i + 1));
        Entry e;
        const quint32 flags = u16(dir, at + 8);
        e.method = int(u16(dir, at + 10));
        e.crc = u32(dir, at + 16);
        e.compressedSize = u32(dir, at + 20);
        e.size = u32(dir, at + 24);
        const quint32 nameLength = u16(dir, at + 28);
        const quint32 extra = u16(dir, at + 30) + u16(dir, at + 32);
        e.headerOffset = u32(dir, at + 42);
        if (at + 46 + nameLength + extra > dir.size())
            throw ImportError(
                QStringLiteral("the zip archive's directory is corrupt (entry %1)").arg(i + 1));
        const QByteArray name = dir.mid(at + 46, nameLength);
        e.name = (flags & 0x800) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        if (flags & 0x1)
            throw ImportError(QStringLiteral("%1 in the zip archive is encrypted").arg(e.name));
        entries_.push_back(e);
        at += 46 + nameLength + extra;
    }
}

QByteArray ZipArchive::readAt(qint64 offset, qint64 size) const
{
    // Offsets come from the file itself: checked before seeking, not after.
    if (offset < 0 || size < 0 || offset + size > device_.size())
        throw ImportError(QStringLiteral("the zip archive is truncated"));
    if (!device_.seek(offset))
        throw ImportError(
            QStringLiteral("the zip archive cannot be read at offset %1").arg(offset));
    const QByteArray b = device_.read(size);
    if (b.size() != size) throw ImportError(QStringLiteral("the zip archive is truncated"));
    return b;
}

void ZipArchive::checkSize(const Entry& e, qint64 produced, qint64 consumed) const
{
    if (produced > limits_.maxEntryBytes)
        throw ImportError(QStringLiteral("%1 in the archive unpacks to over %2, more than the "
                                         "%3 allowed (a zip bomb?); refused")
                              .arg(e.name, megabytes(produced), megabytes(limits_.maxEntryBytes)));
    if (produced > limits_.ratioFloor &&
        produced > std::max<qint64>(consumed, 1) * limits_.maxRatio)
        throw ImportError(QStringLiteral("%1 in the archive unpacks to over %2 from %3 compressed, "
                                         "more than %4 times its size (a zip bomb?); refused")
                              .arg(e.name, megabytes(produced), megabytes(consumed))
                              .arg(limits_.maxRatio));
}

QByteArray ZipArchive::read(const Entry& e) const
{
    // The declared sizes are checked first; the real ones again while unpacking.
    checkSize(e, e.size, e.compressedSize);
    const QByteArray local = readAt(e.headerOffset, 30);
    if (u32(local, 0) != kLocalHeader)
        throw ImportError(
            QStringLiteral("%1 in the zip archive is corrupt (no local header)").arg(e.name));
    const qint64 dataOffset = e.headerOffset + 30 + u16(local, 26) + u16(local, 28);
    QByteArray data;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            throw ImportError(QStringLiteral("%1 in the zip archive is corrupt (stored with "
                                             "two sizes)")
                                  .arg(e.name));
        data = readAt(dataOffset, e.size);
    } else if (e.method == 8) {
        data = inflate(e, dataOffset);
    } else {
        throw ImportError(QStringLiteral("%1 in the zip archive uses compression method %2; "
                                         "only stored and deflated entries are read")
                              .arg(e.name)
                              .arg(e.method));
    }
    const quint32 crc = quint32(
        crc32_z(0L, reinterpret_cast<const Bytef*>(data.constData()), z_size_t(data.size())));
    if (crc != e.crc)
        throw ImportError(
            QStringLiteral("%1 in the zip archive is corrupt (CRC mismatch)").arg(e.name));
    return data;
}

QByteArray ZipArchive::inflate(const Entry& e, qint64 dataOffset) const
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) // raw deflate: zip has no zlib header
        throw ImportError(QStringLiteral("cannot start zlib"));
    struct End {
        z_stream* z;
        ~End() { inflateEnd(z); }
    } end{&z};
    if (dataOffset > device_.size() || !device_.seek(dataOffset))
        throw ImportError(QStringLiteral("%1 in the zip archive cannot be read").arg(e.name));

    constexpr qint64 kChunk = 256 * 1024;
    QByteArray out;
    out.reserve(qsizetype(std::min<qint64>(e.size, kChunk * 16)));
    QByteArray in;
    qint64 consumed = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (z.avail_in == 0) {
            const qint64 want = std::min<qint64>(kChunk, e.compressedSize - consumed);
            if (want <= 0)
                throw ImportError(QStringLiteral("%1 in the zip archive is truncated").arg(e.name));
            in = device_.read(want);
            if (in.size() != want)
                throw ImportError(QStringLiteral("%1 in the zip archive is truncated").arg(e.name));
            consumed += want;
            z.next_in = reinterpret_cast<Bytef*>(in.data());
            z.avail_in = uInt(in.size());
        }
        // Never more room than the entry claims: a lying header cannot make us allocate more.
        const qint64 room = std::min<qint64>(kChunk, e.size - out.size() + 1);
        const qsizetype before = out.size();
        out.resize(before + qsizetype(room));
        z.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        z.avail_out = uInt(room);
        status = ::inflate(&z, Z_NO_FLUSH);
        out.resize(before + qsizetype(room - z.avail_out));
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            throw ImportError(QStringLiteral("%1 in the zip archive is corrupt (%2)")
                                  .arg(e.name, QString::fromLatin1(z.msg ? z.msg : "bad data")));
        checkSize(e, out.size(), consumed);
        if (out.size() > e.size)
            throw ImportError(QStringLiteral("%1 in the zip archive unpacks to more than the %2 "
                                             "its header declares; refused")
                                  .arg(e.name, megabytes(e.size)));
        if (status == Z_BUF_ERROR && z.avail_in == 0 && consumed >= e.compressedSize)
            throw ImportError(QStringLiteral("%1 in the zip archive is truncated").arg(e.name));
    }
    return out;
}
