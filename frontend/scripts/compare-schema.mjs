// Fails when src/lib/api/schema.d.ts is not what `npm run api` generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'kaiku-schema-'));
const fresh = join(dir, 'schema.d.ts');
try {
    execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', fresh], {
        stdio: 'ignore',
    });
    const current = readFileSync('src/lib/api/schema.d.ts', 'utf8');
    if (readFileSync(fresh, 'utf8') !== current) {
        console.error(
            'src/lib/api/schema.d.ts is out of date: run `npm run api` and commit the result.',
        );
        process.exitCode = 1;
    } else {
        console.log('src/lib/api/schema.d.ts matches ../openapi.yaml');
    }
} finally {
    rmSync(dir, { recursive: true, force: true });
}
