// Full repaints of a 1920x1080 map (basemap + events) at world, country and city zoom with
// 10k, 100k and 1M synthetic events clustered around real places. Prints median and p95.
#include "basemap/BasemapLayer.h"
#include "geo/WebMercator.h"
#include "render/EventLayer.h"
#include "render/MapPainter.h"
#include "render/MapViewport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <random>

namespace {
EventColumns synthetic(std::size_t n)
{
    const std::pair<double, double> places[] = {{36.34, 43.13}, {33.315, 44.366}, {34.607, 43.679},
                                                {35.468, 44.392}, {33.349, 43.784}, {35.95, 39.01},
                                                {36.191, 44.009}, {33.513, 36.292}, {34.929, 43.493}};
    std::mt19937 rng(7);
    std::normal_distribution<double> jitter(0, 0.35);
    std::uniform_int_distribution<int> pick(0, 8);
    EventColumns c;
    c.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto [lat, lon] = places[pick(rng)];
        const QPointF p = WebMercator::project(lat + jitter(rng), lon + jitter(rng));
        c.id.push_back(qint64(i));
        c.x.push_back(p.x());
        c.y.push_back(p.y());
        c.lo.push_back(0);
        c.hi.push_back(86400);
        c.category.push_back(std::uint16_t(i % 6));
        c.precision.push_back(3);
        c.geoPrecision.push_back(std::uint8_t(1 + i % 3));
        c.approximate.push_back(0);
    }
    return c;
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').at(0).toLong();
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    BasemapLayer basemap;
    const std::vector<QColor> colours{QColor(0xD55E00), QColor(0xCC79A7), QColor(0xE69F00),
                                      QColor(0x0072B2), QColor(0x009E73), QColor(0x56B4E9)};
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    std::printf("%-8s %-8s %10s %10s\n", "events", "zoom", "median ms", "p95 ms");
    for (std::size_t n : {10'000u, 100'000u, 1'000'000u}) {
        const EventColumns columns = synthetic(n);
        EventLayer events;
        events.setColumns(&columns);
        events.setColours(colours);
        const struct {
            const char* name;
            MapViewport view;
        } views[] = {{"world", MapViewport(QSizeF(1920, 1080), QPointF(0.5, 0.45), 2.5)},
                     {"country", MapViewport(QSizeF(1920, 1080), WebMercator::project(33.5, 43.5), 6.5)},
                     {"city", MapViewport(QSizeF(1920, 1080), WebMercator::project(36.34, 43.13), 12)}};
        for (const auto& v : views) {
            std::vector<double> ms;
            for (int frame = 0; frame < 40; ++frame) {
                QElapsedTimer t;
                t.start();
                QPainter painter(&image);
                MapPainter::paint(painter, v.view, {&basemap, &events});
                painter.end();
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            std::printf("%-8zu %-8s %10.2f %10.2f\n", n, v.name, ms[ms.size() / 2],
                        ms[ms.size() * 95 / 100]);
        }
        std::printf("resident memory with %zu events: %.0f MB\n", n, rssKb() / 1024.0);
    }
    return 0;
}
