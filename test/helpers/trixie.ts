// A newer Git where it matters: Debian trixie's (git 2.47) in a chroot made once per
// checkout with debootstrap into .cache/trixie (Debian's own packages, as apt installs them).
// A command runs there in a private mount namespace with /proc and the test's sandbox
// bound at the same paths, so the sandbox's files, hooks and config are the chroot's too.
import { execa } from 'execa';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type Run, type Sandbox } from './sandbox.ts';

const CHROOT = join(ROOT, '.cache', 'trixie');

/** Why it cannot be made here, or undefined. */
export const noTrixie = (): string | undefined =>
  process.getuid?.() !== 0 ? 'a chroot needs root' : !existsSync('/usr/sbin/debootstrap') ? 'debootstrap is not installed (.ci/run installs it)' : undefined;

let made: Promise<void> | undefined;

export function trixie(): Promise<void> {
  made ??= (async () => {
    if (existsSync(join(CHROOT, 'usr', 'bin', 'git'))) return;
    rmSync(CHROOT, { recursive: true, force: true });
    const r = await execa('/usr/sbin/debootstrap', ['--variant=minbase', '--include=git,ca-certificates', 'trixie', CHROOT, 'http://deb.debian.org/debian'], { reject: false, stdin: 'ignore' });
    if (r.exitCode !== 0) throw new Error(`debootstrap trixie failed: ${r.stdout.slice(-2000)}\n${r.stderr}`);
  })();
  return made;
}

/** `cmd args` inside the chroot, in `cwd`, with `env` (PATH is the chroot's). */
export async function inTrixie(sb: Sandbox, cwd: string, cmd: string, args: string[], env: Record<string, string>): Promise<Run> {
  const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
  const script = [
    `mount --bind /proc ${quote(join(CHROOT, 'proc'))}`,
    `mkdir -p ${quote(CHROOT + sb.dir)}`,
    `mount --bind ${quote(sb.dir)} ${quote(CHROOT + sb.dir)}`,
    `exec chroot ${quote(CHROOT)} /usr/bin/env -i ${Object.entries({ ...env, PATH: '/usr/bin:/bin' }).map(([k, v]) => quote(`${k}=${v}`)).join(' ')} sh -c ${quote(`cd ${quote(cwd)} && exec "$@"`)} sh ${[cmd, ...args].map(quote).join(' ')}`,
  ].join(' && ');
  return sb.run('/usr/bin/unshare', ['--mount', '--propagation', 'private', '--', '/bin/sh', '-c', script]);
}
