#include "PgTestCluster.h"

#include "store/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr const char* kBinDir = "/usr/lib/postgresql/15/bin";

// Runs a program (as `nobody` when we are root), its output into `log`; throws with the log's
// end when it fails. fork/exec rather than QProcess: the cluster is stopped by a static
// destructor, after the QApplication is gone.
void run(const QStringList& program, const QString& workDir, const QString& log)
{
    QStringList argv = program;
    if (geteuid() == 0) argv = QStringList{"/usr/sbin/runuser", "-u", "nobody", "--"} + argv;
    std::vector<QByteArray> bytes;
    for (const QString& a : argv)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char*> args;
    for (QByteArray& b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    const QByteArray dir = QFile::encodeName(workDir);
    const QByteArray logPath = QFile::encodeName(log);
    std::fflush(nullptr); // the child must not write our buffered output again
    const pid_t pid = fork();
    if (pid == 0) {
        if (chdir(dir.constData()) != 0) _exit(126);
        const int out = open(logPath.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (out >= 0) {
            dup2(out, STDOUT_FILENO);
            dup2(out, STDERR_FILENO);
        }
        execv(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QFile f(log);
        const QByteArray tail = f.open(QIODevice::ReadOnly) ? f.readAll().right(2000) : "";
        throw std::runtime_error(("test cluster: " + program.join(' ').toStdString() +
                                  " failed:\n" + tail.toStdString()));
    }
}

void handToNobody(const QString& path)
{
    if (geteuid() != 0) return;
    const passwd* pw = getpwnam("nobody");
    if (!pw) throw std::runtime_error("test cluster: running as root and there is no user nobody");
    if (chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
        throw std::runtime_error("test cluster: cannot hand " + path.toStdString() + " to nobody");
}

// The clusters of test processes that were killed (kill -9, a timeout) and so could not stop
// theirs: each folder names its owner in owner.pid; a folder whose owner is gone has its
// postmaster stopped and is removed, so a killed run leaves at most one cluster behind until
// the next run that needs one.
void reapOrphans(const QString& binDir)
{
    const QDir temp(QDir::tempPath());
    for (const QFileInfo& entry :
         temp.entryInfoList({QStringLiteral("tigris-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile ownerFile(entry.filePath() + QStringLiteral("/owner.pid"));
        if (!ownerFile.open(QIODevice::ReadOnly)) continue; // not ours, or still being made
        bool ok = false;
        const pid_t owner = pid_t(ownerFile.readAll().trimmed().toLongLong(&ok));
        if (!ok || owner <= 0 || owner == getpid() || kill(owner, 0) == 0 || errno != ESRCH)
            continue;
        const QString data = entry.filePath() + QStringLiteral("/data");
        if (QFileInfo::exists(data + QStringLiteral("/postmaster.pid"))) {
            try {
                run({binDir + "/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"},
                    entry.filePath(), entry.filePath() + QStringLiteral("/pg_ctl.log"));
            } catch (const std::exception&) {
                continue; // keep the folder of a server that would not stop
            }
        }
        QDir(entry.filePath()).removeRecursively();
    }
}

} // namespace

PgTestCluster& PgTestCluster::shared()
{
    static std::unique_ptr<PgTestCluster> cluster(new PgTestCluster);
    return *cluster;
}

PgTestCluster::PgTestCluster() : dir_(QDir::tempPath() + QStringLiteral("/tigris-pg-XXXXXX"))
{
    binDir_ = QString::fromLatin1(kBinDir);
    if (!QFileInfo(binDir_ + QStringLiteral("/initdb")).isExecutable() ||
        !QFileInfo::exists(QStringLiteral("/usr/share/postgresql/15/extension/postgis.control")))
        throw std::runtime_error("PostgreSQL 15 with PostGIS is not installed (no " +
                                 std::string(kBinDir) +
                                 "/initdb or no postgis extension): run scripts/setup.sh, which "
                                 "installs postgresql-15 and postgresql-15-postgis-3");
    if (!dir_.isValid()) throw std::runtime_error("test cluster: no temporary folder");
    reapOrphans(binDir_);
    {
        QFile owner(dir_.path() + QStringLiteral("/owner.pid"));
        if (owner.open(QIODevice::WriteOnly)) owner.write(QByteArray::number(qint64(getpid())));
    }
    handToNobody(dir_.path());
    run({binDir_ + "/initdb", "-D", dir_.path() + "/data", "-A", "trust", "-U", "tigris",
         "--no-sync", "-E", "UTF8", "--locale=C"},
        dir_.path(), dir_.path() + "/initdb.log");
    start();
    try {
        {
            PgConnection admin(
                QStringLiteral("postgresql:///postgres?host=%1&user=tigris").arg(dir_.path()),
                QStringLiteral("test cluster"));
            admin.exec("CREATE DATABASE tigris", "creating the test database");
        }
        PgConnection db(connectionUri(), QStringLiteral("test cluster"));
        db.exec("CREATE EXTENSION postgis", "creating the postgis extension");
    } catch (...) {
        stop(); // the destructor does not run for a constructor that throws
        throw;
    }
}

PgTestCluster::~PgTestCluster()
{
    try {
        stop();
    } catch (const std::exception&) {
        // The folder goes anyway; a postmaster whose folder is gone shuts itself down.
    }
}

void PgTestCluster::start()
{
    if (running_) return;
    // Durability is not tested here: no fsync makes a cluster start and write several times
    // faster on a shared machine.
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' "
                                           "-c fsync=off -c synchronous_commit=off "
                                           "-c full_page_writes=off -c shared_buffers=32MB "
                                           "-c max_connections=30")
                                .arg(dir_.path());
    run({binDir_ + "/pg_ctl", "-D", dir_.path() + "/data", "-l", dir_.path() + "/server.log", "-w",
         "-t", "60", "-o", options, "start"},
        dir_.path(), dir_.path() + "/pg_ctl.log");
    running_ = true;
}

void PgTestCluster::stop()
{
    if (!running_) return;
    running_ = false;
    run({binDir_ + "/pg_ctl", "-D", dir_.path() + "/data", "-m", "fast", "-w", "stop"}, dir_.path(),
        dir_.path() + "/pg_ctl.log");
}

QString PgTestCluster::connectionUri() const
{
    return QStringLiteral("postgresql:///tigris?host=%1&user=tigris").arg(dir_.path());
}

QString PgTestCluster::projectUrl(const QString& project) const
{
    return connectionUri() + QStringLiteral("&project=") + project;
}
