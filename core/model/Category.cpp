#include "model/Category.h"

#include <QCryptographicHash>
#include <array>

QColor Category::defaultColourFor(const QString& name)
{
    // A fixed, colour-blind-friendly palette (Okabe–Ito plus Tableau extras) indexed by a
    // hash of the name that does not depend on the process or platform (unlike qHash).
    static constexpr std::array<QRgb, 12> kPalette{0xd55e00, 0x0072b2, 0x009e73, 0xe69f00,
                                                   0xcc79a7, 0x56b4e9, 0x8c564b, 0x7f7f7f,
                                                   0xbcbd22, 0x17becf, 0x9467bd, 0xf0e442};
    const QByteArray digest =
        QCryptographicHash::hash(name.trimmed().toLower().toUtf8(), QCryptographicHash::Sha1);
    const auto index = static_cast<unsigned char>(digest.at(0)) % kPalette.size();
    return QColor::fromRgb(kPalette[index]);
}
