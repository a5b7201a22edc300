import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Report, finding, verdictOf, allows } from '../../hooks/findings.ts';
import { mask, renderHuman, renderJson, wantsColor, renderAnnotations } from '../../hooks/render.ts';

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

const annotations = suite('render: GitHub Actions annotations');
annotations('escaped as workflow commands, masked before escaping, notes left out', () => {
  const tokens = ['hf_abcdefghijklmnopqrstuvwxyzABCDEFGH', `ghp_${'x'.repeat(36)}`, 'glpat-abcdefghijklmnopqrst'];
  for (const t of tokens) {
    const url = `https://u:${t}@huggingface.co/spaces/me/x`;
    const out = renderAnnotations([{
      remote: url, url, verdict: 'blocked',
      findings: [
        { id: 'content.too-large', level: 'error', message: `100% of data/a:b,c.csv\nwhy ${t}`, fix: ['git lfs install --skip-repo'], file: 'data/a:b,c.csv' },
        { id: 'https.helpers', level: 'info', message: 'a note', fix: [] },
        { id: 'token.expiring', level: 'warn', message: 'soon', fix: [] },
      ],
    }]);
    assert.not.match(out, t.slice(4, 16), `~> no part of ${t.slice(0, 6)}...`);
    const [error, warning, ...rest] = out.trim().split('\n');
    assert.match(error, /^::error file=data\/a%3Ab%2Cc\.csv,title=hf-hooks content\.too-large \(https%3A\/\/u%3A.*\*\*\*\*@huggingface\.co\/spaces\/me\/x\)::100%25 of data\/a:b,c\.csv%0Awhy .*\*\*\*\*%0AFix:%0A  git lfs install --skip-repo$/);
    assert.match(warning, /^::warning title=hf-hooks token\.expiring .*::soon$/);
    assert.equal(rest, [], '~> the note is not annotated');
  }
});
annotations.run();
