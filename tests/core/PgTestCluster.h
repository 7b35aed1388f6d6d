#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

// A throwaway PostgreSQL 15 + PostGIS server for the tests of server projects: initdb in a
// temporary folder, a postmaster listening only on a Unix socket in that folder (no TCP), a
// database `tigris` with the postgis extension. Stopped, and everything removed, when the test
// process ends; the cluster of a test process that was killed is stopped and removed by the
// next test process that starts one (owner.pid in the folder). Run as root (this machine, CI),
// initdb refuses to work: the cluster then belongs to `nobody`, its folder handed over. No
// pre-existing server is used or needed.
//
// Missing PostgreSQL binaries throw (the test fails, saying to run scripts/setup.sh): the
// server tests are part of the suite, not optional.
class PgTestCluster {
  public:
    // The cluster of this test process, started on first use.
    static PgTestCluster& shared();
    ~PgTestCluster();

    // libpq's URI for the test database (no project), and a project URL on it.
    QString connectionUri() const;
    QString projectUrl(const QString& project) const;
    QString socketDir() const { return dir_.path(); }

    // Stops and starts the server again (the same data): for lost-connection tests.
    void stop();
    void start();

  private:
    PgTestCluster();
    QTemporaryDir dir_;
    QString binDir_;
    bool running_ = false;
};
