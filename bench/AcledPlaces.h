#pragma once
// The places of the generated ACLED-like events (bench_store --write-csv, bench_pg
// --generate): real places and coordinates; the first kHeavyPlaces (Iraq's) weigh twice the
// others, so that most events fall in the Iraq bounding box of the benchmarks' queries.

struct Place {
    const char* name;
    const char* admin1;
    const char* country;
    double lat, lon;
};

const Place kPlaces[] = {
    {"Mosul", "Ninewa", "Iraq", 36.340, 43.130},
    {"Baghdad", "Baghdad", "Iraq", 33.315, 44.366},
    {"Tikrit", "Salah al-Din", "Iraq", 34.607, 43.679},
    {"Kirkuk", "Kirkuk", "Iraq", 35.468, 44.392},
    {"Falluja", "Anbar", "Iraq", 33.349, 43.784},
    {"Ramadi", "Anbar", "Iraq", 33.426, 43.299},
    {"Samarra", "Salah al-Din", "Iraq", 34.198, 43.874},
    {"Baiji", "Salah al-Din", "Iraq", 34.929, 43.493},
    {"Erbil", "Erbil", "Iraq", 36.191, 44.009},
    {"Sulaymaniyah", "Sulaymaniyah", "Iraq", 35.557, 45.435},
    {"Basra", "Basra", "Iraq", 30.508, 47.783},
    {"Najaf", "Najaf", "Iraq", 32.026, 44.346},
    {"Karbala", "Karbala", "Iraq", 32.616, 44.024},
    {"Baqubah", "Diyala", "Iraq", 33.746, 44.643},
    {"Tal Afar", "Ninewa", "Iraq", 36.374, 42.448},
    {"Sinjar", "Ninewa", "Iraq", 36.322, 41.876},
    {"Haditha", "Anbar", "Iraq", 34.139, 42.378},
    {"Al-Qaim", "Anbar", "Iraq", 34.370, 41.090},
    {"Abu Ghraib", "Baghdad", "Iraq", 33.292, 44.065},
    {"Hillah", "Babil", "Iraq", 32.483, 44.433},
    {"Raqqa", "Ar-Raqqa", "Syria", 35.950, 39.010},
    {"Deir ez-Zor", "Deir ez-Zor", "Syria", 35.336, 40.140},
    {"Aleppo", "Aleppo", "Syria", 36.202, 37.134},
    {"Damascus", "Damascus", "Syria", 33.513, 36.292},
    {"Homs", "Homs", "Syria", 34.733, 36.717},
    {"Idlib", "Idlib", "Syria", 35.931, 36.633},
    {"Hama", "Hama", "Syria", 35.131, 36.757},
    {"Palmyra", "Homs", "Syria", 34.551, 38.269},
    {"Kobani", "Aleppo", "Syria", 36.891, 38.354},
    {"Al-Hasakah", "Al-Hasakeh", "Syria", 36.502, 40.747},
    {"Qamishli", "Al-Hasakeh", "Syria", 37.052, 41.221},
    {"Latakia", "Lattakia", "Syria", 35.523, 35.792},
    {"Daraa", "Dara", "Syria", 32.625, 36.106},
    {"Abu Kamal", "Deir ez-Zor", "Syria", 34.452, 40.918},
    {"Sanaa", "Amanat al Asimah", "Yemen", 15.369, 44.191},
    {"Aden", "Aden", "Yemen", 12.785, 45.019},
    {"Taizz", "Taizz", "Yemen", 13.579, 44.021},
    {"Al Hudaydah", "Al Hudaydah", "Yemen", 14.798, 42.954},
    {"Marib", "Marib", "Yemen", 15.462, 45.322},
    {"Beirut", "Beirut", "Lebanon", 33.894, 35.502},
    {"Tripoli", "North", "Lebanon", 34.437, 35.850},
    {"Gaza City", "Gaza Strip", "Palestine", 31.502, 34.467},
};
constexpr int kHeavyPlaces = 20;
