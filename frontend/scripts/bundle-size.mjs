// Prints the gzipped size of every built chunk and fails when the initial JavaScript
// (the entry and everything it imports statically) exceeds the budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7) + ' kB';

const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
const initial = new Set();
const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
};
visit(Object.keys(manifest).find((key) => manifest[key] === entry));

const assets = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => ({ file, raw: statSync(join(dist, file)).size, gzip: gz(file) }))
    .sort((a, b) => b.gzip - a.gzip);

console.log('\nchunk                                              raw        gzip');
for (const a of assets) {
    const mark = initial.has(a.file) ? ' (initial)' : '';
    console.log(`${a.file.padEnd(46)} ${kb(a.raw)} ${kb(a.gzip)}${mark}`);
}
const initialJs = assets.filter((a) => initial.has(a.file) && a.file.endsWith('.js'));
const total = initialJs.reduce((sum, a) => sum + a.gzip, 0);
console.log(`\ninitial JS: ${kb(total).trim()} gzipped (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1024) {
    console.error('Initial JavaScript is over budget.');
    process.exitCode = 1;
}
