#include "io/EncodingGuess.h"

#include <algorithm>
#include <iterator>

namespace {

// Windows-1256 positions holding Arabic letters (and Persian and Urdu ones, and the tatweel);
// the rest of 0xC0–0xFF there are the French letters and harakat kept from Latin-1.
bool arabicLetter(unsigned char c)
{
    if (c >= 0xC0 && c <= 0xDF) return c != 0xD7; // 0xD7 is ×
    static constexpr unsigned char kOthers[] = {0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90,
                                                0x98, 0x9A, 0x9F, 0xAA, 0xE1, 0xE3,
                                                0xE4, 0xE5, 0xE6, 0xEC, 0xED, 0xFF};
    return std::find(std::begin(kOthers), std::end(kOthers), c) != std::end(kOthers);
}

} // namespace

QString guessSingleByteEncoding(const QByteArray& sample)
{
    qsizetype high = 0, arabicInRuns = 0;
    const auto* b = reinterpret_cast<const unsigned char*>(sample.constData());
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (b[i] < 0x80) continue;
        ++high;
        const bool inRun = (i > 0 && b[i - 1] >= 0x80) || (i + 1 < n && b[i + 1] >= 0x80);
        if (inRun && arabicLetter(b[i])) ++arabicInRuns;
    }
    return high > 0 && arabicInRuns * 2 >= high ? QStringLiteral("windows-1256")
                                                : QStringLiteral("windows-1252");
}
