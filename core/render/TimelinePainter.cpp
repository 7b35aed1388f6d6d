#include "render/TimelinePainter.h"

#include "render/TimelineSprites.h"
#include "time/DatePrecision.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace {
constexpr double kHeaderHeight = 18;
constexpr double kAxisHeight = 34;
constexpr double kRowPitch = 8; // vertical spacing of event rows inside a lane
constexpr double kBarHeight = 5;
constexpr double kMarkRadius = 3;
constexpr double kTitleHeight = 14; // a lane's title plate
constexpr double kSlotGap = 2;      // between marks side by side in one slot

const QColor kBackground(250, 250, 248);
const QColor kText(60, 60, 60);
const QColor kGrid(0, 0, 0, 22);
const QColor kBrushFill(30, 100, 210, 34);
const QColor kBrushEdge(30, 100, 210);
const QColor kCursor(200, 40, 40);

QFont smallFont()
{
    QFont f;
    f.setPixelSize(11);
    return f;
}

// A lane's band; its marks stack from marksTop down, under its title when it has one.
struct Lane {
    double top, height;
    double marksTop;
    bool titled;
};

// Lanes of the scene: one for everything, one per category, or one per top actor + "others".
// Actor lanes are only as many as leave room for their titles in `height`.
std::vector<QString> laneTitles(const TimelineScene& s, double height)
{
    switch (s.lanes) {
    case TimelineScene::Lanes::None:
        return {QString()};
    case TimelineScene::Lanes::Category:
        return s.categoryNames.empty() ? std::vector<QString>{QString()} : s.categoryNames;
    case TimelineScene::Lanes::Actor: {
        if (!s.actors || s.actors->names.empty()) return {QString()};
        const auto fit =
            std::size_t(std::max(1, int(height / TimelinePainter::kMinActorLaneHeight) - 1));
        const std::size_t n =
            std::min({s.actors->names.size(), std::size_t(TimelinePainter::kMaxActorLanes), fit});
        std::vector<QString> titles(s.actors->names.begin(),
                                    s.actors->names.begin() + std::ptrdiff_t(n));
        titles.push_back(QCoreApplication::translate("TimelinePainter", "Others"));
        return titles;
    }
    }
    return {QString()};
}

// Calls f(lane) for every lane the row appears in (an event with two actors appears twice).
template <typename F>
void forEachLane(const TimelineScene& s, std::size_t row, int laneCount, F&& f)
{
    switch (s.lanes) {
    case TimelineScene::Lanes::None:
        f(0);
        return;
    case TimelineScene::Lanes::Category:
        f(std::min<int>(s.columns->category[row], laneCount - 1));
        return;
    case TimelineScene::Lanes::Actor: {
        if (!s.actors || s.actors->rows() != s.columns->size()) {
            f(0);
            return;
        }
        bool others = false;
        const std::uint32_t b = s.actors->offsets[row], e = s.actors->offsets[row + 1];
        for (std::uint32_t k = b; k < e; ++k) {
            const int a = int(s.actors->ids[k]);
            if (a < laneCount - 1)
                f(a);
            else
                others = true;
        }
        if (others || b == e) f(laneCount - 1);
        return;
    }
    }
}

bool drawable(const TimelineScene& s, std::size_t i)
{
    return !s.filtered || s.filtered->size() != s.columns->size() || (*s.filtered)[i] != 0;
}

// Whether any of 64 rows may meet [from, to): a branch-free pass that compiles to SSE2 (signs
// of differences; no 64-bit compares there). A row out of ±2^62, where a difference could
// overflow, counts as "may", so no visible row is ever missed.
bool blockMayMeet(const qint64* lo, const qint64* hi, quint64 from, quint64 to)
{
    constexpr quint64 kBias = quint64(1) << 62;
    quint64 any = 0;
    for (int k = 0; k < 64; ++k) {
        const quint64 l = quint64(lo[k]), h = quint64(hi[k]);
        any |= ((l - to) & (from - h)) | (l + kBias) | (h + kBias);
    }
    return any >> 63;
}

