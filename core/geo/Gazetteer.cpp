#include "geo/Gazetteer.h"

#include <QFile>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <stdexcept>

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
        if (at_ + n > d_.size()) throw std::runtime_error("gazetteer data is truncated");
    }
    const QByteArray& d_;
    qsizetype at_ = 0;
};

} // namespace

QString Gazetteer::normalise(const QString& name)
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
            continue; // accents, ayn and hamza signs, apostrophes: part of the word
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty()) words << word;
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

const Gazetteer& Gazetteer::bundled()
{
    static const Gazetteer g = [] {
        QFile f(QStringLiteral(":/tigris/gazetteer/cities.bin"));
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error("the bundled gazetteer is missing");
        return Gazetteer(f.readAll());
    }();
    return g;
}

Gazetteer::Gazetteer(const QByteArray& compressed)
{
    const QByteArray data = qUncompress(compressed);
    Cursor in(data);
    if (in.bytes(4) != "TGZ1") throw std::runtime_error("not gazetteer data");
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
        if (r.country >= countries) throw std::runtime_error("gazetteer data is corrupt");
        regions_.push_back(std::move(r));
    }
    const quint32 count = in.get<quint32>();
    places_.reserve(count);
    index_.reserve(count);
    names_.reserve(data.size() / 2);
    for (quint32 i = 0; i < count; ++i) {
        Entry e;
        e.lat = in.get<qint32>();
        e.lon = in.get<qint32>();
        e.country = in.get<quint16>();
        e.admin1 = in.get<quint16>();
        e.nameSize = in.get<quint8>();
        e.nameAt = quint32(names_.size());
        const QByteArray name = in.bytes(e.nameSize);
        if (e.country >= countries || (e.admin1 != kNone && e.admin1 >= regions))
            throw std::runtime_error("gazetteer data is corrupt");
        names_ += name;
        places_.push_back(e);
        index_.emplace_back(keyOf(normalise(QString::fromUtf8(name))), i);
    }
    std::sort(index_.begin(), index_.end());
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

Gazetteer::Match Gazetteer::find(const QString& name, const QString& country,
                                 const QString& admin1) const
{
    Match m;
    m.by = QStringLiteral("name");
    const QString normalised = normalise(name);
    if (normalised.isEmpty()) return m;
    const quint64 key = keyOf(normalised);
    auto it = std::lower_bound(index_.begin(), index_.end(), std::pair<quint64, quint32>{key, 0});
    std::vector<const Entry*> found;
    for (; it != index_.end() && it->first == key; ++it)
        found.push_back(&places_[it->second]);

    const bool byCountry = !country.trimmed().isEmpty();
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
    for (const Entry* e : found) {
        Place p = place(*e);
        if (!m.candidates.empty() &&
            distanceKm(m.candidates[0].lat, m.candidates[0].lon, p.lat, p.lon) <= kSamePlaceKm)
            continue;
        m.candidates.push_back(std::move(p));
    }
    return m;
}
