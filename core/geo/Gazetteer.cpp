#include "geo/Gazetteer.h"

#include "base/Error.h"

#include <QFile>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string_view>

namespace {

constexpr quint16 kNone = 0xFFFF;
constexpr double kSamePlaceKm = 5;

// 64-bit FNV-1a of the normalised name: the index holds hashes, not 171,000 strings.
quint64 keyOf(const QString& normalised)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : normalised) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

bool isArticle(const QString& w)
{
    static const QSet<QString> kArticles = {
        QStringLiteral("al"),  QStringLiteral("el"),  QStringLiteral("ar"),  QStringLiteral("as"),
        QStringLiteral("ash"), QStringLiteral("ad"),  QStringLiteral("an"),  QStringLiteral("at"),
        QStringLiteral("az"),  QStringLiteral("adh"), QStringLiteral("ath"), QStringLiteral("aj"),
        QStringLiteral("ul"),  QStringLiteral("il")};
    return kArticles.contains(w);
}

// The skeleton letter of an Arabic, Persian or Urdu letter: 0 drops it (long vowels, ayn,
// hamza, ta marbuta, tatweel, letters not listed). Emphatic and plain consonants meet, as
// they do in Latin transliteration: ص and س are both "s".
char arabicConsonant(char16_t c)
{
    static constexpr std::u16string_view kFrom = u"بپتثطٹجچحهھہخكکقدذضڈرڑزظژسشصغگفڤلمنں";
    static constexpr std::string_view kTo = "bbttttjchhhhkkkkddddrrzzzsssggfflmnn";
    static_assert(kFrom.size() == kTo.size());
    const auto at = kFrom.find(c);
    return at == kFrom.npos ? 0 : kTo[at];
}

// Latin letters in the same alphabet (digraphs are latinSkeleton's); vowels, w and y give 0.
char latinConsonant(QChar c)
{
    static constexpr std::string_view kFrom = "bcdfghjklmnpqrstvxz";
    static constexpr std::string_view kTo = "bkdfghjklmnbkrstfxz";
    static_assert(kFrom.size() == kTo.size());
    const auto at = c.unicode() < 0x80 ? kFrom.find(char(c.unicode())) : kFrom.npos;
    return at == kFrom.npos ? 0 : kTo[at];
}

bool isArabicLetter(char16_t c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
           (c >= 0x08A0 && c <= 0x08FF);
}

QString latinSkeleton(const QString& word)
{
    QString out;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        const QChar next = i + 1 < word.size() ? word[i + 1] : QChar();
        // sh, kh, gh, th, dh, ch, ph: one letter each.
        static constexpr std::string_view kBeforeH = "skgtdcp", kDigraph = "skgtdcf";
        if (const auto at = c.unicode() < 0x80 ? kBeforeH.find(char(c.unicode())) : kBeforeH.npos;
            next == QLatin1Char('h') && at != kBeforeH.npos) {
            out += QLatin1Char(kDigraph[at]);
            ++i;
            continue;
        }
        // A final "h" after a vowel is the ta marbuta or a vowel sign: Fallujah = Falluja.
        if (c == QLatin1Char('h') && i + 1 == word.size() && i > 0 && !latinConsonant(word[i - 1]))
            continue;
        if (const char k = latinConsonant(c)) out += QLatin1Char(k);
    }
    return out;
}

QString arabicSkeleton(QString word)
{
    // The article ال is written joined to its noun: الموصل is al-Mawsil.
    if (word.size() > 3 && word.startsWith(QStringView(u"\u0627\u0644"))) word.remove(0, 2);
    QString out;
    for (QChar c : word)
        if (const char k = arabicConsonant(c.unicode())) out += QLatin1Char(k);
    return out;
}

// Lower-case words after NFKD (which turns presentation forms into letters and splits off
// accents, hamza and madda), without accents, harakat, apostrophes or ayn and hamza signs.
QStringList wordsOf(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString word;
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('\'') ||
                   c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x02BB) ||
                   c == QChar(0x02BC) || c == QChar(0x02BE) || c == QChar(0x02BF) ||
                   c == QLatin1Char('`')) {
            continue; // part of the word
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty()) words << word;
    return words;
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kRad = M_PI / 180;
    const double dLat = (lat2 - lat1) * kRad, dLon = (lon2 - lon1) * kRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

