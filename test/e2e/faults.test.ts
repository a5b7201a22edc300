// Fault injection (issue 16 item 1): install and uninstall, local, --global and
// --template, with the Nth filesystem or git call failing (EACCES, ENOSPC) or never
// returning (the process killed there, so no undo), for every N of each plan. A failure
// leaves every file and git config byte-identical and says "Nothing was changed."; a
// kill leaves a state the next run of either command completes (apply.ts).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Fault, differences, inject, picture, restore } from '../helpers/faults.ts';
import { writeHook } from '../helpers/hooks.ts';
import { Sandbox } from '../helpers/sandbox.ts';
import { type CommandResult } from '../../installer/result.ts';
import { type Io } from '../../installer/effects/io.ts';
import { install } from '../../installer/commands/install.ts';
import { uninstall } from '../../installer/commands/uninstall.ts';
import { installGlobal, uninstallGlobal } from '../../installer/commands/global.ts';
import { installTemplate, uninstallTemplate } from '../../installer/commands/template.ts';

/** Doctor, which install ends with, caches API answers there; not part of what install changes. */
const SKIP = ['.cache'];

interface Scenario {
  name: string;
  /** The pre-push hook install chains the user's own from. */
  hook?: (sb: Sandbox) => string;
  setup(sb: Sandbox): Promise<void>;
  forward(sb: Sandbox, io?: Io): Promise<CommandResult>;
  backward(sb: Sandbox, io?: Io): Promise<CommandResult>;
}

const node = process.execPath;
const ok = async (r: Promise<CommandResult>, what: string) => {
  const res = await r;
  assert.is(res.exit, 0, `~> ${what}: ${res.stderr}`);
};
const env = (sb: Sandbox) => sb.env as NodeJS.ProcessEnv;

const SCENARIOS: Scenario[] = [
  {
    name: 'install / uninstall',
    hook: (sb) => sb.path('repo', '.git', 'hooks', 'pre-push'),
    async setup(sb) {
      // The runtime is shared by every repository of a user and stays on uninstall:
      // another repository has it already.
      await ok(install({ cwd: await sb.repo('other'), env: env(sb), dryRun: false, node }), 'install in another repository');
      const repo = await sb.repo();
      await sb.git(repo, 'remote', 'add', 'origin', 'https://huggingface.co/alice/model');
      await sb.git(repo, 'config', 'core.sshCommand', 'ssh -i ~/.ssh/work');
      writeHook(join(repo, '.git', 'hooks', 'pre-push'));
    },
    forward: (sb, io) => install({ cwd: sb.path('repo'), env: env(sb), dryRun: false, node, io }),
    backward: (sb, io) => uninstall({ cwd: sb.path('repo'), env: env(sb), io }),
  },
  {
    name: 'install --global / uninstall --global',
    async setup(sb) {
      await ok(install({ cwd: await sb.repo('other'), env: env(sb), dryRun: false, node }), 'install in another repository');
      await sb.git(sb.dir, 'config', '--global', 'core.sshCommand', 'ssh -i ~/.ssh/work');
      await sb.git(sb.dir, 'config', '--global', 'credential.helper', 'store');
    },
    forward: (sb, io) => installGlobal({ env: env(sb), node, dryRun: false, io }),
    backward: (sb, io) => uninstallGlobal({ env: env(sb), io }),
  },
  {
    name: 'install --template / uninstall --template',
    hook: (sb) => sb.path('org', 'hooks', 'pre-push'),
    async setup(sb) {
      mkdirSync(sb.path('org', 'hooks'), { recursive: true });
      writeHook(sb.path('org', 'hooks', 'pre-push'));
    },
    forward: (sb, io) => installTemplate({ dir: sb.path('org'), env: env(sb), node, dryRun: false, io }),
    backward: (sb, io) => uninstallTemplate({ dir: sb.path('org'), io }),
  },
];

const show = (a: Map<string, { kind: string; data?: Buffer }>, b: typeof a) => differences(a as never, b as never)
  .map((d) => `${d}\n${(a.get(d.slice(2))?.data ?? '').toString()}\n---\n${(b.get(d.slice(2))?.data ?? '').toString()}`);

export const survived = { failures: 0, kills: 0, setAside: 0 };

/** Runs a command until it ends or reaches its kill point; true when killed. */
async function runUntilKilled(run: (io: Io) => Promise<CommandResult>, at: number): Promise<boolean> {
  const f = inject('crash', at);
  return Promise.race([run(f.io).then(() => false), f.crashed.then(() => true)]);
}

const faults = suite('e2e: a failure or a kill at every step of install and uninstall');
let saved: NodeJS.ProcessEnv;
faults.before(() => void (saved = { ...process.env }));
faults.after(() => void (process.env = saved));