// Events whose span meets the visible range, within the mark limit; false when too many.
bool visibleRows(const TimelineScene& s, std::vector<std::size_t>& rows)
{
    rows.clear();
    if (!s.columns) return true;
    // In whole seconds, lo < to is lo < ceil(to) and hi > from is hi > floor(from); clamped to
    // ±2^61 for blockMayMeet.
    const auto seconds = [](double t) { return qint64(std::clamp(t, -2.3e18, 2.3e18)); };
    const qint64 to = seconds(std::ceil(s.axis.to())), from = seconds(std::floor(s.axis.from()));
    const EventColumns& c = *s.columns;
    const qint64 *lo = c.lo.data(), *hi = c.hi.data();
    // Rows come in no time order and few are in view: most blocks of 64 are skipped whole
    // (1M rows: 4.3 ms row by row, 1.0 ms by blocks, at load 1).
    for (std::size_t b = 0; b < c.size(); b += 64) {
        const std::size_t e = std::min(c.size(), b + 64);
        if (e - b == 64 && !blockMayMeet(lo + b, hi + b, quint64(from), quint64(to))) continue;
        for (std::size_t i = b; i < e; ++i) {
            if (!((lo[i] < to) & (hi[i] > from)) || !drawable(s, i)) continue;
            if (rows.size() >= std::size_t(TimelinePainter::kMaxMarks)) return false;
            rows.push_back(i);
        }
    }
    return true;
}

// An event's extent along x: its bar, or an instant's mark (centred on its span).
struct Extent {
    double x0, x1;
    bool bar; // a span wide enough to show as a bar
};

Extent extentOf(const TimelineScene& s, std::size_t i)
{
    const double x0 = s.axis.xOf(double(s.columns->lo[i]));
    const double x1 = s.axis.xOf(double(s.columns->hi[i]));
    if (x1 - x0 < 2 * kMarkRadius)
        return {(x0 + x1) / 2 - kMarkRadius, (x0 + x1) / 2 + kMarkRadius, false};
    return {x0, x1, true};
}

// A month- or year-only date: a faded bar behind the exact dates, stacked after them.
bool isBackground(const TimelineScene& s, std::size_t i)
{
    return s.columns->precision[i] < std::uint8_t(DatePrecision::Day);
}

int slotsIn(const Lane& lane)
{
    return std::max(1, int((lane.top + lane.height - lane.marksTop - 4) / kRowPitch));
}

// The shape of one event in one slot (a row of marks) of a lane.
TimelinePainter::Mark shapeOf(const Extent& e, std::size_t i, int lane, const Lane& box, int slot)
{
    const double y = box.marksTop + 2 + slot * kRowPitch + kRowPitch / 2;
    const double h = e.bar ? kBarHeight : 2 * kMarkRadius;
    return {int(i), lane, QRectF(e.x0, y - h / 2, e.x1 - e.x0, h), e.bar};
}

// The lanes of the events' area; a lane with a title and room for it above a row of marks
// keeps its marks under the title, so that the title plate hides none.
std::vector<Lane> lanesIn(const QRectF& r, const std::vector<QString>& titles)
{
    const int count = std::max(1, int(titles.size()));
    std::vector<Lane> lanes;
    const double h = r.height() / count;
    for (int k = 0; k < count; ++k) {
        const double top = r.top() + k * h;
        const bool titled = count > 1 && !titles[std::size_t(k)].isEmpty() && h >= kTitleHeight;
        const bool above = titled && h >= kTitleHeight + kRowPitch + 4;
        lanes.push_back({top, h, above ? top + kTitleHeight : top, titled});
    }
    return lanes;
}