class Cursor {
  public:
    explicit Cursor(const QByteArray& d) : d_(d) {}
    template <typename T> T get()
    {
        need(sizeof(T));
        const T v = qFromLittleEndian<T>(d_.constData() + at_);
        at_ += qsizetype(sizeof(T));
        return v;
    }
    QByteArray bytes(qsizetype n)
    {
        need(n);
        const QByteArray b = d_.mid(at_, n);
        at_ += n;
        return b;
    }
    QString str() { return QString::fromUtf8(bytes(get<quint8>())); }
    qsizetype at() const { return at_; }

  private:
    void need(qsizetype n) const
    {
        if (at_ + n > d_.size()) throw tigris::Error(QStringLiteral("gazetteer data is truncated"));
    }
    const QByteArray& d_;
    qsizetype at_ = 0;
};

} // namespace

QString Gazetteer::normalise(const QString& name)
{
    const QStringList words = wordsOf(name);
    QString joined;
    for (const QString& w : words)
        if (words.size() == 1 || !isArticle(w)) joined += w;
    joined.replace(QLatin1String("ou"), QLatin1String("u"));
    joined.replace(QLatin1String("ay"), QLatin1String("ai"));
    QString out;
    out.reserve(joined.size());
    for (QChar c : joined)
        if (out.isEmpty() || out.back() != c || c.isDigit()) out += c;
    if (out.size() > 3 && out.endsWith(QLatin1String("ah"))) out.chop(1);
    return out;
}

bool Gazetteer::hasArabicScript(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return isArabicLetter(c.unicode()) || (c.unicode() >= 0xFB50 && c.unicode() <= 0xFEFF);
    });
}

QString Gazetteer::skeleton(const QString& name)
{
    const QStringList words = wordsOf(name); // tatweel stays in, and maps to nothing
    QString joined;
    for (const QString& w : words) {
        if (isArabicLetter(w[0].unicode()))
            joined += arabicSkeleton(w);
        else if (words.size() == 1 || !isArticle(w))
            joined += latinSkeleton(w);
    }
    QString out;
    for (QChar c : joined)
        if (out.isEmpty() || out.back() != c) out += c;
    return out;
}

const Gazetteer& Gazetteer::bundled()
{
    static const Gazetteer g = [] {
        QFile f(QStringLiteral(":/tigris/gazetteer/cities.bin"));
        if (!f.open(QIODevice::ReadOnly))
            throw tigris::Error(QStringLiteral("the bundled gazetteer is missing"));
        return Gazetteer(f.readAll());
    }();
    return g;
}

Gazetteer::Gazetteer(const QByteArray& compressed)
{
    const QByteArray data = qUncompress(compressed);
    Cursor in(data);
    if (in.bytes(4) != "TGZ2") throw tigris::Error(QStringLiteral("not gazetteer data"));
    const quint32 countries = in.get<quint32>();
    for (quint32 i = 0; i < countries; ++i) {
        countryCodes_.push_back(QString::fromLatin1(in.bytes(2)));
        countryNames_.push_back(in.str());
        countryKeys_.push_back(keyOf(normalise(countryNames_.back())));
    }
    const quint32 regions = in.get<quint32>();
    regions_.reserve(regions);
    for (quint32 i = 0; i < regions; ++i) {
        Region r;
        r.country = in.get<quint16>();
        r.name = in.str();
        r.key = keyOf(normalise(r.name));
        if (r.country >= countries)
            throw tigris::Error(QStringLiteral("gazetteer data is corrupt"));
        regions_.push_back(std::move(r));
    }
    const quint32 count = in.get<quint32>();
    places_.reserve(count);
    index_.reserve(count);
    skeletons_.reserve(count);
    names_.reserve(data.size() / 2);
    for (quint32 i = 0; i < count; ++i) {
        Entry e;
        e.lat = in.get<qint32>();
        e.lon = in.get<qint32>();
        e.country = in.get<quint16>();
        e.admin1 = in.get<quint16>();
        e.population = in.get<quint32>();
        e.nameSize = in.get<quint8>();
        e.nameAt = quint32(names_.size());
        const QByteArray name = in.bytes(e.nameSize);
        if (e.country >= countries || (e.admin1 != kNone && e.admin1 >= regions))
            throw tigris::Error(QStringLiteral("gazetteer data is corrupt"));
        names_ += name;
        places_.push_back(e);
        const QString text = QString::fromUtf8(name);
        index_.emplace_back(keyOf(normalise(text)), i);
        if (const QString k = skeleton(text); !k.isEmpty()) skeletons_.emplace_back(keyOf(k), i);
    }
    std::sort(index_.begin(), index_.end());
    std::sort(skeletons_.begin(), skeletons_.end());
}

