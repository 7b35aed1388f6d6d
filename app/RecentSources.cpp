#include "RecentSources.h"

#include <QFileInfo>
#include <QSettings>

RecentSources::RecentSources(QSettings& settings, const char* key)
    : settings_(settings), key_(QString::fromLatin1(key))
{
}

QStringList RecentSources::paths() const
{
    return settings_.value(key_).toStringList();
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
    settings_.setValue(key_, list);
}

void RecentSources::clear()
{
    settings_.remove(key_);
}
