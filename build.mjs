// Two bundles: dist/hook.mjs is what Git runs (self-contained, no node_modules,
// copied to a stable per-user place by `install`); dist/cli.mjs is the package's
// bin and may import its dependencies (execa, ora) from node_modules.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['hooks/main.ts'], outfile: 'dist/hook.mjs' }),
  build({
    ...common,
    entryPoints: ['cli.ts'],
    outfile: 'dist/cli.mjs',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
import { chmodSync } from 'node:fs';
chmodSync('dist/cli.mjs', 0o755);