for (const s of SCENARIOS) {
  faults(s.name, async () => {
    const sb = new Sandbox();
    // In-process: git and os.homedir() read this process's environment.
    process.env = { ...sb.env };
    try {
      await s.setup(sb);
      const before = picture(sb.dir, SKIP);
      await ok(s.forward(sb), 'install');
      const after = picture(sb.dir, SKIP);
      await ok(s.backward(sb), 'uninstall');
      assert.equal(differences(before, picture(sb.dir, SKIP)), [], '~> uninstall puts back every byte');

      const steps = async (from: typeof before, run: (io?: Io) => Promise<CommandResult>) => {
        restore(sb.dir, from, SKIP);
        const counter = inject('EACCES', 0);
        await ok(run(counter.io), 'counting run');
        return counter.calls();
      };
      const legs = [
        { name: 'install', from: before, to: after, run: (io?: Io) => s.forward(sb, io), other: (io?: Io) => s.backward(sb, io) },
        { name: 'uninstall', from: after, to: before, run: (io?: Io) => s.backward(sb, io), other: (io?: Io) => s.forward(sb, io) },
      ];
      for (const leg of legs) {
        const n = await steps(leg.from, leg.run);
        assert.ok(n >= 5, `~> ${leg.name} makes ${n} calls through the seam`);
        for (let at = 1; at <= n; at++) {
          for (const fault of ['EACCES', 'ENOSPC'] as Fault[]) {
            restore(sb.dir, leg.from, SKIP);
            const r = await leg.run(inject(fault, at).io);
            const where = `${leg.name}, ${fault} at call ${at}/${n}`;
            survived.failures += 1;
            if (r.exit === 0) {
              // A call whose failure does not matter (the look for leftovers), or the last
              // clean-up, which says what it left for the next run to remove.
              if (differences(leg.to, picture(sb.dir, SKIP)).length) {
                assert.match(r.stdout ?? '', 'the next install or uninstall removes it', `~> ${where}: said what it left`);
                await ok(leg.run(), `${leg.name} again after ${where}`);
              }
              assert.equal(differences(leg.to, picture(sb.dir, SKIP)), [], `~> ${where} succeeded, so it did it all`);
              continue;
            }
            assert.is(r.exit, 1, `~> ${where} is a refusal`);
            assert.match(r.stderr ?? '', fault, `~> ${where} names the error`);
            assert.match(r.stderr ?? '', 'Nothing was changed.', `~> ${where}: ${r.stderr}`);
            assert.equal(differences(leg.from, picture(sb.dir, SKIP)), [], `~> ${where} changed nothing`);
          }
          // Killed at call `at`: running the same command again finishes the job, and
          // says so when the kill left the user's hook set aside with no shim beside it.
          restore(sb.dir, leg.from, SKIP);
          assert.ok(await runUntilKilled(leg.run, at), `~> ${leg.name} reached call ${at}`);
          const setAside = s.hook !== undefined && !existsSync(s.hook(sb)) && existsSync(`${s.hook(sb)}.hf-hooks-chained`);
          const again = await leg.run();
          assert.is(again.exit, 0, `~> ${leg.name} again after a kill at ${at}/${n}: ${again.stderr}`);
          if (setAside) {
            assert.match(again.stdout ?? '', 'an earlier install did not finish', `~> ${leg.name} says which state it finished`);
            survived.setAside += 1;
          }
          assert.equal(show(leg.to, picture(sb.dir, SKIP)), [], `~> ${leg.name} again after a kill at ${at}/${n} is a whole ${leg.name}`);
          // ... and running the other one instead takes it back: after a killed install,
          // uninstall leaves every byte as before; after a killed uninstall, install leaves
          // a whole install (git may order its config sections differently), which the
          // uninstall then takes back byte for byte.
          restore(sb.dir, leg.from, SKIP);
          await runUntilKilled(leg.run, at);
          const asideToo = s.hook !== undefined && !existsSync(s.hook(sb)) && existsSync(`${s.hook(sb)}.hf-hooks-chained`);
          const other = await leg.other();
          assert.is(other.exit, 0, `~> the other command after a kill of ${leg.name} at ${at}/${n}: ${other.stderr}`);
          if (asideToo) assert.match(other.stdout ?? '', 'an earlier install did not finish', '~> the other command says which state it finished');
          if (leg.name === 'uninstall') await ok(leg.run(), `uninstall after a kill of uninstall at ${at}/${n} and an install`);
          assert.equal(show(before, picture(sb.dir, SKIP)), [], `~> after a kill of ${leg.name} at ${at}/${n} and the other command${leg.name === 'uninstall' ? ', then uninstall,' : ''} every byte is as before`);
          survived.kills += 1;
        }
      }
    } finally {
      sb.cleanup();
    }
  });
}

faults.after(() => console.log(`\n  fault points survived: ${survived.failures} failures (EACCES, ENOSPC), ${survived.kills} kills (${survived.setAside} left the user's hook set aside, finished and said by the next run)`));
faults.run();
