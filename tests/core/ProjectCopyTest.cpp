// Save a Copy (ProjectCopy): a consistent snapshot, and clear refusals that leave the open
// project untouched.
#include "store/ProjectCopy.h"

#include "TestCatch.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <csignal>
#include <sys/resource.h>

namespace {
QByteArray infoOf(const EventStore& store)
{
    QJsonObject info = store.info().toJson();
    info.remove(QStringLiteral("statistics")); // whether they were kept or recomputed
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}
QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}
} // namespace

TEST_CASE("Save a Copy writes a project that opens with the same contents", "[copy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path);
    store->setSetting(QStringLiteral("view"), QStringLiteral("{\"zoom\":5}"));
    const QString copy = dir.filePath(QStringLiteral("copy.tigris"));
    ProjectCopy::write(*store, copy);
    auto reopened = EventStore::open(copy, true);
    CHECK(infoOf(*reopened) == infoOf(*store));
    CHECK(reopened->setting(QStringLiteral("view")) == QStringLiteral("{\"zoom\":5}"));
    // Over an existing copy: replaced whole, no temporary file left.
    store->setSetting(QStringLiteral("view"), QStringLiteral("{}"));
    reopened.reset();
    ProjectCopy::write(*store, copy);
    CHECK(EventStore::open(copy, true)->setting(QStringLiteral("view")) == QStringLiteral("{}"));
    CHECK(filesIn(dir.path()).filter(QStringLiteral(".part")).isEmpty());
}

TEST_CASE("Save a Copy refuses the open project, a read-only folder and a full disk", "[copy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path);
    const QByteArray before = infoOf(*store);
    const auto refusal = [&](const QString& target) {
        try {
            ProjectCopy::write(*store, target);
        } catch (const StoreError& e) {
            return e.message();
        }
        return QString();
    };

    CHECK(refusal(path).contains(QStringLiteral("the open project itself")));
    CHECK(refusal(dir.filePath(QStringLiteral("./p.tigris")))
              .contains(QStringLiteral("the open project itself")));

    const QString locked = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkdir(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(locked).isWritable()) { // root may write anyway
        CHECK(refusal(locked + QStringLiteral("/c.tigris")).contains(QStringLiteral("read-only")));
        CHECK(filesIn(locked).isEmpty());
    }
    QFile::setPermissions(locked,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(refusal(dir.filePath(QStringLiteral("none/c.tigris")))
              .contains(QStringLiteral("does not exist")));

    // A full disk, as a file size limit: writes beyond it fail (EFBIG) instead of killing us.
    rlimit old{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    const QString full = refusal(dir.filePath(QStringLiteral("full.tigris")));
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    CHECK(full.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("full.tigris"))));
    CHECK(filesIn(dir.path()).filter(QStringLiteral(".part")).isEmpty());

    CHECK(infoOf(*store) == before); // the open project untouched, and still writable
    store->setSetting(QStringLiteral("k"), QStringLiteral("v"));
}
