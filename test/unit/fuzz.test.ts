// Property tests (issue 16 item 2), fast-check with a fixed seed: the parsers that read
// what others hand hf-hooks (remote URLs, Git's ref lines, the credential protocol, git
// config, Git's ssh argv) never throw and never hang on any input, and no renderer prints
// 8 or more characters of a token of any family, wherever in its input the token was.
// FUZZ_SEED=<n> explores other inputs locally; CI always runs the seed below.
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { classify, parseGitUrl } from '../../hooks/remote.ts';
import { parseRefLines } from '../../hooks/refs.ts';
import { parseAttributes } from '../../hooks/https/credentials.ts';
import { parseConfig } from '../../hooks/config.ts';
import { parseGitSshArgs } from '../../hooks/ssh/command.ts';
import { type Finding, type Report } from '../../hooks/findings.ts';
import { renderAnnotations, renderFindings, renderHuman, renderJson, renderSummary } from '../../hooks/render.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
/** Longer than any call takes; a call past it is a hang (a regex backtracking forever), not slowness. */
const HANG_MS = 1000;
export const cases: Record<string, number> = {};

function property<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, check: (value: T) => void): void {
  fc.assert(fc.property(arb, (value) => {
    const start = performance.now();
    check(value);
    const took = performance.now() - start;
    if (took > HANG_MS) throw new Error(`took ${Math.round(took)} ms: a hang`);
  }), { seed: SEED, numRuns });
  cases[name] = numRuns;
}

// ---- inputs ---------------------------------------------------------------------------

const chars = (set: string, min: number, max = min) => fc.string({ unit: fc.constantFrom(...set), minLength: min, maxLength: max });
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A token of each family, in the shape its provider issues (providers/*.ts name the sources). */
const FAMILIES: [string, fc.Arbitrary<string>][] = [
  ['hf_', chars(ALNUM, 34)],
  ['hf_oauth_', chars(`${ALNUM}_-`, 34, 40)],
  ['hf_jwt_', chars(`${ALNUM}_.-`, 40, 120)],
  ['api_org_', chars(ALNUM, 34)],
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map((p) => [p, chars(ALNUM, 36)] as [string, fc.Arbitrary<string>]),
  ['github_pat_', chars(`${ALNUM}_`, 82)],
  ...['glpat-', 'gldt-', 'glrt-', 'glcbt-', 'gloas-'].map((p) => [p, chars(`${ALNUM}_.-`, 20, 40)] as [string, fc.Arbitrary<string>]),
  ['ATATT', chars(`${ALNUM}_=-`, 60, 190)],
  ['ATCTT', chars(`${ALNUM}_=-`, 60, 190)],
  ['ATBB', chars(ALNUM, 32)],
];
const token = fc.oneof(...FAMILIES.map(([prefix, rest]) => rest.map((r) => ({ prefix, token: prefix + r }))));

/** Anything a string can hold: control characters, quotes, non-ASCII, a JSON or shell metacharacter. */
const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  chars('\n\r\t\u0000\u001b"\'\\`$;|&<>(){}[]:@/%=-_ abcnhf', 0, 40),
);

/** Where tokens went, so the check knows what must not come out. */
type Placed = { text: string; tokens: { prefix: string; token: string }[] };
const carrying: fc.Arbitrary<Placed> = fc.oneof(
  { weight: 1, arbitrary: anyText.map((text) => ({ text, tokens: [] })) },
  { weight: 2, arbitrary: fc.tuple(anyText, fc.array(fc.tuple(token, anyText), { minLength: 1, maxLength: 3 }))
    .map(([head, rest]) => ({ text: head + rest.map(([t, tail]) => t.token + tail).join(''), tokens: rest.map(([t]) => t) })) },
);

