// git, as the installer runs it: in a given directory, never prompting, never throwing.
import { execa } from 'execa';
import { NO_PROMPT_ENV } from '../../hooks/process.ts';

export interface GitResult {
  ok: boolean;
  code: number;
  stdout: string;
  stderr: string;
}

export async function git(cwd: string, args: string[]): Promise<GitResult> {
  const r = await execa('git', args, { cwd, reject: false, stdin: 'ignore', env: NO_PROMPT_ENV, stripFinalNewline: true });
  return { ok: r.exitCode === 0, code: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
