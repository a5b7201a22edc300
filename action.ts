// The GitHub Action (action.yml, `runs: using: node24`, `main: dist/action.mjs`): hf-hooks
// doctor on the URL a workflow is about to push to, and on what the push would send. The
// runner hands the inputs as INPUT_<NAME> and reads outputs from $GITHUB_OUTPUT; findings
// become annotations and a line of the job summary, and the step fails when the push would.
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { diagnose, githubSummary } from './installer/commands/doctor.ts';
import { realEffects } from './hooks/effects.ts';
import { mask, renderAnnotations, renderHuman, renderJson } from './hooks/render.ts';

const input = (name: string) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();

/** `name<<DELIMITER` lines: safe for any value (the runner's own format for multiline outputs). */
function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (file) {
    const delimiter = `ghadelimiter_${randomBytes(8).toString('hex')}`;
    appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
  }
}

async function main(): Promise<number> {
  const url = input('url');
  if (!url) {
    process.stdout.write('::error title=hf-hooks::the `url` input is required: the URL the workflow pushes to\n');
    return 2;
  }
  // A token input is read the way huggingface_hub reads HF_TOKEN (the bridge, the checks).
  const token = input('token');
  const env = { ...process.env, CI: process.env.CI ?? 'true', ...(token && { HF_TOKEN: token }) };
  const found = await diagnose({ targets: [url], json: false, offline: false, env, interactive: false, color: false, ref: input('ref') || 'HEAD' }, realEffects(env));
  if (!('reports' in found)) {
    process.stdout.write(mask(`::error title=hf-hooks::${(found.stderr ?? '').trim()}\n`));
    return found.exit;
  }
  const { reports, problems, exit } = found;
  process.stdout.write(renderHuman(reports, { color: false, entry: 'doctor', problems }) + renderAnnotations(reports));
  await githubSummary(reports, env);
  setOutput('verdict', reports[0]?.verdict ?? 'unknown');
  setOutput('findings', JSON.stringify(JSON.parse(renderJson(reports, problems)).remotes[0]?.findings ?? []));
  return exit;
}

process.exitCode = await main().catch((error: Error) => {
  process.stdout.write(mask(`::error title=hf-hooks::internal error in the action: ${error?.message ?? error}\n`));
  return 1;
});
