#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// The files last imported, newest first, kept in the user's settings so File → Import recent
// offers them again in the next session. A path appears once; the list holds kMax.
// The same list under another key holds the recent projects (kProjectsKey), kept apart.
class RecentSources {
  public:
    static constexpr int kMax = 8;
    static constexpr const char* kSourcesKey = "import/recentSources";
    static constexpr const char* kProjectsKey = "documents/recentProjects";

    explicit RecentSources(QSettings& settings, const char* key = kSourcesKey);
    QStringList paths() const;
    void add(const QString& path);
    void clear();

  private:
    QSettings& settings_;
    QString key_;
};
