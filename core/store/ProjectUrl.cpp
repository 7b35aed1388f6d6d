#include "store/ProjectUrl.h"

#include "store/StoreError.h"

#include <QStringList>
#include <QUrl>

namespace {
const QLatin1String kSchemes[] = {QLatin1String("postgresql://"), QLatin1String("postgres://")};

// The URI without the password in its authority (user:password@host) or in a `password=`
// parameter. Kept as text: libpq accepts what QUrl refuses (several hosts, say).
QString withoutPassword(const QString& uri, qsizetype schemeLength)
{
    QString out = uri;
    const qsizetype authorityEnd = [&] {
        qsizetype end = out.size();
        for (const QChar c : {QLatin1Char('/'), QLatin1Char('?')}) {
            const qsizetype i = out.indexOf(c, schemeLength);
            if (i >= 0 && i < end) end = i;
        }
        return end;
    }();
    const qsizetype at = out.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at >= schemeLength) {
        const qsizetype colon = out.indexOf(QLatin1Char(':'), schemeLength);
        if (colon >= 0 && colon < at) out.remove(colon, at - colon);
    }
    const qsizetype query = out.indexOf(QLatin1Char('?'));
    if (query < 0) return out;
    QStringList kept;
    for (const QString& p : out.mid(query + 1).split(QLatin1Char('&')))
        if (!p.startsWith(QLatin1String("password="))) kept << p;
    return out.left(query) + (kept.isEmpty() ? QString() : '?' + kept.join(QLatin1Char('&')));
}
} // namespace

bool ProjectUrl::isServerProject(const QString& text)
{
    for (const auto& scheme : kSchemes)
        if (text.startsWith(scheme, Qt::CaseInsensitive)) return true;
    return false;
}

ProjectUrl ProjectUrl::parse(const QString& text)
{
    qsizetype schemeLength = 0;
    for (const auto& scheme : kSchemes)
        if (text.startsWith(scheme, Qt::CaseInsensitive)) schemeLength = scheme.size();
    ProjectUrl url;
    url.display_ = withoutPassword(text, schemeLength);
    if (schemeLength == 0)
        throw StoreError(QStringLiteral("%1: not a server project (postgresql://…)").arg(text));
    const qsizetype query = text.indexOf(QLatin1Char('?'));
    QStringList kept;
    bool found = false;
    if (query >= 0) {
        for (const QString& p : text.mid(query + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            if (!p.startsWith(QLatin1String("project="))) {
                kept << p;
                continue;
            }
            if (found)
                throw StoreError(
                    QStringLiteral("%1: names more than one project").arg(url.display_));
            found = true;
            url.project_ = QUrl::fromPercentEncoding(p.mid(8).toUtf8());
        }
    }
    if (url.project_.trimmed().isEmpty())
        throw StoreError(QStringLiteral("%1: names no project; add ?project=NAME to the server's "
                                        "address")
                             .arg(url.display_));
    url.connection_ = (query >= 0 ? text.left(query) : text) +
                      (kept.isEmpty() ? QString() : '?' + kept.join(QLatin1Char('&')));
    return url;
}