const FINDING_IDS = ['token.read-only', 'https.no-credential', 'url.malformed', 'content.lfs-missing', 'ssh.anonymous'];
const findingArb = fc.record({
  id: fc.constantFrom(...FINDING_IDS),
  level: fc.constantFrom('error', 'warn', 'info', 'ok') as fc.Arbitrary<Finding['level']>,
  message: carrying,
  fix: fc.array(carrying, { maxLength: 3 }),
  docs: fc.option(carrying, { nil: undefined }),
  file: fc.option(carrying, { nil: undefined }),
});
const reportArb = fc.record({
  remote: carrying,
  url: carrying,
  verdict: fc.constantFrom('ready', 'warn', 'unknown', 'blocked') as fc.Arbitrary<Report['verdict']>,
  findings: fc.array(findingArb, { maxLength: 3 }),
  repo: fc.option(fc.record({ namespace: carrying, name: carrying }), { nil: undefined }),
  route: fc.option(fc.record({ proxy: carrying, direct: carrying, unverified: carrying }), { nil: undefined }),
});

type Built = { reports: Report[]; problems: Finding[]; tokens: { prefix: string; token: string }[] };
type FindingIn = typeof findingArb extends fc.Arbitrary<infer T> ? T : never;
const toFinding = (f: FindingIn): Finding => ({
  id: f.id, level: f.level, message: f.message.text, fix: f.fix.map((x) => x.text),
  ...(f.docs && { docs: f.docs.text }), ...(f.file && { file: f.file.text }),
});
const placedIn = (f: FindingIn): Placed['tokens'] => [f.message, ...f.fix, f.docs, f.file].flatMap((p) => p?.tokens ?? []);
const built: fc.Arbitrary<Built> = fc.tuple(fc.array(reportArb, { minLength: 1, maxLength: 2 }), fc.array(findingArb, { maxLength: 2 })).map(([rs, ps]) => ({
  reports: rs.map((r) => ({
    remote: r.remote.text, url: r.url.text, verdict: r.verdict, findings: r.findings.map(toFinding),
    ...(r.repo && { repo: { namespace: r.repo.namespace.text, name: r.repo.name.text } }),
    ...(r.route && { route: { proxy: r.route.proxy.text, direct: r.route.direct.text, unverified: r.route.unverified.text } }),
  })),
  problems: ps.map(toFinding),
  tokens: [
    ...rs.flatMap((r) => [r.remote, r.url, ...(r.repo ? [r.repo.namespace, r.repo.name] : []), ...(r.route ? [r.route.proxy, r.route.direct, r.route.unverified] : [])].flatMap((p) => p.tokens)),
    ...rs.flatMap((r) => r.findings.flatMap(placedIn)),
    ...ps.flatMap(placedIn),
  ],
}));

/**
 * Every 8-character piece of the token that reaches past its family prefix: the prefix
 * itself (hf_oauth_, github_pat_) is public and is what a masked token shows.
 */
function leaks(output: string, tokens: Placed['tokens']): string[] {
  const out: string[] = [];
  for (const { prefix, token } of tokens) {
    for (let i = 0; i + 8 <= token.length; i++) {
      if (i + 8 <= prefix.length) continue;
      const piece = token.slice(i, i + 8);
      if (output.includes(piece)) out.push(piece);
    }
  }
  return out;
}

/** URL-shaped input: each part from a table of hostile values or arbitrary text. */
const HOSTILE = ['-oProxyCommand=touch${IFS}/tmp/x', '$(touch /tmp/x)', '`touch /tmp/x`', ';touch /tmp/x', '|id', '&&id', "'", '"', '\\', '%0a', '%2d', '-', '--', '\n', '\u0000'];
const part = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 }), fc.constantFrom('huggingface.co', 'hf.co', 'huggingface.co.evil.example', 'huggingface.co@127.0.0.1', '[::1]', '127.0.0.1', 'git', 'alice'));
const urlArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  chars(':/@[]%.-a1', 0, 3000), // long runs of URL punctuation: where a backtracking regex would hang
  fc.tuple(fc.constantFrom('ssh://', 'git+ssh://', 'https://', 'http://', 'git://', 'file://', 'ftp://', '', 'x::'), part, part, fc.option(fc.integer({ min: -1, max: 70000 })), part)
    .map(([scheme, user, host, port, path]) => (scheme ? `${scheme}${user}@${host}${port === null ? '' : `:${port}`}/${path}` : `${user}@${host}:${path}`)),
);

