#pragma once

#include <QColor>
#include <QString>
#include <vector>

// An event type with its display colour. The colour is stored with the project; a new category
// takes the first free entry of a fixed palette, starting at one derived from its name, so the
// first two dozen categories of a project never share a colour, and a name gets the same
// colour on every run and every machine.
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
    static QColor defaultColourFor(const QString& name, const std::vector<QColor>& taken = {});
    static Marker markerFor(const QColor& colour); // Circle for colours not in the palette
    bool operator==(const Category&) const = default;
};
