#include "io/ZipArchive.h"

#include "io/ImportError.h"
#include "io/ZipEntryDevice.h"

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

QString ZipArchive::sizeFault(const Entry& e, qint64 produced, qint64 consumed,
                              const Limits& limits)
{
    if (produced > limits.maxEntryBytes)
        return QStringLiteral("%1 in the archive unpacks to over %2, more than the %3 allowed (a "
                              "zip bomb?); refused")
            .arg(e.name, megabytes(produced), megabytes(limits.maxEntryBytes));
    if (produced > limits.ratioFloor && produced > std::max<qint64>(consumed, 1) * limits.maxRatio)
        return QStringLiteral("%1 in the archive unpacks to over %2 from %3 compressed, more than "
                              "%4 times its size (a zip bomb?); refused")
            .arg(e.name, megabytes(produced), megabytes(consumed))
            .arg(limits.maxRatio);
    return {};
}

std::unique_ptr<ZipEntryDevice> ZipArchive::open(const Entry& e) const
{
    // The declared sizes are checked first; the real ones again while unpacking.
    if (const QString fault = sizeFault(e, e.size, e.compressedSize, limits_); !fault.isEmpty())
        throw ImportError(fault);
    const QByteArray local = readAt(e.headerOffset, 30);
    if (u32(local, 0) != kLocalHeader)
        throw ImportError(
            QStringLiteral("%1 in the zip archive is corrupt (no local header)").arg(e.name));
    const qint64 dataOffset = e.headerOffset + 30 + u16(local, 26) + u16(local, 28);
    if (e.method == 0 && e.compressedSize != e.size)
        throw ImportError(
            QStringLiteral("%1 in the zip archive is corrupt (stored with two sizes)").arg(e.name));
    if (e.method != 0 && e.method != 8)
        throw ImportError(QStringLiteral("%1 in the zip archive uses compression method %2; "
                                         "only stored and deflated entries are read")
                              .arg(e.name)
                              .arg(e.method));
    if (dataOffset + e.compressedSize > device_.size())
        throw ImportError(QStringLiteral("%1 in the zip archive is truncated").arg(e.name));
    return std::make_unique<ZipEntryDevice>(device_, e, dataOffset, limits_);
}

QByteArray ZipArchive::read(const Entry& e) const
{
    const auto entry = open(e);
    QByteArray data = entry->readAll();
    if (!entry->drain()) throw ImportError(entry->failure());
    return data;
}
