// The real huggingface_hub (the `hf` CLI and get_token()), installed once per checkout into
// .cache/hf-venv with the machine's own pip (DESIGN.md section 6). Tests let it write the
// token files hf-hooks reads and run the fixes hf-hooks prints.
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';

const VENV = join(ROOT, '.cache', 'hf-venv');
export const HF_BIN = join(VENV, 'bin');

let ready: Promise<string> | undefined;

/** The venv's bin directory, with `hf` and `python` in it; installs huggingface_hub on first use. */
export function hfCli(): Promise<string> {
  ready ??= (async () => {
    if (existsSync(join(HF_BIN, 'hf'))) return HF_BIN;
    await execa('python3', ['-m', 'venv', VENV], { stdin: 'ignore' });
    // A machine with a local package index (no internet) is told to use only it, so pip does
    // not spend minutes retrying the public one.
    const local = existsSync('/opt/pypi/simple') ? { PIP_INDEX_URL: 'file:///opt/pypi/simple' } : {};
    await execa(join(HF_BIN, 'pip'), ['install', '-q', '--disable-pip-version-check', 'huggingface_hub>=1.0'], { stdin: 'ignore', env: local });
    if (!existsSync(join(HF_BIN, 'hf'))) throw new Error(`huggingface_hub installed no hf CLI in ${HF_BIN}`);
    return HF_BIN;
  })();
  return ready;
}

/** What huggingface_hub itself would use (utils/_auth.py get_token()), under this environment. */
export async function hubGetToken(env: Record<string, string>): Promise<string> {
  const bin = await hfCli();
  const r = await execa(join(bin, 'python'), ['-c', 'from huggingface_hub import get_token; print(get_token() or "")'], { env, extendEnv: false, stdin: 'ignore' });
  return r.stdout.trim();
}
