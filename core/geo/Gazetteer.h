#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

// Offline place names: GeoNames cities1000, bundled as resources/gazetteer/cities.bin (see
// scripts/gazetteer/convert.mjs). Names are compared normalised (see normalise), so "Falluja",
// "Al-Fallujah" and "Al Fallūjah" meet, and a row's country (ISO code or English name) and
// admin1 narrow the candidates. A name in Arabic script is matched by its consonant skeleton
// (see skeleton) when the row names a country.
class Gazetteer {
  public:
    struct Place {
        QString name;
        QString countryCode; // ISO 3166-1 alpha-2
        QString country;     // English name
        QString admin1;      // first-level division; may be empty
        double lat = 0, lon = 0;
        quint32 population = 0; // GeoNames; 0: unknown
    };
    struct Match {
        // Largest first. One: placed; several: ambiguous, unless byPopulation; none: unknown.
        std::vector<Place> candidates;
        QString by; // what matched: "name", "name, country", "skeleton, country, population", ...
        bool byPopulation = false; // candidates[0] chosen over the others (see find)
    };

    static const Gazetteer& bundled(); // loaded on first use, then shared (thread-safe)
    // `data` as convert.mjs writes it; throws tigris::Error when it is not that.
    explicit Gazetteer(const QByteArray& data);

    // Places called `name`, in `country` and `admin1` when given. A country the gazetteer does
    // not know matches nothing; an admin1 it does not know is not used (spellings vary).
    // Candidates within 5 km of a larger one are that place (GeoNames lists some towns twice).
    // Population settles a tie only when the row names a country, the largest candidate has
    // at least kMinChosenPopulation people and every other one is known to have a tenth of
    // that or less: then byPopulation is set and the others are still listed.
    Match find(const QString& name, const QString& country = {}, const QString& admin1 = {}) const;
    qsizetype size() const { return qsizetype(places_.size()); }

    // Lower case without diacritics, apostrophes, spaces, hyphens or the Arabic article
    // (al, el, ar, as, ash, ...); doubled letters single, "ou" → "u", "ay" → "ai", a final
    // "ah" → "a": Al-Fallujah → faluja, Tall 'Afar → talafar, Bayji → baiji.
    static QString normalise(const QString& name);
    // Consonants only, in one alphabet for Arabic and Latin script: no article (ال, al, ar,
    // ...), vowels, long-vowel letters (ا و ي ى) or ayn and hamza; ة and a Latin final "ah"
    // dropped; doubled letters single. الموصل and Mosul → msl, الفلوجة and Al Fallūjah → flj.
    static QString skeleton(const QString& name);
    static bool hasArabicScript(const QString& text);

    static constexpr quint32 kMinChosenPopulation = 100'000;

  private:
    struct Entry {
        qint32 lat, lon; // degrees × 1e5
        quint16 country, admin1;
        quint32 population;
        quint32 nameAt;
        quint8 nameSize;
    };
    struct Region {
        quint16 country;
        QString name;
        quint64 key;
    };
    Place place(const Entry& e) const;
    std::vector<quint16> countriesFor(const QString& text) const;
    static std::vector<const Entry*> lookup(const std::vector<std::pair<quint64, quint32>>& index,
                                            const std::vector<Entry>& places, quint64 key);
    std::vector<Entry> places_;
    QByteArray names_;
    std::vector<std::pair<quint64, quint32>> index_;     // normalised name hash → place, sorted
    std::vector<std::pair<quint64, quint32>> skeletons_; // skeleton hash → place, sorted
    std::vector<QString> countryCodes_, countryNames_;
    std::vector<quint64> countryKeys_;
    std::vector<Region> regions_;
};
