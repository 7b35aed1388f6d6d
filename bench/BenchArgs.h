#pragma once
// The command line of a benchmark: `--help` prints its usage and exits 0; a missing, extra or
// malformed argument prints what is wrong and the usage and exits 2. A benchmark never runs on
// nonsense (a size of 0, a project that is not one) and so never crashes on it.
#include "store/EventStore.h"

#include <QFileInfo>
#include <QString>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

class BenchArgs {
  public:
    // `usage` is the whole help text; at most `maxPositional` arguments are accepted.
    BenchArgs(int argc, char** argv, const char* usage, int maxPositional) : usage_(usage)
    {
        for (int i = 1; i < argc; ++i)
            args_.emplace_back(argv[i]);
        for (const auto& a : args_)
            if (a == "--help" || a == "-h") {
                std::fputs(usage_, stdout);
                std::exit(0);
            }
        for (const auto& a : args_)
            if (a.size() > 1 && a[0] == '-' && !isNumber(a)) fail("unknown option '" + a + "'");
        if (int(args_.size()) > maxPositional)
            fail("too many arguments (at most " + std::to_string(maxPositional) + ")");
    }

    int count() const { return int(args_.size()); }
    bool has(int i) const { return i < count(); }
    const std::string& at(int i) const { return args_.at(std::size_t(i)); }

    // Argument i as a whole number in [lo, hi]; `fallback` when it is absent.
    long long integer(int i, const char* name, long long fallback, long long lo, long long hi) const
    {
        if (!has(i)) return fallback;
        long long v = 0;
        const std::string& s = at(i);
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi)
            fail(std::string(name) + ": '" + s + "' is not a whole number from " +
                 std::to_string(lo) + " to " + std::to_string(hi));
        return v;
    }

    // Argument i as a Tigris project that opens (required): checked before the benchmark starts,
    // so that a bad file is a message rather than an exception or a dialog waiting for a click.
    QString project(int i, const char* name = "PROJECT") const
    {
        if (!has(i)) fail(std::string(name) + " is missing");
        const QString path = QString::fromLocal8Bit(at(i).c_str());
        const QFileInfo fi(path);
        if (!fi.isFile() || !fi.isReadable())
            fail(std::string(name) + ": '" + at(i) + "' is not a readable file");
        try {
            (void)EventStore::open(path, true);
        } catch (const std::exception& e) {
            fail(e.what());
        }
        return path;
    }

    [[noreturn]] void fail(const std::string& message) const
    {
        std::fprintf(stderr, "%s\n\n%s", message.c_str(), usage_);
        std::exit(2);
    }

  private:
    static bool isNumber(const std::string& s)
    {
        long long v = 0;
        return std::from_chars(s.data(), s.data() + s.size(), v).ptr == s.data() + s.size();
    }

    const char* usage_;
    std::vector<std::string> args_;
};