void drawAxis(QPainter& p, const TimelineScene& s, const TimelinePainter::Layout& l)
{
    const QFont font = smallFont();
    p.setFont(font);
    const QFontMetricsF fm(font);
    const TimeAxis::Ticks ticks = s.axis.ticks(fm);
    const double top = l.axis.top();
    p.setPen(QPen(QColor(150, 150, 150), 1));
    p.drawLine(QPointF(0, top + 0.5), QPointF(l.axis.right(), top + 0.5));

    const double row1 = top + 3, row2 = top + 18;
    for (const auto& t : ticks.minor) {
        p.setPen(kGrid);
        p.drawLine(QPointF(t.x, l.events.top()), QPointF(t.x, top));
        p.setPen(QColor(150, 150, 150));
        p.drawLine(QPointF(t.x, top), QPointF(t.x, top + 5));
        p.setPen(kText);
        p.drawText(QPointF(t.x + TimeAxis::kLabelPad, row1 + fm.ascent()), t.label);
    }
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    for (const auto& t : ticks.major) {
        p.setPen(QPen(QColor(0, 0, 0, 60), 1));
        p.drawLine(QPointF(t.x, l.events.top()), QPointF(t.x, l.axis.bottom()));
        p.setPen(kText);
        if (!t.label.isEmpty())
            p.drawText(QPointF(t.x + TimeAxis::kLabelPad, row2 + fm.ascent()), t.label);
    }
    if (!ticks.pinned.label.isEmpty())
        p.drawText(QPointF(TimeAxis::kLabelPad, row2 + fm.ascent()), ticks.pinned.label);
    p.setFont(font);
}

void drawHistogram(QPainter& p, const TimelineScene& s, const QRectF& r)
{
    if (!s.histogram || s.histogram->size() == 0) return;
    const TimeHistogram::Bins& b = *s.histogram;
    const double scale = s.histogramScale > 0 ? s.histogramScale : b.maxTotal;
    if (scale <= 0) return;
    p.save();
    p.setClipRect(r);
    p.setPen(Qt::NoPen);
    for (std::size_t k = 0; k < b.size(); ++k) {
        const double x0 = s.axis.xOf(double(b.edges[k])), x1 = s.axis.xOf(double(b.edges[k + 1]));
        if (x1 < 0 || x0 > r.right()) continue;
        const double w = std::max(1.0, x1 - x0 - (x1 - x0 > 4 ? 1 : 0)); // a hairline gap
        double y = r.bottom();
        for (int c = 0; c < b.categories; ++c) {
            const double h = b.count(k, c) / scale * (r.height() - 2);
            if (h <= 0) continue;
            const QColor colour = std::size_t(c) < s.colours.size() ? s.colours[std::size_t(c)]
                                                                    : QColor(120, 120, 120);
            p.fillRect(QRectF(x0, y - h, w, h), colour);
            y -= h;
        }
    }
    p.restore();
}

