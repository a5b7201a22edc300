// The userlands pushes run in (issue 27): Debian's own (dash as /bin/sh, GNU coreutils); a
// macOS-like one (bash as /bin/sh, and every tool of this machine but GNU `sha256sum` and
// `timeout`, which macOS does not have); and an Alpine-like one (busybox as /bin/sh, its
// applets first on PATH). /bin/sh is swapped in a private mount namespace of the command
// alone (`unshare -m`, root, as CI is): the hooks' `#!/bin/sh`, and the `sh -c` Git runs
// helpers with, then start that shell.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';

export type UserlandName = 'dash' | 'macos' | 'busybox';
export const USERLANDS: UserlandName[] = ['dash', 'macos', 'busybox'];

export interface Userland {
  name: UserlandName;
  /** The command as it runs in this userland. */
  wrap(cmd: string, args: string[]): [string, string[]];
  /** PATH for it. */
  path(base: string): string;
}

const DIR = join(ROOT, '.cache', 'userlands');
/** What macOS lacks of GNU coreutils that the shims could use. */
const NOT_ON_MACOS = new Set(['sha256sum', 'timeout']);

/** Why a userland cannot be made here, or undefined. */
export function cannotMake(name: UserlandName): string | undefined {
  if (name === 'dash') return undefined;
  if (process.getuid?.() !== 0) return 'swapping /bin/sh needs root (a private mount namespace)';
  if (!existsSync('/usr/bin/unshare') || !existsSync('/usr/bin/mount')) return 'unshare and mount (util-linux) are not installed';
  if (name === 'busybox' && !existsSync('/usr/bin/busybox') && !existsSync('/bin/busybox')) return 'busybox is not installed';
  if (name === 'macos' && !existsSync('/usr/bin/bash')) return 'bash is not installed';
  return undefined;
}

/** A directory of links, rebuilt on each run: `name -> target` for each entry. */
function linkDir(name: string, links: [string, string][]): string {
  const dir = join(DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [link, target] of links) symlinkSync(target, join(dir, link));
  return dir;
}

/** Every program on PATH but those macOS does not have, first one of each name wins, as in a shell. */
function macosBin(base: string): string {
  const seen = new Map<string, string>();
  for (const d of base.split(':')) {
    let entries: string[] = [];
    try {
      entries = readdirSync(d);
    } catch {
      continue;
    }
    for (const e of entries) {
      if (seen.has(e) || NOT_ON_MACOS.has(e)) continue;
      const full = join(d, e);
      try {
        if (statSync(full).isFile() && statSync(full).mode & 0o111) seen.set(e, full);
      } catch {
        // A dangling link: not a program.
      }
    }
  }
  return linkDir('macos-bin', [...seen]);
}

function busyboxBin(): string {
  const busybox = existsSync('/usr/bin/busybox') ? '/usr/bin/busybox' : '/bin/busybox';
  const applets = execFileSync(busybox, ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  return linkDir('busybox-bin', applets.map((a) => [a, busybox]));
}

const made = new Map<string, string>();

/** `mount --bind SHELL over what /bin/sh points to`, in a namespace of this command's own. */
function swapSh(shell: string, cmd: string, args: string[]): [string, string[]] {
  const sh = realpathSync('/bin/sh');
  // Absolute paths: busybox's applets (first on its PATH) have an unshare and a mount of their own.
  return ['/usr/bin/unshare', ['--mount', '--propagation', 'private', '--', '/usr/bin/bash', '-c', `/usr/bin/mount --bind '${shell}' '${sh}' && exec "$@"`, 'hf-hooks-userland', cmd, ...args]];
}

export function userland(name: UserlandName): Userland {
  switch (name) {
    case 'dash':
      return { name, wrap: (cmd, args) => [cmd, args], path: (base) => base };
    case 'macos':
      return {
        name,
        wrap: (cmd, args) => swapSh('/usr/bin/bash', cmd, args),
        path: (base) => {
          const dir = made.get(`macos:${base}`) ?? macosBin(base);
          made.set(`macos:${base}`, dir);
          return dir;
        },
      };
    case 'busybox':
      return {
        name,
        wrap: (cmd, args) => swapSh(existsSync('/usr/bin/busybox') ? '/usr/bin/busybox' : '/bin/busybox', cmd, args),
        path: (base) => {
          const dir = made.get('busybox') ?? busyboxBin();
          made.set('busybox', dir);
          return `${dir}:${base}`;
        },
      };
  }
}
