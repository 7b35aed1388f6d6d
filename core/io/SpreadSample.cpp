#include "io/SpreadSample.h"

#include "io/HtmlText.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// The end (one past) of the JSON object or array opening at `from`, strings and their
// escapes skipped; -1 when it does not close inside `text`.
qsizetype closing(const QByteArray& text, qsizetype from)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// KML text as written: CDATA unwrapped, entities decoded, tags dropped.
QString kmlText(const QString& raw)
{
    QString t = raw.trimmed();
    if (t.startsWith(QLatin1String("<![CDATA[")) && t.endsWith(QLatin1String("]]>")))
        return t.mid(9, t.size() - 12).trimmed();
    return HtmlText::toPlain(t).trimmed();
}

} // namespace

namespace SpreadSample {

QList<QByteArray> windows(QIODevice* file, int count, qint64 bytes)
{
    QList<QByteArray> out;
    if (!file || file->isSequential() || count <= 0) return out;
    const qint64 from = file->pos(), size = file->size();
    if (size <= 0) return out;
    if (size <= count * bytes) {
        if (file->seek(0)) out << file->read(size);
    } else {
        // The first window starts the file and the last ends it: a setting written at the end
        // (a file's last rows) is seen too.
        for (int k = 0; k < count; ++k) {
            const qint64 at = count == 1 ? 0 : (size - bytes) * k / (count - 1);
            if (!file->seek(at)) break;
            out << file->read(bytes);
        }
    }
    file->seek(from);
    return out;
}

QList<QJsonObject> geoJsonProperties(const QByteArray& window)
{
    QList<QJsonObject> out;
    const auto skipSpace = [&](qsizetype i) {
        while (i < window.size() && QChar::isSpace(uchar(window[i])))
            ++i;
        return i;
    };
    for (qsizetype at = window.indexOf("\"properties\""); at >= 0;
         at = window.indexOf("\"properties\"", at)) {
        qsizetype open = skipSpace(at + 12);
        if (open >= window.size() || window[open] != ':') {
            at = open;
            continue;
        }
        open = skipSpace(open + 1);
        if (open >= window.size() || window[open] != '{') {
            at = open;
            continue;
        }
        const qsizetype end = closing(window, open);
        if (end < 0) break;
        const QJsonDocument doc = QJsonDocument::fromJson(window.mid(open, end - open));
        if (doc.isObject()) out << doc.object();
        at = end;
    }
    return out;
}

QList<Record> kmlExtendedData(const QByteArray& window)
{
    QList<Record> out;
    const QString text = QString::fromUtf8(window);
    static const QRegularExpression placemark(
        QStringLiteral(R"(<(?:\w+:)?Placemark[\s>].*?</(?:\w+:)?Placemark>)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression data(
        QStringLiteral(R"(<(?:\w+:)?Data\s+name\s*=\s*["']([^"']*)["'][^>]*>.*?)"
                       R"(<(?:\w+:)?value>(.*?)</(?:\w+:)?value>)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression simple(
        QStringLiteral(R"(<(?:\w+:)?SimpleData\s+name\s*=\s*["']([^"']*)["'][^>]*>(.*?))"
                       R"(</(?:\w+:)?SimpleData>)"),
        QRegularExpression::DotMatchesEverythingOption);
    for (auto it = placemark.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        Record r;
        for (const QRegularExpression* re : {&data, &simple})
            for (auto d = re->globalMatch(p); d.hasNext();) {
                const auto m = d.next();
                r.append({m.captured(1).trimmed().toLower(), kmlText(m.captured(2))});
            }
        if (!r.isEmpty()) out << r;
    }
    return out;
}

} // namespace SpreadSample
