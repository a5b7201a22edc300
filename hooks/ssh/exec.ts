// Runs the real ssh for Git: stdin and stdout untouched (they carry the pack), stderr
// passed through live and kept, so a failure can be explained after Git's own words.
import { spawn } from 'node:child_process';
import { type SshCommand, invocation } from './command.ts';

const KEEP_BYTES = 16 * 1024;

export function execReal(cmd: SshCommand, args: string[]): Promise<{ code: number; stderr: string }> {
  const [file, argv] = invocation(cmd, args);
  return new Promise((resolve) => {
    const child = spawn(file, argv, { stdio: ['inherit', 'inherit', 'pipe'] });
    let kept = '';
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      kept = (kept + chunk.toString()).slice(-KEEP_BYTES);
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, forward);
    child.on('error', (e) => resolve({ code: 255, stderr: `${file}: ${e.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 255), stderr: kept }));
  });
}
