#pragma once

#include <QString>

// What the file system says about a project file before SQLite opens it: whether it may be
// written (and if not, why), and whether the last writer left it without closing it cleanly
// (a write-ahead log no live process holds; SQLite itself reports a hot journal). Reads only.
namespace ProjectFileState {
// Empty when the file and its folder can be written (SQLite needs the folder for its
// journal); otherwise the reason as the user should read it.
QString readOnlyReason(const QString& path);
// True when a write-ahead log with frames lies next to the file and no process has the
// project open: the last writer died before checkpointing.
bool hasOrphanWal(const QString& path);

// Whether a connection of this process has the file open. Opening and closing any descriptor
// of a file drops every POSIX lock the process holds on it, SQLite's included, so files open
// here are not inspected.
bool isOpenHere(const QString& path);
// Marks a file as open by this process for as long as it lives.
class Registration {
  public:
    explicit Registration(const QString& path);
    ~Registration();
    Registration(const Registration&) = delete;
    Registration& operator=(const Registration&) = delete;

  private:
    QString key_;
};
} // namespace ProjectFileState
