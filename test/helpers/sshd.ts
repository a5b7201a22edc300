// A real OpenSSH server on 127.0.0.1 that behaves like the Hub over SSH: any key may
// connect; registered keys are greeted by name and may push, unknown ones are
// "anonymous". Every session is logged, so a test can say what the server saw.
import { type ResultPromise, execa } from 'execa';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { type Test } from 'uvu';
import { join } from 'node:path';

export const CAN_RUN_SSHD = process.getuid?.() === 0 && existsSync('/usr/sbin/sshd');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

// sshd runs AuthorizedKeysCommand only from a root-owned path with no group- or
// world-writable directory on the way, so these scripts cannot live under /tmp.
const AKC = (dir: string) => `#!/bin/sh
# $1 = fingerprint, $2 = key type, $3 = key
who=$(awk -v fp="$1" '$1 == fp { print $2 }' '${dir}/registry')
printf 'command="${dir}/serve.sh %s",no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty %s %s\\n' "\${who:-anonymous}" "$2" "$3"
`;

const SERVE = (log: string, repos: string, dir: string) => `#!/bin/sh
who="$1"
cmd="\${SSH_ORIGINAL_COMMAND:-}"
printf '%s\\t%s\\n' "$who" "\${cmd:-(no command)}" >> '${log}'
case "$cmd" in
"")
  echo "Hi $who, welcome to Hugging Face."
  exit 0
  ;;
git-receive-pack\\ * | git-upload-pack\\ *)
  service=\${cmd%% *}
  if [ "$who" = anonymous ] && [ "$service" = git-receive-pack ]; then
    echo "Hi anonymous, welcome to Hugging Face. You cannot push: add your SSH key at https://huggingface.co/settings/keys" >&2
    exit 1
  fi
  path=$(eval "printf '%s' \${cmd#* }")
  # A private or gated repo is not anonymous's to read. (The Hub's own words for this over SSH
  # are not documented; hf-hooks explains from what it checks, not from this text.)
  if [ "$who" = anonymous ] && grep -qxF "\${path#/}" '${dir}/restricted' 2>/dev/null; then
    echo "Hi anonymous, welcome to Hugging Face. Repository not found." >&2
    exit 1
  fi
  exec "$service" '${repos}'/"\${path#/}"
  ;;
esac
echo "Hi $who, welcome to Hugging Face. No shell access." >&2
exit 1
`;

export class Sshd {
  readonly user = userInfo().username;
  private readonly dir: string;
  readonly repos: string;
  readonly log: string;
  port = 0;
  hostKeyLine = '';
  private proc?: ResultPromise;

  constructor(workDir: string) {
    mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
    this.dir = mkdtempSync('/run/hf-hooks-sshd-');
    chmodSync(this.dir, 0o755);
    this.repos = join(workDir, 'repos');
    this.log = join(workDir, 'sessions.log');
    mkdirSync(this.repos, { recursive: true });
  }

  async start(): Promise<void> {
    const d = this.dir;
    await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(d, 'host_key')]);
    writeFileSync(join(d, 'registry'), '', { mode: 0o644 });
    writeFileSync(join(d, 'akc.sh'), AKC(d), { mode: 0o755 });
    writeFileSync(join(d, 'serve.sh'), SERVE(this.log, this.repos, d), { mode: 0o755 });
    writeFileSync(join(d, 'restricted'), '', { mode: 0o644 });
    writeFileSync(this.log, '');
    this.port = await freePort();
    writeFileSync(join(d, 'sshd_config'), [
      `Port ${this.port}`, 'ListenAddress 127.0.0.1', `HostKey ${join(d, 'host_key')}`, 'PidFile none',
      'UsePAM no', 'StrictModes no', 'PasswordAuthentication no', 'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes', 'AuthorizedKeysFile none',
      `AuthorizedKeysCommand ${join(d, 'akc.sh')} %f %t %k`, 'AuthorizedKeysCommandUser nobody',
      'PermitRootLogin prohibit-password', `AllowUsers ${this.user}`, 'LogLevel ERROR', 'MaxStartups 100',
    ].join('\n') + '\n');
    this.proc = execa('/usr/sbin/sshd', ['-D', '-e', '-f', join(d, 'sshd_config')], { reject: false, stdin: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await listening(this.port)) {
        this.hostKeyLine = `[127.0.0.1]:${this.port} ${readFileSync(join(d, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ')}`;
        return;
      }
      if (this.proc.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    this.proc.kill();
    const r = await this.proc;
    throw new Error(`sshd did not start on port ${this.port}: ${r.stderr}`);
  }

  register(fingerprint: string, name: string): void {
    writeFileSync(join(this.dir, 'registry'), `${fingerprint} ${name}\n`, { flag: 'a' });
  }

  /** A repo (path under the repos dir) that anonymous may not read: private or gated. */
  restrict(path: string): void {
    writeFileSync(join(this.dir, 'restricted'), `${path}\n`, { flag: 'a' });
  }

  clearLog(): void {
    writeFileSync(this.log, '');
  }

  forgetAll(): void {
    writeFileSync(join(this.dir, 'registry'), '');
    writeFileSync(join(this.dir, 'restricted'), '');
    writeFileSync(this.log, '');
  }

  /** Every session the server accepted: [who, command]. */
  sessions(): [string, string][] {
    return readFileSync(this.log, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]);
  }

  sawReceivePack(): boolean {
    return this.sessions().some(([, cmd]) => cmd.startsWith('git-receive-pack'));
  }

  async stop(): Promise<void> {
    this.proc?.kill('SIGTERM');
    await this.proc;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Starts sshd; a machine that cannot run it fails the suite loudly, never skips it. */
export async function startSshd(workDir: string): Promise<Sshd> {
  if (!CAN_RUN_SSHD) throw new Error('cannot start sshd: /usr/sbin/sshd on 127.0.0.1 needs root and openssh-server (.ci/run installs both)');
  const sshd = new Sshd(workDir);
  await sshd.start();
  return sshd;
}

/** One sshd for a whole suite, in a work dir of its own: started before it, stopped and removed after. */
export function sshdForSuite(s: Test): () => Sshd {
  let sshd: Sshd | undefined;
  let workDir = '';
  s.before(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'hf-hooks-sshd-'));
    sshd = await startSshd(workDir);
  });
  s.after(async () => {
    await sshd?.stop();
    rmSync(workDir, { recursive: true, force: true });
  });
  return () => sshd!;
}
