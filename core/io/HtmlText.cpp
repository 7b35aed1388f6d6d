#include "io/HtmlText.h"

#include <QHash>

namespace {

// Enough for what analysts paste from web pages; anything else is kept as written.
QString entity(QStringView name)
{
    static const QHash<QString, QString> kNamed{
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))},
        {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))},
        {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("deg"), QString(QChar(0xB0))},
    };
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code =
            name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'))
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
        // Control characters and non-characters would smuggle markup-like bytes into text.
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) ||
            (code < 32 && code != '\n' && code != '\t'))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return kNamed.value(name.toString().toLower());
}

bool breaksLine(QStringView tag)
{
    // The tag's name: after '<' and an optional '/', up to a space, '/' or the end.
    qsizetype i = tag.startsWith(QLatin1Char('/')) ? 1 : 0;
    qsizetype j = i;
    while (j < tag.size() && tag[j].isLetterOrNumber())
        ++j;
    const QString name = tag.mid(i, j - i).toString().toLower();
    return name == QLatin1String("br") || name == QLatin1String("p") ||
           name == QLatin1String("div") || name == QLatin1String("li") ||
           name == QLatin1String("tr") || (name.size() == 2 && name[0] == QLatin1Char('h'));
}

} // namespace

namespace HtmlText {

QString toPlain(const QString& html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&'))) return html.trimmed();
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
            const QStringView tag = QStringView(html).mid(i + 1, close < 0 ? 0 : close - i - 1);
            // A lone '<' (as in "casualties < 10") is text, not a tag.
            if (close < 0 || tag.isEmpty() ||
                !(tag[0].isLetter() || tag[0] == QLatin1Char('/') || tag[0] == QLatin1Char('!'))) {
                out += c;
                continue;
            }
            const QString lower = tag.left(6).toString().toLower();
            // Scripts and styles are dropped with their content; comments whole.
            bool dropped = false;
            for (const char* skipped : {"script", "style"}) {
                if (!lower.startsWith(QLatin1String(skipped))) continue;
                const QString end = QStringLiteral("</") + QLatin1String(skipped);
                const qsizetype stop = html.indexOf(end, close, Qt::CaseInsensitive);
                const qsizetype after = stop < 0 ? -1 : html.indexOf(QLatin1Char('>'), stop);
                i = after < 0 ? html.size() : after;
                dropped = true;
                break;
            }
            if (dropped) continue;
            if (tag.startsWith(QLatin1String("!--"))) {
                const qsizetype stop = html.indexOf(QLatin1String("-->"), i + 4);
                i = stop < 0 ? html.size() : stop + 2;
                continue;
            }
            out += breaksLine(tag) ? QLatin1Char('\n') : QLatin1Char(' ');
            i = close;
        } else if (c == QLatin1Char('&')) {
            const qsizetype semi = html.indexOf(QLatin1Char(';'), i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QString decoded = entity(QStringView(html).mid(i + 1, semi - i - 1));
                if (!decoded.isNull()) {
                    out += decoded;
                    i = semi;
                    continue;
                }
            }
            out += c;
        } else {
            out += c;
        }
    }
    // Collapse spaces within lines and blank runs between them, as a browser would.
    QStringList lines;
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        const QString s = line.simplified();
        if (!s.isEmpty() || (!lines.isEmpty() && !lines.last().isEmpty())) lines << s;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace HtmlText