Gazetteer::Place Gazetteer::place(const Entry& e) const
{
    Place p;
    p.name = QString::fromUtf8(names_.constData() + e.nameAt, e.nameSize);
    p.countryCode = countryCodes_[e.country];
    p.country = countryNames_[e.country];
    if (e.admin1 != kNone) p.admin1 = regions_[e.admin1].name;
    p.lat = e.lat / 1e5;
    p.lon = e.lon / 1e5;
    p.population = e.population;
    return p;
}

std::vector<quint16> Gazetteer::countriesFor(const QString& text) const
{
    std::vector<quint16> out;
    const QString t = text.trimmed();
    const quint64 key = keyOf(normalise(t));
    for (std::size_t i = 0; i < countryCodes_.size(); ++i)
        if ((t.size() == 2 && t.compare(countryCodes_[i], Qt::CaseInsensitive) == 0) ||
            key == countryKeys_[i])
            out.push_back(quint16(i));
    return out;
}

std::vector<const Gazetteer::Entry*>
Gazetteer::lookup(const std::vector<std::pair<quint64, quint32>>& index,
                  const std::vector<Entry>& places, quint64 key)
{
    std::vector<const Entry*> found;
    auto it = std::lower_bound(index.begin(), index.end(), std::pair<quint64, quint32>{key, 0});
    for (; it != index.end() && it->first == key; ++it)
        found.push_back(&places[it->second]);
    return found;
}

Gazetteer::Match Gazetteer::find(const QString& name, const QString& country,
                                 const QString& admin1) const
{
    Match m;
    m.by = QStringLiteral("name");
    const QString normalised = normalise(name);
    if (normalised.isEmpty()) return m;
    const bool byCountry = !country.trimmed().isEmpty();
    std::vector<const Entry*> found = lookup(index_, places_, keyOf(normalised));
    // The gazetteer's names are Latin: an Arabic-script name meets them by its skeleton, which
    // is loose (vowels are gone), so only within a country.
    if (found.empty() && byCountry && hasArabicScript(name)) {
        if (const QString k = skeleton(name); !k.isEmpty()) {
            found = lookup(skeletons_, places_, keyOf(k));
            m.by = QStringLiteral("skeleton");
        }
    }

    const auto countries = byCountry ? countriesFor(country) : std::vector<quint16>{};
    auto inCountries = [&](quint16 c) {
        return !byCountry || std::find(countries.begin(), countries.end(), c) != countries.end();
    };
    if (byCountry) {
        std::erase_if(found, [&](const Entry* e) { return !inCountries(e->country); });
        m.by += QStringLiteral(", country");
    }
    if (!admin1.trimmed().isEmpty()) {
        const quint64 regionKey = keyOf(normalise(admin1));
        bool regionExists = false;
        for (std::size_t i = 0; i < regions_.size() && !regionExists; ++i)
            regionExists = regions_[i].key == regionKey && inCountries(regions_[i].country);
        if (regionExists) {
            std::erase_if(found, [&](const Entry* e) {
                return e->admin1 == kNone || regions_[e->admin1].key != regionKey;
            });
            m.by += QStringLiteral(", admin1");
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Entry* a, const Entry* b) { return a->population > b->population; });
    for (const Entry* e : found) {
        Place p = place(*e);
        const bool seen =
            std::any_of(m.candidates.begin(), m.candidates.end(), [&](const Place& c) {
                return distanceKm(c.lat, c.lon, p.lat, p.lon) <= kSamePlaceKm;
            });
        if (!seen) m.candidates.push_back(std::move(p));
    }
    // A tie settled by population, only when it is lopsided and known: Baghdad (7 million)
    // over a village called Baghdad, never a town over another of unknown size.
    if (m.candidates.size() > 1 && byCountry &&
        m.candidates[0].population >= kMinChosenPopulation &&
        std::all_of(m.candidates.begin() + 1, m.candidates.end(), [&](const Place& c) {
            return c.population > 0 && c.population <= m.candidates[0].population / 10;
        })) {
        m.byPopulation = true;
        m.by += QStringLiteral(", population");
    }
    return m;
}
