#include "io/ZipEntryDevice.h"

namespace {

constexpr qint64 kChunk = 256 * 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

ZipEntryDevice::ZipEntryDevice(QIODevice& archive, ZipArchive::Entry entry, qint64 dataOffset,
                               ZipArchive::Limits limits)
    : archive_(archive), entry_(std::move(entry)), limits_(limits), nextOffset_(dataOffset)
{
    QIODevice::open(QIODevice::ReadOnly);
    if (entry_.method == 8) {
        // Raw deflate: zip has no zlib header.
        zlibOpen_ = inflateInit2(&z_, -MAX_WBITS) == Z_OK;
        if (!zlibOpen_) fail(QStringLiteral("cannot start zlib"));
    }
}

ZipEntryDevice::~ZipEntryDevice()
{
    if (zlibOpen_) inflateEnd(&z_);
}

bool ZipEntryDevice::atEnd() const
{
    return (finished_ || !failure_.isEmpty()) && QIODevice::atEnd();
}

bool ZipEntryDevice::drain()
{
    char block[64 * 1024];
    while (read(block, sizeof block) > 0) {
    }
    return failure_.isEmpty();
}

qint64 ZipEntryDevice::fail(const QString& reason)
{
    if (failure_.isEmpty()) failure_ = reason;
    setErrorString(failure_);
    return -1;
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (!failure_.isEmpty()) return -1;
    if (finished_ || maxSize <= 0) return 0;
    // Never more room than the entry claims (plus one byte to catch a lying header).
    const qint64 room = std::min(maxSize, entry_.size - produced_ + 1);
    qint64 n = 0;
    if (entry_.method == 8) {
        n = inflateInto(data, room);
    } else {
        const qint64 want = std::min(room, entry_.size - produced_);
        if (archive_.pos() != nextOffset_ && !archive_.seek(nextOffset_))
            return fail(QStringLiteral("%1 in the zip archive cannot be read").arg(entry_.name));
        n = want > 0 ? archive_.read(data, want) : 0;
        if (n != want)
            return fail(QStringLiteral("%1 in the zip archive is truncated").arg(entry_.name));
        nextOffset_ += n;
        consumed_ += n;
        finished_ = produced_ + n == entry_.size;
    }
    if (n < 0) return -1;
    crc_ = quint32(crc32_z(crc_, reinterpret_cast<const Bytef*>(data), z_size_t(n)));
    produced_ += n;
    const QString fault = ZipArchive::sizeFault(entry_, produced_, consumed_, limits_);
    if (!fault.isEmpty()) return fail(fault);
    if (produced_ > entry_.size)
        return fail(QStringLiteral("%1 in the zip archive unpacks to more than the %2 its header "
                                   "declares; refused")
                        .arg(entry_.name, megabytes(entry_.size)));
    if (finished_ && !finish()) return -1;
    return n;
}

qint64 ZipEntryDevice::inflateInto(char* data, qint64 room)
{
    z_.next_out = reinterpret_cast<Bytef*>(data);
    z_.avail_out = uInt(room);
    while (z_.avail_out == uInt(room)) { // until something comes out
        if (z_.avail_in == 0) {
            const qint64 want = std::min(kChunk, entry_.compressedSize - consumed_);
            if (want <= 0)
                return fail(QStringLiteral("%1 in the zip archive is truncated").arg(entry_.name));
            if (archive_.pos() != nextOffset_ && !archive_.seek(nextOffset_))
                return fail(
                    QStringLiteral("%1 in the zip archive cannot be read").arg(entry_.name));
            in_ = archive_.read(want);
            if (in_.size() != want)
                return fail(QStringLiteral("%1 in the zip archive is truncated").arg(entry_.name));
            consumed_ += want;
            nextOffset_ += want;
            z_.next_in = reinterpret_cast<Bytef*>(in_.data());
            z_.avail_in = uInt(in_.size());
        }
        const int status = ::inflate(&z_, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            finished_ = true;
            break;
        }
        if (status != Z_OK && status != Z_BUF_ERROR)
            return fail(QStringLiteral("%1 in the zip archive is corrupt (%2)")
                            .arg(entry_.name, QString::fromLatin1(z_.msg ? z_.msg : "bad data")));
        if (status == Z_BUF_ERROR && z_.avail_in == 0 && consumed_ >= entry_.compressedSize)
            return fail(QStringLiteral("%1 in the zip archive is truncated").arg(entry_.name));
    }
    return room - qint64(z_.avail_out);
}

bool ZipEntryDevice::finish()
{
    if (produced_ != entry_.size)
        return fail(QStringLiteral("%1 in the zip archive is corrupt (it unpacks to %2 bytes; its "
                                   "header declares %3)")
                        .arg(entry_.name)
                        .arg(produced_)
                        .arg(entry_.size)) >= 0;
    if (crc_ != entry_.crc)
        return fail(QStringLiteral("%1 in the zip archive is corrupt (CRC mismatch)")
                        .arg(entry_.name)) >= 0;
    return true;
}
