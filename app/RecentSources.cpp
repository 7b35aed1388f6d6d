#include "RecentSources.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kKey = QStringLiteral("import/recentSources");
}

RecentSources::RecentSources(QSettings& settings) : settings_(settings) {}

QStringList RecentSources::paths() const
{
    return settings_.value(kKey).toStringList();
}

void RecentSources::add(const QString& path)
{
    // Absolute, so the entry still means the same file when Tigris starts elsewhere.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMax)
        list.removeLast();
    settings_.setValue(kKey, list);
}

void RecentSources::clear()
{
    settings_.remove(kKey);
}
