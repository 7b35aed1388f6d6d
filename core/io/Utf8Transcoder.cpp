#include "io/Utf8Transcoder.h"

#include <cstring>

Utf8Transcoder::Utf8Transcoder(QIODevice& source, const QString& encoding)
    : source_(source), decoder_(encoding.toLatin1().constData())
{
    // The decoder keeps state across chunks, so a character split between reads survives;
    // a byte order mark is dropped (the default), as the parsers expect.
    open(QIODevice::ReadOnly);
}

QString Utf8Transcoder::detect(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE")) return QStringLiteral("utf-16le");
    if (head.startsWith("\xFE\xFF")) return QStringLiteral("utf-16be");
    // Trim a character cut at the end of the sample before checking.
    qsizetype end = head.size();
    for (int back = 0; back < 3 && end > 0 && (uchar(head[end - 1]) & 0xC0) == 0x80; ++back)
        --end;
    if (end > 0 && (uchar(head[end - 1]) & 0xC0) == 0xC0) --end;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(QByteArrayView(head.constData(), end));
    Q_UNUSED(text);
    return utf8.hasError() ? QString() : QStringLiteral("utf-8");
}

qint64 Utf8Transcoder::bytesAvailable() const
{
    return buffer_.size() + QIODevice::bytesAvailable();
}

qint64 Utf8Transcoder::readData(char* data, qint64 maxSize)
{
    while (buffer_.size() < maxSize && !ended_) {
        const QByteArray chunk = source_.read(64 * 1024);
        if (chunk.isEmpty()) {
            ended_ = true;
            break;
        }
        buffer_ += QString(decoder_.decode(chunk)).toUtf8();
    }
    const qint64 n = std::min<qint64>(maxSize, buffer_.size());
    std::memcpy(data, buffer_.constData(), std::size_t(n));
    buffer_.remove(0, n);
    return n == 0 && ended_ ? -1 : n;
}
