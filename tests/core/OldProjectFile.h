#pragma once

#include "TestCatch.h"

#include <QFile>
#include <QString>
#include <sqlite3.h>

// A project file as an older Tigris wrote it, for the migration tests: `create` writes that
// version's schema (ProjectSchema::createVersionN), the test adds rows through db() by SQL,
// and the file is closed when this goes out of scope, before the test opens it as a project.
class OldProjectFile {
  public:
    OldProjectFile(const QString& path, void (*create)(sqlite3*))
    {
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db_) == SQLITE_OK);
        create(db_);
    }
    ~OldProjectFile() { sqlite3_close(db_); }
    OldProjectFile(const OldProjectFile&) = delete;
    OldProjectFile& operator=(const OldProjectFile&) = delete;

    sqlite3* db() const { return db_; }

  private:
    sqlite3* db_ = nullptr;
};
