// The real pre-commit (pre-commit.com), installed once per checkout into .cache/pre-commit-venv
// with the machine's pip (its local index where there is one), like huggingface_hub (hf-cli.ts).
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';

const VENV = join(ROOT, '.cache', 'pre-commit-venv');

let ready: Promise<string> | undefined;

/** The path of the `pre-commit` program. */
export function preCommitBin(): Promise<string> {
  ready ??= (async () => {
    const bin = join(VENV, 'bin', 'pre-commit');
    if (existsSync(bin)) return bin;
    await execa('python3', ['-m', 'venv', VENV], { stdin: 'ignore' });
    const local = existsSync('/opt/pypi/simple') ? { PIP_INDEX_URL: 'file:///opt/pypi/simple' } : {};
    await execa(join(VENV, 'bin', 'pip'), ['install', '-q', '--disable-pip-version-check', 'pre-commit'], { stdin: 'ignore', env: local });
    if (!existsSync(bin)) throw new Error(`pip installed no pre-commit in ${VENV}`);
    return bin;
  })();
  return ready;
}