void drawEvent(QPainter& p, const TimelineScene& s, const TimelinePainter::Mark& shape,
               bool selected, TimelineSprites* sprites)
{
    const auto i = std::size_t(shape.row);
    const EventColumns& c = *s.columns;
    TimelineMarkLook look;
    look.colour = c.category[i] < s.colours.size() ? s.colours[c.category[i]] : QColor(Qt::gray);
    const bool outside = s.inWindow && s.inWindow->size() == c.size() && (*s.inWindow)[i] == 0;
    look.alpha =
        outside ? 70 : (s.inWindow && s.inWindow->size() == c.size() ? (*s.inWindow)[i] : 255);
    look.imprecise = c.precision[i] < std::uint8_t(DatePrecision::Day);
    look.approximate = (c.approximate[i] & 1) != 0;
    look.selected = selected;
    const int alpha = look.alpha;

    if (shape.bar) {
        QColor fill = look.colour;
        if (look.imprecise) {
            // The whole month or year, faded and hatched: the date is somewhere in there.
            fill.setAlpha(alpha * 45 / 255);
            p.fillRect(shape.rect, fill);
            QColor hatch = look.colour;
            hatch.setAlpha(alpha * 150 / 255);
            p.fillRect(shape.rect, QBrush(hatch, Qt::BDiagPattern));
        } else {
            fill.setAlpha(alpha);
            p.fillRect(shape.rect, fill);
        }
        if (look.imprecise || look.approximate || selected) {
            if (sprites)
                sprites->drawBarOutline(p, shape.rect, look);
            else
                TimelineSprites::paintBarOutline(p, shape.rect, look);
        }
    } else if (sprites) {
        sprites->drawInstant(p, shape.rect, look);
    } else {
        TimelineSprites::paintInstant(p, shape.rect, look);
    }
    // A span open on one side (EventFlags 2, 4): a dashed tail with an arrowhead on that side,
    // so it reads as "continues, how far is unknown" and not as a known end.
    if (const int open = c.approximate[i] & 6) {
        QColor tail = look.colour;
        tail.setAlpha(alpha);
        p.setPen(QPen(tail, 1.5, Qt::DashLine));
        const double y = shape.rect.center().y();
        for (const bool right : {false, true}) {
            if (!(open & (right ? 4 : 2))) continue;
            const double x0 = right ? shape.rect.right() : shape.rect.left();
            const double x1 = right ? x0 + 18 : x0 - 18;
            p.drawLine(QPointF(x0, y), QPointF(x1, y));
            const double d = right ? -4 : 4;
            p.setPen(QPen(tail, 1.5));
            p.drawLine(QPointF(x1, y), QPointF(x1 + d, y - 3));
            p.drawLine(QPointF(x1, y), QPointF(x1 + d, y + 3));
            p.setPen(QPen(tail, 1.5, Qt::DashLine));
        }
    }
    if (look.approximate && shape.rect.left() > 14) {
        QColor text = kText;
        text.setAlpha(alpha);
        p.setPen(text);
        p.drawText(QRectF(shape.rect.left() - 14, shape.rect.center().y() - 6, 13, 12),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("c."));
    }
}

void drawBrush(QPainter& p, const TimelineScene& s, const TimelinePainter::Layout& l, QSizeF size)
{
    if (!s.window.isValid() || s.window.from == std::numeric_limits<qint64>::min()) return;
    const double x0 = s.axis.xOf(double(s.window.from)), x1 = s.axis.xOf(double(s.window.to));
    const QRectF body(x0, l.header.top(), std::max(1.0, x1 - x0),
                      l.histogram.bottom() - l.header.top());
    if (s.cumulative) {
        // Everything before the window stays on the map, fading with age.
        QLinearGradient g(QPointF(std::max(0.0, x0 - 300), 0), QPointF(x0, 0));
        g.setColorAt(0, QColor(30, 100, 210, 0));
        g.setColorAt(1, QColor(30, 100, 210, 22));
        p.fillRect(
            QRectF(0, l.events.top(), std::max(0.0, x0), l.histogram.bottom() - l.events.top()), g);
    }
    p.fillRect(body, kBrushFill);
    p.setPen(QPen(kBrushEdge, 1.5));
    p.drawLine(QPointF(x0, body.top()), QPointF(x0, body.bottom()));
    p.drawLine(QPointF(x1, body.top()), QPointF(x1, body.bottom()));
    // Handles: grips on each edge in the header.
    p.setBrush(kBrushEdge);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(x0 - 3, l.header.top() + 2, 6, l.header.height() - 4), 2, 2);
    p.drawRoundedRect(QRectF(x1 - 3, l.header.top() + 2, 6, l.header.height() - 4), 2, 2);
    if (s.cumulative) {
        p.setPen(QPen(kCursor, 2));
        p.drawLine(QPointF(x1, l.header.top()), QPointF(x1, l.axis.top()));
    }

    const QFont font = smallFont();
    p.setFont(font);
    const QFontMetricsF fm(font);
    // Cumulative mode shows everything up to the window's end: the plate says so.
    const QString label = s.cumulative ? TimelinePainter::cumulativeLabel(s.window)
                                       : TimelinePainter::windowLabel(s.window);
    const double w = fm.horizontalAdvance(label) + 10;
    double left = (x0 + x1) / 2 - w / 2;
    left = std::clamp(left, 0.0, std::max(0.0, size.width() - w));
    const QRectF box(left, l.header.top() + 1, w, l.header.height() - 2);
    p.setBrush(QColor(255, 255, 255, 230));
    p.setPen(QPen(kBrushEdge, 1));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(kText);
    p.drawText(box, Qt::AlignCenter, label);
}
} // namespace

