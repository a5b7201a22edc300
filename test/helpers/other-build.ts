// Another build of hf-hooks, as a teammate with a different version would have: these
// sources, built by the real build.mjs into a copy whose package.json says `version`.
import { execa } from 'execa';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';

export interface Build {
  cli: string;
  dir: string;
  remove(): void;
}

export async function otherBuild(version: string): Promise<Build> {
  const dir = mkdtempSync(join(tmpdir(), 'hf-hooks-build-'));
  for (const part of ['build.mjs', 'cli.ts', 'action.ts', 'hooks', 'installer', 'templates']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, version }, null, 2));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const r = await execa(process.execPath, ['build.mjs'], { cwd: dir, reject: false });
  if (r.exitCode !== 0) throw new Error(`building hf-hooks ${version} failed: ${r.stderr}`);
  return { cli: join(dir, 'dist', 'cli.mjs'), dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
