// What a command started, as strace saw it: every program exec'd, in order. How the tests
// count node starts and the processes a hook costs (fixed, whatever the number of refs).
import { readFileSync } from 'node:fs';
import { type Run, type Sandbox } from './sandbox.ts';

export interface Traced extends Run {
  /** argv[0] of every successful execve, in order (program paths as exec'd). */
  execs: string[];
  /** The same, with the arguments strace showed (truncated to strace's default length). */
  calls: string[];
  /** How many of them were node. */
  nodes: number;
}

/** `wrap`: how the userland runs a command (test/helpers/userland.ts); strace runs inside it. */
export async function traced(sb: Sandbox, cmd: string, args: string[], o: { cwd: string; env?: Record<string, string>; input?: string; wrap?: (cmd: string, args: string[]) => [string, string[]] }): Promise<Traced> {
  const trace = sb.path(`trace-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const [file, argv] = (o.wrap ?? ((c, a) => [c, a]))('/usr/bin/strace', ['-f', '-qq', '-e', 'trace=execve', '-o', trace, cmd, ...args]);
  const r = await sb.run(file, argv, { cwd: o.cwd, env: o.env, ...(o.input !== undefined && { input: o.input }) });
  const ok = readFileSync(trace, 'utf8').split('\n').map((l) => /execve\("([^"]*)", \[(.*)\], .*\) = 0$/.exec(l)).filter((m): m is RegExpExecArray => !!m);
  const execs = ok.map((m) => m[1]);
  return { ...r, execs, calls: ok.map((m) => `${m[1]} ${m[2]}`), nodes: execs.filter((p) => /\/node$/.test(p)).length };
}

/** How many execs ran one of these programs (by base name). */
export const count = (t: Traced, ...names: string[]): number => t.execs.filter((p) => names.includes(p.slice(p.lastIndexOf('/') + 1))).length;

/** How many execs had an argv matching the pattern (`"git", "cat-file"`, say). */
export const countCalls = (t: Traced, pattern: RegExp): number => t.calls.filter((c) => pattern.test(c)).length;
