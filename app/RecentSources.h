#pragma once

#include <QStringList>

class QSettings;

// The files last imported, newest first, kept in the user's settings so File → Import recent
// offers them again in the next session. A path appears once; the list holds kMax.
class RecentSources {
  public:
    static constexpr int kMax = 8;

    explicit RecentSources(QSettings& settings);
    QStringList paths() const;
    void add(const QString& path);
    void clear();

  private:
    QSettings& settings_;
};
