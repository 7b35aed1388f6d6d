// Countries: land, borders and names from Natural Earth (npm world-atlas) in three levels.
import { feature } from 'topojson-client';
import { Writer, planeRing, polygonsOf } from './writer.mjs';
import { clipRing } from './clip.mjs';

function ringArea(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return Math.abs(a / 2);
}

// Bands: 1:110m below zoom 3 and 1:50m above for the whole world; 1:10m from zoom 5 inside the
// Middle East box (west, south, east, north), where the app draws it instead of the 1:50m.
// The 10m rings are cut to the box widened by a degree so that the cuts stay out of sight.
export const middleEast = [25, 10, 63, 43];
const world = [-180, -90, 180, 90];

export function writeCountries(atlas, file) {
  const bands = [
    { minZoom: 0, box: world, topo: atlas('countries-110m.json') },
    { minZoom: 3, box: world, topo: atlas('countries-50m.json') },
    { minZoom: 5, box: middleEast, topo: atlas('countries-10m.json') },
  ];
  const w = new Writer('TGBM', 2);
  w.u32(bands.length);
  for (const band of bands) {
    const regional = band.box !== world;
    const cutBox = [band.box[0] - 1, band.box[1] - 1, band.box[2] + 1, band.box[3] + 1];
    const countries = [];
    for (const c of feature(band.topo, band.topo.objects.countries).features) {
      let rings = polygonsOf(c.geometry).flat().map(planeRing);
      // Label at the centre of the largest ring's bounding box: simple and stable.
      let best = null, bestArea = -1;
      for (const r of rings) { const a = ringArea(r); if (a > bestArea) { bestArea = a; best = r; } }
      if (regional) rings = rings.map((r) => clipRing(r, cutBox)).filter((r) => r.length);
      if (!rings.length) continue;
      let lx = 0, ly = 0;
      if (best) {
        const xs = best.map((p) => p[0]), ys = best.map((p) => p[1]);
        lx = (Math.min(...xs) + Math.max(...xs)) / 2; ly = (Math.min(...ys) + Math.max(...ys)) / 2;
      }
      countries.push({ name: c.properties.name || '', lx, ly, area: bestArea, rings });
    }
    w.f32(band.minZoom);
    for (const v of band.box) w.f32(v);
    w.u32(countries.length);
    for (const c of countries) {
      w.str(c.name);
      w.f32(c.lx); w.f32(c.ly); w.f32(c.area);
      w.u32(c.rings.length);
      for (const r of c.rings) w.points(r);
    }
  }
  w.save(file);
}
