// The installed package's own directory, wherever the bundler put this code
// (installer/*.ts, dist/cli.mjs or a dist/chunks/*.mjs): the first parent with our package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'hf-hooks') return dir;
    if (dirname(dir) === dir) throw new Error(`hf-hooks: cannot find its package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = findRoot(fileURLToPath(import.meta.url));
