#include "ActorLoader.h"

#include "TestCatch.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

TEST_CASE("Actors load in the background; a newer load supersedes an older one", "[gui][actors]")
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(sample);
    const QString empty = dir.filePath(QStringLiteral("empty.tigris"));
    EventStore::create(empty);
    const EventColumns columns = EventStore::open(sample, true)->loadColumns();

    ActorLoader loader;
    QSignalSpy loaded(&loader, &ActorLoader::loaded);
    loader.start(sample, RowsById::of(columns.id));
    CHECK(loader.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    CHECK_FALSE(loader.isLoading());
    const EventActors actors = loader.takeResult();
    CHECK(actors.rows() == columns.size());
    CHECK_FALSE(actors.names.empty());

    // Two starts in a row: only the second one's result arrives, once.
    loader.start(sample, RowsById::of(columns.id));
    loader.start(empty, {});
    loader.waitForFinished();
    CHECK(loaded.count() == 2);
    CHECK(loader.takeResult().names.empty());
    QTest::qWait(200); // the first start's worker finishing late delivers nothing
    CHECK(loaded.count() == 2);

    // A project that cannot be read gives no actors rather than an error.
    loader.start(dir.filePath(QStringLiteral("missing.tigris")), RowsById::of(columns.id));
    loader.waitForFinished();
    CHECK(loader.takeResult().names.empty());
}
