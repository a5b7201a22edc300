// A real npm registry on loopback: verdaccio (6.8, the last that runs on Node 20), installed
// once per checkout into .cache/verdaccio, started on a random port with its own storage,
// and stopped by the test. Packages it does not hold come from the machine's own registry
// (an uplink), so an install from it is an install as users make it.
import { type ResultPromise, execa } from 'execa';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';
import { freePort } from './sshd.ts';

const HOME = join(ROOT, '.cache', 'verdaccio');
const BIN = join(HOME, 'node_modules', 'verdaccio', 'bin', 'verdaccio');

export interface Registry {
  url: string;
  /** An .npmrc that logs in to it (a user made for this run). */
  npmrc: string;
  stop(): Promise<void>;
}

export async function startRegistry(): Promise<Registry> {
  if (!existsSync(BIN)) await execa('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', HOME, 'verdaccio@6.8'], { stdin: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'hf-hooks-registry-'));
  const upstream = (await execa('npm', ['config', 'get', 'registry'], { stdin: 'ignore' })).stdout.trim() || 'https://registry.npmjs.org/';
  writeFileSync(join(dir, 'config.yaml'), [
    `storage: ${join(dir, 'storage')}`,
    'auth:', `  htpasswd: { file: ${join(dir, 'htpasswd')}, max_users: 10 }`,
    'uplinks:', `  upstream: { url: ${upstream} }`,
    'packages:',
    "  'hf-hooks': { access: $all, publish: $authenticated }",
    "  '**': { access: $all, proxy: upstream }",
    'log: { type: stdout, format: pretty, level: error }', '',
  ].join('\n'));
  mkdirSync(join(dir, 'storage'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const proc: ResultPromise = execa(process.execPath, [BIN, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], { reject: false, stdin: 'ignore' });
  let token = '';
  for (let i = 0; i < 100 && !token; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`${url}-/user/org.couchdb.user:ci`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ci', password: 'ci-password-123' }) }).catch(() => undefined);
    if (res?.ok) token = (await res.json() as { token: string }).token;
  }
  if (!token) {
    proc.kill();
    throw new Error(`verdaccio did not start on ${url}: ${(await proc).stdout}`);
  }
  const npmrc = join(dir, 'npmrc');
  writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  return {
    url, npmrc,
    async stop() {
      proc.kill('SIGTERM');
      await proc;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
