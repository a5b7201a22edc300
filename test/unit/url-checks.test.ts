import { DEFAULTS } from '../../hooks/config.ts';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkUrl } from '../../hooks/url-checks.ts';
import { classify } from '../../hooks/remote.ts';

const ids = (url: string) => checkUrl('origin', classify(url, { hosts: {} }), DEFAULTS, {}).map((f) => `${f.id}:${f.level}`);
const checks = suite('checks/url: findings per URL');
const rows: [string, string[]][] = [
  ['https://huggingface.co/me/m', []],
  ['git@hf.co:me/m', []],
  ['https://user:hf_abcdefghijklmnopqrstuvwxyzABCDEFGH@huggingface.co/me/m', ['url.embedded-credential:warn']],
  ['https://hf_abcdefghijklmnopqrstuvwxyzABCDEFGH@huggingface.co/me/m', ['url.embedded-credential:warn']],
  ['https://someone@huggingface.co/me/m', []],
  ['http://huggingface.co/me/m', ['url.insecure-http:warn']],
  ['http://me:pw@git.example.com/r', ['url.embedded-credential:warn', 'url.insecure-http:warn']],
  ['http://127.0.0.1:8080/me/m', []],
  ['http://localhost/me/m', []],
  ['git://huggingface.co/me/m', ['url.read-only-protocol:error']],
  ['git://github.com/o/r', ['url.read-only-protocol:error']],
  ['https://huggingface.co/me/m\nx', ['url.malformed:warn']],
  ['ftp://example.com/x', ['url.unsupported:warn']],
];
for (const [url, expected] of rows) checks(JSON.stringify(url), () => assert.equal(ids(url), expected));

checks('the set-url fix drops the credential; with the bridge on, `hf auth login` is all Git needs', () => {
  const url = classify('https://u:hf_abcdefghijklmnopqrstuvwxyzABCDEFGH@huggingface.co/spaces/me/x', { hosts: {} });
  const bridged = checkUrl('origin', url, DEFAULTS, {})[0];
  assert.equal(bridged.fix.slice(0, 2), ['git remote set-url origin https://huggingface.co/spaces/me/x', 'hf auth login    # huggingface_hub keeps the token; hf-hooks hands it to Git']);
  const [f] = checkUrl('origin', url, { ...DEFAULTS, bridge: false }, {});
  assert.is(f.fix[0], 'git remote set-url origin https://huggingface.co/spaces/me/x');
  assert.match(f.fix[1], 'git config --global credential.helper', '~> no helper keeps tokens yet: that comes first');
  assert.match(f.fix[2], "printf 'url=https://huggingface.co\\nusername=hf_user");
  assert.match(f.fix[2], '| git credential approve');
  const withHelper = checkUrl('origin', url, { ...DEFAULTS, bridge: false, credentialHelpers: ['cache --timeout=3600'] }, {})[0];
  assert.not.ok(withHelper.fix.some((l) => l.includes('credential.helper')), '~> a configured helper is not configured again');
});
checks('git:// fix offers HTTPS and SSH for the same repo', () => {
  const [f] = checkUrl('up', classify('git://huggingface.co/datasets/me/d', { hosts: {} }), DEFAULTS, {});
  assert.match(f.fix[0], 'git remote set-url --push up https://huggingface.co/datasets/me/d');
  assert.match(f.fix[1], 'git remote set-url --push up git@hf.co:datasets/me/d');
});
checks.run();
