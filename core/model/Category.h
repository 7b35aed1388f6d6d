#pragma once

#include <QColor>
#include <QString>
#include <optional>
#include <vector>

// An event type with its display colour. The colour is stored with the project; a new category
// takes the first free entry of a fixed palette, starting at one derived from its name, so the
// first two dozen categories of a project never share a colour, and a name gets the same
// colour on every run and every machine.
//
// Only QColor's inline members are used in this layer and the store (the colour travels as
// QRgb and "#rrggbb" text there): the command line's light commands link neither, so they do
// not load Qt Gui (docs/architecture.md, "The binary and its plugins").
struct Category {
    qint64 id = 0; // 0: not stored (Uncategorised)
    QString name;
    QColor colour;

    // The marker a category's events are drawn with: the palette pairs each colour with a
    // shape, so categories stay apart for readers who cannot tell the colours apart.
    enum class Marker { Circle, Square, Triangle, Diamond };
    Marker marker() const { return markerFor(colour); }

    static constexpr const char* kUncategorised = "Uncategorised";
    // The events without a category: grey, listed after every stored category.
    static Category uncategorised();
    bool isUncategorised() const { return id == 0 && name == QLatin1String(kUncategorised); }
    // The name as shown to the user (Uncategorised is translated).
    QString displayName() const;

    struct Swatch {
        QRgb rgb;
        Marker marker;
    };
    static const std::vector<Swatch>& palette();
    // The palette entry for `name` that no colour in `taken` uses (cycling when all are).
    static QRgb defaultRgbFor(const QString& name, const std::vector<QRgb>& taken = {});
    static QColor defaultColourFor(const QString& name, const std::vector<QColor>& taken = {})
    {
        std::vector<QRgb> rgbs;
        for (const QColor& c : taken)
            rgbs.push_back(c.rgb());
        return colourOf(defaultRgbFor(name, rgbs));
    }
    static Marker markerForRgb(QRgb rgb); // Circle for colours not in the palette
    static Marker markerFor(const QColor& colour) { return markerForRgb(colour.rgb()); }

    // The colour as the project stores it: "#rrggbb" (also read: "#rgb"); anything else is
    // no colour (invalid), as QColor reads it.
    static std::optional<QRgb> rgbFromText(QStringView text);
    static QColor colourFromText(QStringView text)
    {
        const std::optional<QRgb> rgb = rgbFromText(text);
        return rgb ? colourOf(*rgb) : QColor();
    }
    static QString textOf(QRgb rgb); // "#rrggbb"
    static constexpr QColor colourOf(QRgb rgb)
    {
        return QColor(qRed(rgb), qGreen(rgb), qBlue(rgb));
    }
    bool operator==(const Category&) const = default;
};
