#pragma once

#include <QColor>
#include <QPointF>
#include <QString>

class QPainter;

// Text on a white halo, legible over markers, rivers and borders. The halo is the text drawn
// white at eight offsets round it: glyphs come from the glyph cache, where stroking the
// glyphs' outlines (QPainterPath::addText) costs milliseconds a label on a raster device. The
// text is shaped once (QTextLayout) and its glyph runs drawn nine times.
namespace HaloText {
// `baseline`: the left end of the text's baseline; the painter's font is used.
void draw(QPainter& painter, QPointF baseline, const QString& text, QColor colour,
          double haloWidth);
} // namespace HaloText
