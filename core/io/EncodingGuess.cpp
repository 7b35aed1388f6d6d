#include "io/EncodingGuess.h"

#include <QScopeGuard>
#include <algorithm>
#include <climits>
#include <iterator>
#include <unicode/ucsdet.h>

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

EncodingGuess detectEncoding(const QByteArray& sample)
{
    EncodingGuess g;
    g.name = guessSingleByteEncoding(sample);
    g.how = QStringLiteral("1252/1256 rule");
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return g;
    const auto close = qScopeGuard([detector] { ucsdet_close(detector); });
    ucsdet_setText(detector, sample.constData(),
                   int32_t(std::min<qsizetype>(sample.size(), INT32_MAX)), &status);
    const UCharsetMatch* match = ucsdet_detect(detector, &status);
    if (U_FAILURE(status) || !match) return g;
    const int confidence = ucsdet_getConfidence(match, &status);
    const char* name = ucsdet_getName(match, &status);
    if (U_FAILURE(status) || !name) return g;
    QString icu = QString::fromLatin1(name).toLower();
    // ISO-8859-1/-6/-9 text is read by the Windows supersets, which also define 0x80–0x9F.
    if (icu == QLatin1String("iso-8859-1")) icu = QStringLiteral("windows-1252");
    if (icu == QLatin1String("iso-8859-6")) icu = QStringLiteral("windows-1256");
    if (icu == QLatin1String("iso-8859-9")) icu = QStringLiteral("windows-1254");
    const bool westernOrArabic =
        icu == QLatin1String("windows-1252") || icu == QLatin1String("windows-1256");
    if (westernOrArabic || confidence < 30 || icu.startsWith(QLatin1String("utf-")) ||
        icu.startsWith(QLatin1String("ibm"))) {
        g.confidence = westernOrArabic ? confidence : 0;
        return g; // the tie-break's answer, already in g
    }
    g.name = icu;
    g.confidence = confidence;
    g.how = QStringLiteral("ICU charset detector");
    return g;
}