TimelinePainter::Layout TimelinePainter::layout(QSizeF size)
{
    Layout l;
    const double w = size.width(), h = size.height();
    l.header = QRectF(0, 0, w, kHeaderHeight);
    l.axis = QRectF(0, std::max(kHeaderHeight, h - kAxisHeight), w, kAxisHeight);
    const double body = std::max(0.0, l.axis.top() - kHeaderHeight);
    const double histH = std::clamp(body * 0.4, std::min(body, 24.0), 90.0);
    l.histogram = QRectF(0, l.axis.top() - histH, w, histH);
    l.events = QRectF(0, kHeaderHeight, w, std::max(0.0, l.histogram.top() - kHeaderHeight));
    return l;
}

void TimelinePainter::paint(QPainter& p, const TimelineScene& s, QSizeF size)
{
    std::vector<Mark> marks;
    const bool sparse = place(s, size, marks);
    paintUnder(p, s, size);
    paintOver(p, s, size, marks, sparse);
}

void TimelinePainter::paintUnder(QPainter& p, const TimelineScene& s, QSizeF size)
{
    p.save();
    // Dates and counts keep their order in a right-to-left UI ("10 Jun 2014", not "2014 10 Jun");
    // the axis runs left to right in every language.
    p.setLayoutDirection(Qt::LeftToRight);
    p.setRenderHint(QPainter::Antialiasing, true);
    const Layout l = layout(size);
    p.fillRect(QRectF(QPointF(0, 0), size), kBackground);
    p.fillRect(l.histogram, QColor(243, 243, 240));

    const std::vector<QString> titles = laneTitles(s, l.events.height());
    const int laneCount = int(titles.size());
    const std::vector<Lane> lanes = lanesIn(l.events, titles);
    for (int k = 1; k < laneCount; k += 2)
        p.fillRect(QRectF(0, lanes[std::size_t(k)].top, size.width(), lanes[std::size_t(k)].height),
                   QColor(0, 0, 0, 9));

    drawAxis(p, s, l);
    drawHistogram(p, s, l.histogram);
    p.restore();
}

