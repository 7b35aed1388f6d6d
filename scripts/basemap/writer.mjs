// A little-endian byte writer for the basemap resources (read by core/basemap/*).
import fs from 'node:fs';
import path from 'node:path';

export class Writer {
  constructor(magic, version) {
    this.chunks = [Buffer.from(magic, 'ascii')];
    this.u32(version);
  }
  u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v); this.chunks.push(b); }
  f32(v) { const b = Buffer.alloc(4); b.writeFloatLE(v); this.chunks.push(b); }
  str(s) {
    const b = Buffer.from(s, 'utf8');
    const l = Buffer.alloc(2);
    l.writeUInt16LE(b.length);
    this.chunks.push(l, b);
  }
  points(ps) { this.u32(ps.length); for (const [x, y] of ps) { this.f32(x); this.f32(y); } }
  save(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.concat(this.chunks));
    console.log(`wrote ${file} (${fs.statSync(file).size} bytes)`);
  }
}

// Rings that cross the antimeridian are unwrapped eastwards (lon > 180) so that no edge spans
// the whole map. A ring that goes round the pole (Antarctica) is closed along the map's
// bottom edge instead: unwrapping cannot make it a plane ring.
export function planeRing(r) {
  if (!r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180)) return r;
  const unwrapped = r.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
  const xs = unwrapped.map((p) => p[0]);
  if (Math.max(...xs) - Math.min(...xs) < 300) return unwrapped;
  // Cut the ring at its jump, run it west to east, then close it below along the bottom.
  const at = r.findIndex((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180);
  const open = r.slice(0, -1);
  const k = at % open.length;
  const run = open.slice(k).concat(open.slice(0, k));
  const west = run[0][0] < 0 ? -180 : 180;
  // Back along the bottom in 60° steps, so that no edge spans half the map either.
  const bottom = [];
  for (let i = 0; i <= 6; ++i) bottom.push([-west + (west * i) / 3, -90]);
  return [[west, -90], ...run, ...bottom];
}

export const polygonsOf = (g) =>
  !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
export const linesOf = (g) =>
  !g ? [] : g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
