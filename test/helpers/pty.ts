// A command under a real pseudo-terminal of its own (`script` from util-linux), never the
// runner's terminal: /dev/tty opens inside it, as on a laptop. Prompts are answered through
// the pty when they appear, the way a person would.
import { spawn } from 'node:child_process';
import { shQuote } from '../../hooks/shell.ts';

export interface PtyRun {
  exitCode: number;
  /** Everything the terminal showed (stdout and stderr share it). */
  output: string;
  /** The answers given, in order, with the prompt each answered. */
  answered: string[];
}

/** `onAnswer(n)` runs as the n-th answer (from 0) is about to be typed: what the world looked like before it. */
export function inPty(argv: string[], o: { cwd: string; env: Record<string, string>; answers?: [RegExp, string][]; timeoutMs?: number; onAnswer?: (n: number) => void }): Promise<PtyRun> {
  const answers = [...(o.answers ?? [])];
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qefc', argv.map(shQuote).join(' '), '/dev/null'], { cwd: o.cwd, env: o.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let seen = 0;
    const answered: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no end within ${o.timeoutMs ?? 60_000} ms; the terminal showed:\n${output}`));
    }, o.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const next = answers[0];
      if (next && next[0].test(output.slice(seen))) {
        answers.shift();
        o.onAnswer?.(answered.length);
        answered.push(next[0].source);
        seen = output.length;
        child.stdin.write(`${next[1]}\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? -1, output: output.replace(/\r\n/g, '\n'), answered });
    });
  });
}
