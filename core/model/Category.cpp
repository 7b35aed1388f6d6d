#include "model/Category.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <algorithm>

const std::vector<Category::Swatch>& Category::palette()
{
    // 24 colour-and-shape pairs, colour-blind safe within each shape: Okabe–Ito circles,
    // Paul Tol's "muted" squares, Tol's "vibrant" and "bright" triangles. No grey: it is
    // Uncategorised's.
    static const std::vector<Swatch> kPalette{
        {0xd55e00, Marker::Circle},   {0x0072b2, Marker::Circle},   {0x009e73, Marker::Circle},
        {0xe69f00, Marker::Circle},   {0xcc79a7, Marker::Circle},   {0x56b4e9, Marker::Circle},
        {0x882255, Marker::Circle},   {0x6a3d9a, Marker::Circle},   {0xcc6677, Marker::Square},
        {0x332288, Marker::Square},   {0xddcc77, Marker::Square},   {0x117733, Marker::Square},
        {0x88ccee, Marker::Square},   {0x44aa99, Marker::Square},   {0x999933, Marker::Square},
        {0xaa4499, Marker::Square},   {0xee7733, Marker::Triangle}, {0x0077bb, Marker::Triangle},
        {0xee3377, Marker::Triangle}, {0x009988, Marker::Triangle}, {0xcc3311, Marker::Triangle},
        {0x4477aa, Marker::Triangle}, {0x228833, Marker::Triangle}, {0xccbb44, Marker::Triangle},
    };
    return kPalette;
}

QRgb Category::defaultRgbFor(const QString& name, const std::vector<QRgb>& taken)
{
    // A hash of the name that does not depend on the process or platform (unlike qHash).
    const QByteArray digest =
        QCryptographicHash::hash(name.trimmed().toLower().toUtf8(), QCryptographicHash::Sha1);
    const auto& p = palette();
    const std::size_t start = static_cast<unsigned char>(digest.at(0)) % p.size();
    for (std::size_t k = 0; k < p.size(); ++k) {
        const QRgb rgb = p[(start + k) % p.size()].rgb;
        if (std::none_of(taken.begin(), taken.end(), [&](QRgb c) { return (c & 0xffffff) == rgb; }))
            return rgb;
    }
    return p[start].rgb;
}

Category::Marker Category::markerForRgb(QRgb rgb)
{
    rgb &= 0xffffff;
    for (const Swatch& s : palette())
        if (s.rgb == rgb) return s.marker;
    return Marker::Circle;
}

std::optional<QRgb> Category::rgbFromText(QStringView text)
{
    text = text.trimmed();
    if (!text.startsWith(QLatin1Char('#')) || (text.size() != 7 && text.size() != 4)) return {};
    bool ok = false;
    const uint value = text.mid(1).toUInt(&ok, 16);
    if (!ok) return {};
    if (text.size() == 7) return value;
    // #rgb: each digit doubled, as in CSS and QColor.
    const auto twice = [](uint d) { return d * 17; };
    return (twice((value >> 8) & 0xf) << 16) | (twice((value >> 4) & 0xf) << 8) |
           twice(value & 0xf);
}

QString Category::textOf(QRgb rgb)
{
    return QStringLiteral("#%1").arg(uint(rgb & 0xffffff), 6, 16, QLatin1Char('0'));
}

Category Category::uncategorised()
{
    return Category{0, QString::fromLatin1(kUncategorised), QColor(0x8c, 0x8c, 0x8c)};
}

QString Category::displayName() const
{
    return isUncategorised() ? QCoreApplication::translate("Category", "Uncategorised") : name;
}