void TimelinePainter::paintOver(QPainter& p, const TimelineScene& s, QSizeF size,
                                const std::vector<Mark>& marks, bool sparse)
{
    p.save();
    p.setLayoutDirection(Qt::LeftToRight);
    p.setRenderHint(QPainter::Antialiasing, true);
    const Layout l = layout(size);
    const std::vector<QString> titles = laneTitles(s, l.events.height());
    const int laneCount = int(titles.size());
    const std::vector<Lane> lanes = lanesIn(l.events, titles);

    p.save();
    p.setClipRect(l.events);
    TimelineSprites* sprites = s.sprites && s.sprites->begin(p) ? s.sprites : nullptr;
    if (sparse && s.columns) {
        const QFont font = smallFont();
        p.setFont(font);
        // The faded month- and year-long bars behind the exact dates.
        for (const bool background : {true, false})
            for (const Mark& m : marks)
                if (isBackground(s, std::size_t(m.row)) == background)
                    drawEvent(p, s, m, false, sprites);
        const auto byRow = [](const Mark& m, int row) { return m.row < row; };
        for (int row : s.selection)
            for (auto m = std::lower_bound(marks.begin(), marks.end(), row, byRow);
                 m != marks.end() && m->row == row; ++m)
                drawEvent(p, s, *m, true, sprites);
    } else if (!sparse) {
        p.setPen(QColor(120, 120, 120));
        p.setFont(smallFont());
        p.drawText(l.events.adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::AlignBottom,
                   QCoreApplication::translate("TimelinePainter",
                                               "Too many events to draw one by one: zoom in"));
    }
    if (s.columns && s.hovered >= 0 && std::size_t(s.hovered) < s.columns->size()) {
        const std::size_t i = std::size_t(s.hovered);
        p.setPen(QPen(QColor(0, 0, 0, 90), 1, Qt::DashLine));
        const double x = s.axis.xOf(double(s.columns->lo[i]));
        p.drawLine(QPointF(x, l.events.top()), QPointF(x, l.axis.top()));
    }
    p.restore();

    // Lane titles on a light plate at the left.
    if (laneCount > 1) {
        const QFont font = smallFont();
        p.setFont(font);
        const QFontMetricsF fm(font);
        for (int k = 0; k < laneCount; ++k) {
            const QString& t = titles[std::size_t(k)];
            if (!lanes[std::size_t(k)].titled) continue;
            const QString shown = fm.elidedText(t, Qt::ElideRight, 140);
            const QRectF box(2, lanes[std::size_t(k)].top + 1, fm.horizontalAdvance(shown) + 8,
                             fm.height());
            p.fillRect(box, QColor(255, 255, 255, 200));
            p.setPen(kText);
            p.drawText(box, Qt::AlignCenter, shown);
        }
    }
    // Annotation spans: thin bands under the header, titled where there is room.
    if (s.marks && !s.marks->empty()) {
        const QFont font = smallFont();
        p.setFont(font);
        const QFontMetricsF fm(font);
        const double y = l.events.top() + 1;
        for (const TimelineScene::Mark& m : *s.marks) {
            const double x0 = std::max(0.0, s.axis.xOf(double(m.from)));
            const double x1 = std::min(size.width(), s.axis.xOf(double(m.to)));
            if (x1 <= 0 || x0 >= size.width()) continue;
            QColor band = m.colour;
            band.setAlpha(170);
            const QRectF r(x0, y, std::max(2.0, x1 - x0), 4);
            p.fillRect(r, band);
            const QString t = fm.elidedText(m.title, Qt::ElideRight, r.width() - 4);
            if (r.width() > 40 && !t.isEmpty()) {
                p.setPen(m.colour.darker(140));
                p.drawText(QRectF(r.left() + 2, r.bottom(), r.width() - 4, fm.height()),
                           Qt::AlignLeft | Qt::AlignTop, t);
            }
        }
    }
    drawBrush(p, s, l, size);
    p.restore();
}

