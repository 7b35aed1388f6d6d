#pragma once
// Benchmarks that measure a run in a child process, so that its peak RSS is its own.
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

struct ChildRun {
    double seconds = 0;
    long peakRssKb = 0;
    int status = 0;
};

// Runs argv as a child (argv[0] a path, or a name looked up in PATH); wall time and the
// child's peak RSS (wait4's ru_maxrss: for a child the parent spawned, the larger of the
// parent's at the spawn and the child's own, see peakRssKb()).
inline ChildRun runChild(const std::vector<std::string>& args)
{
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", argv[0]);
        std::exit(1);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    ChildRun r;
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.peakRssKb = usage.ru_maxrss;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline long peakRssKb() // VmHWM: this process's own high-water mark since its exec
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').at(0).toLong();
    return 0;
}
