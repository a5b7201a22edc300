// Three builds: dist/hook.mjs is what Git runs (one self-contained file, no node_modules,
// copied to a stable per-user place by `install`); dist/cli.mjs is the package's bin,
// split into chunks so each command loads only what it needs (execa, ora stay lazy);
// dist/action.mjs is the GitHub Action, one self-contained file too.
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';

// A release commit carries dist/ (pre-commit installs a hook repo with npm as a git
// dependency, whose `prepare` runs without devDependencies): there, without esbuild, the
// built files are what ships.
const esbuild = await import('esbuild').catch(() => undefined);
if (!esbuild) {
  if (existsSync('dist/hook.mjs') && existsSync('dist/cli.mjs') && existsSync('dist/action.mjs')) process.exit(0);
  throw new Error('building hf-hooks needs esbuild (npm install), or a release commit with dist/');
}
const { build } = esbuild;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// Chunk names carry hashes: without a clean slate, old chunks would pile up in the package.
rmSync('dist', { recursive: true, force: true });
const base = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };

// The proxy agents (hooks/net/agents.ts), bundled on their own with `debug` silenced
// (hooks/net/no-debug.ts says why; `kerberos` is only for Negotiate proxy logins, which
// hf-hooks does not offer), then carried as a string: parsed only by a request through a
// proxy, imported from a data: URL, where `require` (CommonJS in socks) serves builtins only.
const agents = await build({
  ...base, entryPoints: ['hooks/net/agents.ts'], write: false, minify: true,
  alias: { debug: './hooks/net/no-debug.ts' }, external: ['kerberos'],
  banner: { js: "import { createRequire as __hfHooksRequire } from 'node:module'; const require = __hfHooksRequire('/');" },
});
const common = {
  ...base,
  define: { __HF_HOOKS_VERSION__: JSON.stringify(version), __HF_HOOKS_AGENTS__: JSON.stringify(agents.outputFiles[0].text) },
};

// Bundled CommonJS (yaml's node build) requires node builtins; an ES module has no require.
const requireBanner = { js: "import { createRequire as __hfHooksRequire } from 'node:module'; const require = __hfHooksRequire(import.meta.url);" };

await Promise.all([
  build({ ...common, entryPoints: ['hooks/main.ts'], outfile: 'dist/hook.mjs', banner: requireBanner }),
  // The GitHub Action runs this one file from a checkout of the repository, with no
  // node_modules (action.yml: node24): everything it imports is in it.
  build({ ...common, entryPoints: ['action.ts'], outfile: 'dist/action.mjs', banner: requireBanner, target: 'node24' }),
  build({
    ...common,
    entryPoints: ['cli.ts'],
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
chmodSync('dist/cli.mjs', 0o755);