bool TimelinePainter::place(const TimelineScene& s, QSizeF size, std::vector<Mark>& marks)
{
    marks.clear();
    std::vector<std::size_t> rows;
    if (!visibleRows(s, rows)) return false;
    if (!s.columns) return true;
    const Layout l = layout(size);
    const std::vector<QString> titles = laneTitles(s, l.events.height());
    const int laneCount = int(titles.size());
    const std::vector<Lane> lanes = lanesIn(l.events, titles);
    struct Item {
        std::size_t row;
        int lane;
        Extent extent;
        bool background;
    };
    std::vector<Item> items;
    items.reserve(rows.size());
    for (std::size_t i : rows) {
        const Extent e = extentOf(s, i);
        const bool background = isBackground(s, i);
        forEachLane(s, i, laneCount, [&](int lane) { items.push_back({i, lane, e, background}); });
    }
    // Per lane, the exact dates first, then the month- or year-only ones; each left to right,
    // ties by id, so that the stacking depends on the events in view and the scale, not on the
    // order of the rows.
    const EventColumns& c = *s.columns;
    std::sort(items.begin(), items.end(), [&c](const Item& a, const Item& b) {
        if (a.lane != b.lane) return a.lane < b.lane;
        if (a.background != b.background) return b.background;
        if (a.extent.x0 != b.extent.x0) return a.extent.x0 < b.extent.x0;
        return c.id[a.row] < c.id[b.row];
    });
    // Exact dates fill the lane's slots from the top, each into the first slot where it meets
    // nothing; the faded month- and year-long bars then fill them from the bottom, around the
    // exact ones. Within one pass a slot's marks are disjoint and in x order, so "where does
    // slot k end" (ends) and "does an exact mark in slot k meet [x0, x1)" (a binary search in
    // exact[k], whose ends are sorted too) are all it takes. In a full lane a mark shares the
    // slot that frees first.
    std::vector<double> ends;                                  // per slot: where its last mark ends
    std::vector<std::vector<std::pair<double, double>>> exact; // per slot: exact marks placed
    int lane = -1;
    bool background = false;
    marks.reserve(items.size());
    for (const Item& it : items) {
        const Lane& box = lanes[std::size_t(it.lane)];
        const auto slotCount = std::size_t(slotsIn(box));
        if (it.lane != lane) {
            lane = it.lane;
            ends.assign(slotCount, -1e300);
            exact.resize(std::max(exact.size(), slotCount));
            for (auto& placed : exact)
                placed.clear();
        }
        if (it.background != background && it.background) ends.assign(slotCount, -1e300);
        background = it.background;
        const auto meetsExact = [&](std::size_t k) {
            const auto& placed = exact[k];
            const auto next = std::upper_bound(
                placed.begin(), placed.end(), it.extent.x0 - kSlotGap,
                [](double x, const std::pair<double, double>& m) { return x < m.second; });
            return next != placed.end() && next->first < it.extent.x1 + kSlotGap;
        };
        std::size_t slot = slotCount;
        for (std::size_t n = 0; n < slotCount && slot == slotCount; ++n) {
            const std::size_t k = background ? slotCount - 1 - n : n;
            if (ends[k] + kSlotGap <= it.extent.x0 && (!background || !meetsExact(k))) slot = k;
        }
        if (slot == slotCount)
            slot = std::size_t(std::min_element(ends.begin(), ends.end()) - ends.begin());
        ends[slot] = std::max(ends[slot], it.extent.x1);
        if (!background) exact[slot].emplace_back(it.extent.x0, it.extent.x1);
        marks.push_back(shapeOf(it.extent, it.row, it.lane, box, int(slot)));
    }
    // Drawn in row order, as the selection looks them up.
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
        return a.row != b.row ? a.row < b.row : a.lane < b.lane;
    });
    return true;
}

int TimelinePainter::hitTest(const TimelineScene& s, QSizeF size, QPointF point)
{
    if (!s.columns || !layout(size).events.contains(point)) return -1;
    std::vector<Mark> marks;
    if (!place(s, size, marks)) return -1;
    int best = -1;
    double bestArea = 1e300;
    for (const Mark& m : marks) {
        const QRectF r = m.rect.adjusted(-2, -2, 2, 2);
        if (!r.contains(point)) continue;
        // The smallest shape wins, so an instant beside a year-long bar is reachable.
        const double area = r.width() * r.height();
        if (area <= bestArea) {
            bestArea = area;
            best = m.row;
        }
    }
    return best;
}

QString TimelinePainter::cumulativeLabel(const TimeWindow& w)
{
    const bool days = w.to % 86400 == 0;
    const QString end = days ? formatTick(w.to - 86400, TickFormat::DayMonthYear)
                             : formatTick(w.to, TickFormat::DayMonthYear) + QLatin1Char(' ') +
                                   formatTick(w.to, TickFormat::HourMinute);
    return QCoreApplication::translate("TimelinePainter", "up to %1").arg(end);
}

QString TimelinePainter::windowLabel(const TimeWindow& w)
{
    const bool days = w.from % 86400 == 0 && w.to % 86400 == 0;
    const TickFormat f = TickFormat::DayMonthYear;
    if (days) {
        const QString a = formatTick(w.from, f), b = formatTick(w.to - 86400, f);
        return a == b ? a : a + QStringLiteral(" – ") + b;
    }
    return formatTick(w.from, f) + QLatin1Char(' ') + formatTick(w.from, TickFormat::HourMinute) +
           QStringLiteral(" – ") + formatTick(w.to, f) + QLatin1Char(' ') +
           formatTick(w.to, TickFormat::HourMinute);
}
