#include "CliProgress.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

CliProgress::CliProgress(QTextStream& err, bool enabled, std::function<qint64()> clockMs)
    : err_(err), enabled_(enabled), clockMs_(std::move(clockMs))
{
    if (!clockMs_) {
        timer_.start();
        clockMs_ = [this] { return timer_.elapsed(); };
    }
}

CliProgress::~CliProgress()
{
    if (lastPercent_ < 0) return;
    err_ << "\n";
    err_.flush();
}

bool CliProgress::stderrIsTerminal()
{
    return isatty(fileno(stderr)) == 1;
}

void CliProgress::update(qint64 done, qint64 total)
{
    if (!enabled_ || total <= 0) return;
    const qint64 now = clockMs_();
    if (lastPercent_ >= 0 && now - lastMs_ < kIntervalMs) return;
    const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
    if (percent == lastPercent_) return;
    lastMs_ = now;
    lastPercent_ = percent;
    err_ << "\rimporting: " << percent << "%";
    err_.flush();
}

void CliProgress::finish()
{
    if (!enabled_ || lastPercent_ < 0) return;
    err_ << "\rimporting: 100%\n";
    err_.flush();
    lastPercent_ = -1;
}
