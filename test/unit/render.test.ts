import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Report, finding, verdictOf, allows } from '../../hooks/findings.ts';
import { mask, renderHuman, renderJson, wantsColor } from '../../hooks/render.ts';

const HF_TOKEN = 'hf_abcdefghijklmnopqrstuvwxyzABCDEFGH';

const masking = suite('render: mask');
const cases: [string, string][] = [
  [`token ${HF_TOKEN} here`, 'token hf_**** here'],
  ['api_org_abcdefghijklmnop', 'api_org_****'],
  ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_****'],
  ['github_pat_11ABCDEFG0123456789_abcdefghijkl', 'github_pat_****'],
  ['glpat-abcdefghij-klmnopqrst', 'glpat-****'],
  ['ATATT3xFfGF0abcdefghijklmnop', 'ATATT****'],
  ['https://user:s3cret@example.com/x', 'https://user:****@example.com/x'],
  [`https://u:${HF_TOKEN}@huggingface.co/me/m`, 'https://u:****@huggingface.co/me/m'],
  [`https://${HF_TOKEN}@hf.co/me/m`, 'https://hf_****@hf.co/me/m'],
  ['https://user@example.com/x', 'https://user@example.com/x'],
  ['hf_hooks and hf_x stay', 'hf_hooks and hf_x stay'],
  ['browser login hf_oauth_AbCdEf0123456789_xyz-Q done', 'browser login hf_oauth_**** done'],
  ['CI hf_jwt_eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJl-_x end', 'CI hf_jwt_**** end'],
];
for (const [input, output] of cases) masking(input.slice(0, 40), () => assert.is(mask(input), output));
masking.run();

const verdicts = suite('render: verdicts');
verdicts('error blocks', () => assert.is(verdictOf([finding('x', 'warn', 'w'), finding('y', 'error', 'e')]), 'blocked'));
verdicts('could-not-check is unknown', () => assert.is(verdictOf([finding('api.unreachable', 'warn', 'w')]), 'unknown'));
verdicts('warn', () => assert.is(verdictOf([finding('url.insecure-http', 'warn', 'w')]), 'warn'));
verdicts('ready', () => assert.is(verdictOf([finding('token.ok', 'ok', 'fine')]), 'ready'));
verdicts('unknown allowed unless strict', () => {
  assert.ok(allows('unknown', false));
  assert.not.ok(allows('unknown', true));
  assert.not.ok(allows('blocked', false));
  assert.ok(allows('warn', true));
});
verdicts.run();

const out = suite('render: text and JSON');
const report: Report = {
  remote: 'origin', url: `https://u:${HF_TOKEN}@huggingface.co/spaces/me/demo`, transport: 'https', provider: 'huggingface',
  repo: { type: 'space', namespace: 'me', name: 'demo' }, verdict: 'blocked',
  findings: [finding('token.read-only', 'error', `Token ${HF_TOKEN} is read-only.\nWhy line.`, [`echo ${HF_TOKEN}`], 'https://huggingface.co/settings/tokens')],
};
out('JSON follows the contract and masks', () => {
  const json = JSON.parse(renderJson([report]));
  assert.is(json.version, 1);
  assert.equal(Object.keys(json.remotes[0]), ['remote', 'url', 'transport', 'provider', 'repo', 'verdict', 'findings']);
  assert.equal(Object.keys(json.remotes[0].findings[0]), ['id', 'level', 'message', 'fix', 'docs']);
  assert.not.match(JSON.stringify(json), HF_TOKEN);
});
out('human text names the id, the fix and the escape hatches, never the token', () => {
  const text = renderHuman([report], { color: false, entry: 'pre-push' });
  assert.not.match(text, HF_TOKEN);
  assert.match(text, 'error: Token hf_**** is read-only. [token.read-only]');
  assert.match(text, '    Why line.');
  assert.match(text, 'Fix:\n      echo hf_****');
  assert.match(text, 'git push --no-verify');
  assert.match(text, 'HF_HOOKS=0 git push');
  assert.not.match(text, '\u001b[', '~> plain when asked');
});
out('colour only on a terminal without NO_COLOR', () => {
  assert.ok(wantsColor(true, {}));
  assert.not.ok(wantsColor(false, {}));
  assert.not.ok(wantsColor(true, { NO_COLOR: '1' }));
  assert.not.ok(wantsColor(true, { TERM: 'dumb' }));
  assert.match(renderHuman([report], { color: true, entry: 'pre-push' }), '\u001b[31merror');
});
out.run();
