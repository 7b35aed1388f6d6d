// Converts Natural Earth (npm world-atlas) into resources/basemap/countries.bin.
// Run at development time only: `npm ci && node convert.mjs`. See docs/basemap.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', '..', 'resources', 'basemap', 'countries.bin');
const atlas = (name) =>
  JSON.parse(fs.readFileSync(path.join(here, 'node_modules', 'world-atlas', name), 'utf8'));

// Bands: the coarse 1:110m world below zoom 3, 1:50m above (a world view never draws 50m).
const bands = [
  { minZoom: 0, topo: atlas('countries-110m.json') },
  { minZoom: 3, topo: atlas('countries-50m.json') },
];

const chunks = [];
const u32 = (v) => { const b = Buffer.alloc(4); b.writeUInt32LE(v); chunks.push(b); };
const f32 = (v) => { const b = Buffer.alloc(4); b.writeFloatLE(v); chunks.push(b); };
const str = (s) => { const b = Buffer.from(s, 'utf8'); const l = Buffer.alloc(2); l.writeUInt16LE(b.length); chunks.push(l, b); };

function ringArea(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return Math.abs(a / 2);
}

chunks.push(Buffer.from('TGBM'));
u32(1);
u32(bands.length);
for (const band of bands) {
  const countries = feature(band.topo, band.topo.objects.countries).features;
  f32(band.minZoom);
  u32(countries.length);
  for (const c of countries) {
    const polys = !c.geometry ? [] : c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
    const rings = polys.flat();
    // Label at the centre of the largest ring's bounding box: simple and stable.
    let best = null, bestArea = -1;
    for (const r of rings) { const a = ringArea(r); if (a > bestArea) { bestArea = a; best = r; } }
    let lx = 0, ly = 0;
    if (best) {
      const xs = best.map((p) => p[0]), ys = best.map((p) => p[1]);
      lx = (Math.min(...xs) + Math.max(...xs)) / 2; ly = (Math.min(...ys) + Math.max(...ys)) / 2;
    }
    str(c.properties.name || '');
    f32(lx); f32(ly); f32(bestArea);
    u32(rings.length);
    for (const r of rings) {
      // Rings that cross the antimeridian are unwrapped eastwards (lon > 180) so that no edge
      // spans the whole map.
      if (r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180))
        for (const p of r) if (p[0] < 0) p[0] += 360;
      u32(r.length);
      for (const [x, y] of r) { f32(x); f32(y); }
    }
  }
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, Buffer.concat(chunks));
console.log(`wrote ${out} (${fs.statSync(out).size} bytes)`);
