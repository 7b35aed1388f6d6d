#pragma once
// The store tests that are about behaviour run against both implementations of EventStore:
// a project file (SQLite) and a project on a throwaway PostgreSQL server (PgTestCluster).
//   const QString backend = GENERATE(storeBackends());
//   TestProject project(backend);
//   auto store = project.create();
#include "PgTestCluster.h"
#include "TestCatch.h"
#include "store/EventStore.h"

#include <QTemporaryDir>
#include <QUuid>
#include <string>

#if __has_include(<catch2/generators/catch_generators.hpp>)
#include <catch2/generators/catch_generators.hpp>
#endif

inline auto storeBackends()
{
    return Catch::Generators::values<std::string>({"sqlite", "postgresql"});
}

// Where a test's project lives: a file in a temporary folder, or a project of its own (a
// unique name) on the test process's cluster.
class TestProject {
  public:
    explicit TestProject(const std::string& backend, const QString& name = QStringLiteral("p"))
    {
        if (backend == "postgresql")
            path_ = PgTestCluster::shared().projectUrl(
                name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12));
        else
            path_ = dir_.filePath(name + QStringLiteral(".tigris"));
    }
    const QString& path() const { return path_; }
    std::unique_ptr<EventStore> create() const { return EventStore::create(path_); }
    std::unique_ptr<EventStore> open(bool readOnly = false) const
    {
        return EventStore::open(path_, readOnly);
    }

  private:
    QTemporaryDir dir_;
    QString path_;
};
