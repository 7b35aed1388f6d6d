#pragma once

#include <QString>

// Where a project lives when it is not a file: a libpq connection URI with the project's name
// as one more parameter, `postgresql://[user@]host[:port]/db?project=NAME` (or `postgres://`).
// `project` is split off; every other parameter (sslmode, host=/a/socket/dir, …) is kept for
// libpq. A password in the URI reaches libpq but never `display`, which messages, titles and
// recent-project lists show.
class ProjectUrl {
  public:
    // Whether `text` names a server project (by its scheme) rather than a file.
    static bool isServerProject(const QString& text);
    // Throws StoreError when `text` is a server URL without a project name (or with an empty
    // or repeated one), naming the URL without its password.
    static ProjectUrl parse(const QString& text);

    const QString& connectionUri() const { return connection_; } // for libpq, no `project`
    const QString& project() const { return project_; }
    const QString& display() const { return display_; } // the URL without a password

  private:
    QString connection_, project_, display_;
};