// ---- properties -----------------------------------------------------------------------

const fuzz = suite('fuzz: parsers never throw or hang; renderers never print a token');

fuzz('the URL classifier: a host or user it accepts can never be an ssh option or carry a control character', () => {
  property('URL classifier', urlArb, 10000, (raw) => {
    parseGitUrl(raw);
    const r = classify(raw, { hosts: {}, endpoints: { huggingface: 'http://127.0.0.1:1234' } });
    if ('error' in r) return;
    for (const v of [r.host, r.user]) {
      if (v === undefined) continue;
      // Host and (over SSH) user become ssh arguments: never one ssh would read as an option.
      if (v === r.host || r.transport === 'ssh') assert.not.ok(v.startsWith('-'), `option-like ${JSON.stringify(v)} from ${JSON.stringify(raw)}`);
      assert.not.ok(/[\u0000-\u001f\u007f]/.test(v), `control character in ${JSON.stringify(v)} from ${JSON.stringify(raw)}`);
    }
    if (r.host !== undefined) assert.not.ok(/[@/\s]/.test(r.host), `host ${JSON.stringify(r.host)} from ${JSON.stringify(raw)}`);
  });
});

const OID = chars('0123456789abcdef', 40);
const refLine = fc.tuple(fc.constantFrom('refs/heads/main', 'HEAD', '(delete)', 'refs/tags/v1'), fc.oneof(OID, chars('0', 40)), fc.string({ maxLength: 30 }), OID)
  .map(([l, lo, rr, ro]) => `${l} ${lo} ${rr} ${ro}`);
fuzz('the ref-line parser: any bytes on stdin are ref updates with real object ids, or one error', () => {
  const input = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.array(fc.oneof(refLine, fc.string({ maxLength: 100 })), { maxLength: 20 }).map((ls) => new TextEncoder().encode(ls.join('\n'))),
  );
  property('ref-line parser', input, 5000, (bytes) => {
    const r = parseRefLines(bytes);
    if ('error' in r) return assert.type(r.error, 'string');
    for (const ref of r.refs) assert.match(`${ref.localOid} ${ref.remoteOid}`, /^(?:[0-9a-f]{40}|[0-9a-f]{64}) (?:[0-9a-f]{40}|[0-9a-f]{64})$/);
  });
});

fuzz('the credential-protocol parser: keys never hold = or a line end, values never a line end', () => {
  const input = fc.oneof(fc.string({ maxLength: 500 }), fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 })).map(([k, v]) => `${k}=${v}`), { maxLength: 10 }).map((ls) => ls.join('\n')));
  property('credential-protocol parser', input, 5000, (text) => {
    for (const [k, v] of Object.entries(parseAttributes(text))) {
      assert.not.ok(/[=\n]/.test(k), `key ${JSON.stringify(k)}`);
      assert.not.ok(v.includes('\n'), `value ${JSON.stringify(v)}`);
    }
  });
});

