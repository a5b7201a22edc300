// The README and docs/ say only what is true of the CLI and the tests: every `hf-hooks
// COMMAND --flag` they show is in the CLI's own usage (its one command table), every test
// file they cite exists, every page they link to exists; and the README stays a page a
// newcomer can read (its first lines the two commands, at most 150 lines).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI, ROOT } from '../helpers/sandbox.ts';

const s = suite('docs: true of the CLI and the tests');
const PAGES = ['README.md', 'SECURITY.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const text = (page: string) => readFileSync(join(ROOT, page), 'utf8');

/** Each command of `hf-hooks --help`, with the flags its usage lines name. */
function usage(): Map<string, Set<string>> {
  const help = execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  const commands = new Map<string, Set<string>>();
  for (const line of help.split('\n')) {
    const m = /^ {2}([a-z][\w-]*)(.*)$/.exec(line);
    if (!m) continue;
    const flags = commands.get(m[1]) ?? new Set<string>();
    for (const f of m[2].match(/--[a-z][\w-]*/g) ?? []) flags.add(f);
    commands.set(m[1], flags);
  }
  return commands;
}

/** `hf-hooks COMMAND ...` as a command line: inline code that starts with it, or a line of a code block. */
function invocations(md: string): string[] {
  const out: string[] = [];
  const start = /^(?:\$\s+)?(?:npx\s+(?:--yes\s+)?)?hf-hooks(?:@\S+)?\s+([a-z][\w-]*)(.*)$/;
  let fenced = false;
  for (const line of md.split('\n')) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      if (start.test(line.trim())) out.push(line.trim());
      continue;
    }
    for (const m of line.matchAll(/`([^`]+)`/g)) if (start.test(m[1].trim())) out.push(m[1].trim());
  }
  return out;
}

s('README: the two commands first, and at most 150 lines', () => {
  const readme = text('README.md');
  const block = /^# hf-hooks\n\n```sh\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(block, '~> the README opens with one sh block');
  assert.equal(block![1].split('\n').map((l) => l.split('#')[0].trim()), ['npm install && npx hf-hooks install', 'npm test']);
  assert.ok(readme.split('\n').length <= 150, `~> ${readme.split('\n').length} lines`);
});

s('every hf-hooks command and flag shown exists in the CLI', () => {
  const commands = usage();
  let seen = 0;
  for (const page of PAGES) {
    for (const call of invocations(text(page))) {
      const [, command, rest] = /hf-hooks(?:@\S+)?\s+([a-z][\w-]*)(.*)$/.exec(call)!;
      assert.ok(commands.has(command), `${page}: \`${call}\`: no command '${command}' (${[...commands.keys()].join(', ')})`);
      for (const flag of rest.split(/\s#|&&|\||;/)[0].match(/--[a-z][\w-]*/g) ?? []) {
        assert.ok(commands.get(command)!.has(flag), `${page}: \`${call}\`: '${command}' has no ${flag}`);
      }
      seen++;
    }
  }
  assert.ok(seen >= 20, `~> ${seen} command lines checked`);
});

s('every test file cited exists, every page linked exists', () => {
  for (const page of PAGES) {
    const md = text(page);
    for (const [cited] of md.matchAll(/test\/(?:e2e|unit)\/[\w-]+\.test\.ts/g)) assert.ok(existsSync(join(ROOT, cited)), `${page} cites ${cited}`);
    const dir = page.includes('/') ? page.slice(0, page.lastIndexOf('/')) : '';
    for (const [, link] of md.matchAll(/\]\(([\w./-]+\.md)\)/g)) assert.ok(existsSync(join(ROOT, dir, link)), `${page} links ${link}`);
  }
});

s.run();
