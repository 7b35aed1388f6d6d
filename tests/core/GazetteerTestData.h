#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <cmath>
#include <cstring>
#include <vector>

// A gazetteer in convert.mjs's format, for rules the bundled data cannot pin down. Country
// 0 is Iraq (IQ), 1 Syria (SY); there are no admin1 regions.
struct TestPlace {
    const char* name;
    quint16 country;
    double lat, lon;
    quint32 population;
};
inline QByteArray gazetteerData(const std::vector<TestPlace>& places)
{
    QByteArray raw("TGZ2");
    auto u32 = [&](quint32 v) { raw.append(reinterpret_cast<const char*>(&v), 4); };
    auto u16 = [&](quint16 v) { raw.append(reinterpret_cast<const char*>(&v), 2); };
    auto str = [&](const char* s) {
        raw.append(char(std::strlen(s)));
        raw.append(s);
    };
    u32(2);
    raw.append("IQ");
    str("Iraq");
    raw.append("SY");
    str("Syria");
    u32(0); // no admin1 regions
    u32(quint32(places.size()));
    for (const auto& p : places) {
        u32(quint32(qint32(std::lround(p.lat * 1e5))));
        u32(quint32(qint32(std::lround(p.lon * 1e5))));
        u16(p.country);
        u16(0xFFFF);
        u32(p.population);
        str(p.name);
    }
    return qCompress(raw);
}