const CONFIG_KEYS = ['hf-hooks.enabled', 'hf-hooks.strict', 'hf-hooks.timeout', 'hf-hooks.cachettl', 'hf-hooks.huggingface.co.api', 'hf-hooks.example.com.provider', 'http.proxy', 'http.https://hf.co/.sslcainfo', 'http.sslverify', 'core.sshcommand', 'credential.helper', 'remote.origin.url', 'remote.origin.pushurl', 'lfs.url', 'user.email'];
fuzz('the git-config reader: any -z output is a config and warnings, never an exception', () => {
  const entry = fc.tuple(fc.option(fc.constantFrom('global', 'local', 'system', 'worktree', 'command', 'nonsense')), fc.oneof(fc.constantFrom(...CONFIG_KEYS), fc.string({ maxLength: 30 })), fc.oneof(fc.string({ maxLength: 60 }), token.map((t) => t.token)))
    .map(([scope, key, value]) => `${scope === null ? '' : `${scope}\0`}${key}\n${value}`);
  const input = fc.oneof(fc.string({ unit: 'binary', maxLength: 1000 }), fc.array(entry, { maxLength: 15 }).map((es) => es.join('\0') + '\0'));
  property('git-config reader', input, 5000, (z) => {
    const { config, problems } = parseConfig(z, {});
    assert.type(config.timeoutMs, 'number');
    assert.ok(Array.isArray(problems));
  });
});

fuzz('the ssh argv parser: Git\'s arguments, or anything, parse or are refused, never throw', () => {
  const arg = fc.oneof(fc.constantFrom('-p', '-p22', '-o', 'SendEnv=GIT_PROTOCOL', '-l', '-G', '--', '-4', '-i', "git-receive-pack 'alice/model'", 'git@hf.co', '[::1]'), fc.constantFrom(...HOSTILE), fc.string({ maxLength: 30 }));
  property('ssh argv parser', fc.array(arg, { maxLength: 8 }), 5000, (args) => {
    const r = parseGitSshArgs(args);
    if (r) assert.type(r.host, 'string');
  });
});

fuzz('the renderers: no 8 characters of any token placed anywhere in a report or a config problem', () => {
  property('renderers (human, JSON, annotations, summary, findings)', built, 5000, ({ reports, problems, tokens }) => {
    const outputs = [
      renderHuman(reports, { color: false, entry: 'pre-push', problems }),
      renderHuman(reports, { color: true, entry: 'doctor' }),
      renderJson(reports, problems),
      renderAnnotations(reports),
      renderSummary(reports),
      renderFindings(problems, false),
    ];
    for (const out of outputs) assert.equal(leaks(out, tokens), [], `~> printed from ${JSON.stringify(tokens.map((t) => t.token))}:\n${out}`);
  });
});

fuzz('a token in a git config value comes out masked in the warning about it', () => {
  property('config warning renderer', token, 2000, ({ prefix, token: t }) => {
    const { problems } = parseConfig(`global\0hf-hooks.timeout\n${t}\0global\0hf-hooks.strict\n${t}\0`, {});
    assert.ok(problems.length > 0);
    assert.equal(leaks(renderFindings(problems, false) + renderJson([], problems), [{ prefix, token: t }]), []);
  });
});

// What the renderers property found before mask() merged overlapping spans and dropped
// the word boundary: each printed part of a token.
const FOUND: [string, string][] = [
  ['a token glued after another', `ghs_${'A'.repeat(36)}glrt-${'B'.repeat(20)}`],
  ['a token after a digit', `0hf_oauth_${'C'.repeat(34)}`],
  ['a token after a newline, in JSON', `line\nhf_${'D'.repeat(34)}`],
  ['a token after a control character, escaped', `\u0001hf_${'E'.repeat(34)}`],
  ['a token cut by the 200-character limit', `${'x'.repeat(195)}hf_${'F'.repeat(34)}`],
];
for (const [name, text] of FOUND) {
  fuzz(`found by fuzzing: ${name}`, () => {
    const report: Report = { remote: text, url: text, verdict: 'blocked', findings: [{ id: 'x', level: 'error', message: text, fix: [text] }] };
    for (const out of [renderHuman([report], { color: false, entry: 'pre-push' }), renderJson([report])]) {
      assert.not.match(out, /[A-F]{8}/, out);
    }
  });
}

fuzz.after(() => {
  const total = Object.values(cases).reduce((a, b) => a + b, 0);
  console.log(`\n  fuzz (seed ${SEED}): ${Object.entries(cases).map(([k, v]) => `${k} ${v}`).join(', ')}; ${total} cases`);
});
fuzz.run();
