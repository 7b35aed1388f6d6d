#pragma once

#include <QElapsedTimer>
#include <QTextStream>
#include <functional>

// The percent of a source read, for `tigris import` on a terminal: one stderr line rewritten in
// place with "\r", at most every kIntervalMs, so that a million-row import does not spend its
// time printing. Disabled (stderr not a terminal: a pipe, a file, a test) it prints nothing.
class CliProgress {
  public:
    static constexpr qint64 kIntervalMs = 250;

    // `clockMs` returns milliseconds from any fixed point (tests pass their own).
    CliProgress(QTextStream& err, bool enabled, std::function<qint64()> clockMs = {});

    ~CliProgress(); // ends a line left open (an import that failed), so errors start afresh

    void update(qint64 done, qint64 total);
    void finish(); // "100%" and the end of the line, if one was started

    static bool stderrIsTerminal();

  private:
    QTextStream& err_;
    bool enabled_;
    std::function<qint64()> clockMs_;
    QElapsedTimer timer_;
    qint64 lastMs_ = 0;
    int lastPercent_ = -1;
};
