import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULTS, parseConfig } from '../../hooks/config.ts';

const z = (...pairs: [string, string][]) => pairs.map(([k, v]) => `${k}\n${v}\0`).join('');
const config = suite('config: git config -z and the environment');

config('defaults', () => assert.equal(parseConfig('', {}), { config: DEFAULTS, problems: [] }));
config('every key, last value wins', () => {
  const { config: c, problems } = parseConfig(z(
    ['hf-hooks.enabled', 'true'], ['hf-hooks.strict', 'yes'], ['hf-hooks.timeout', '1500'], ['hf-hooks.timeout', '2500'],
    ['hf-hooks.cachettl', '60'], ['hf-hooks.127.0.0.1.provider', 'huggingface'], ['hf-hooks.Hub.Example.com:8443.api', 'https://hub.example.com:8443/'],
  ), {});
  assert.equal(problems, []);
  assert.equal(c, { enabled: true, strict: true, bridge: true, contentGuard: true, timeoutMs: 2500, cacheTtl: 60, hosts: { '127.0.0.1': { provider: 'huggingface' }, 'hub.example.com:8443': { api: 'https://hub.example.com:8443' } }, endpoints: {}, remotes: {}, fetchUrls: {}, credentialHelpers: [], credentialSections: [], lfs: { remotes: {}, agents: [] }, http: [] });
});
config('git-lfs settings: server URLs and where it keeps objects', () => {
  const { config: c } = parseConfig(z(['lfs.url', 'https://lfs/a'], ['lfs.storage', '/big/lfs'], ['remote.origin.lfsurl', 'https://lfs/o'], ['remote.origin.lfspushurl', 'https://lfs/p'], ['remote.origin.url', 'git@hf.co:me/m'], ['lfs.customtransfer.multipart.path', 'hf']), {});
  assert.equal(c.lfs, { url: 'https://lfs/a', storage: '/big/lfs', remotes: { origin: { lfsurl: 'https://lfs/o', lfspushurl: 'https://lfs/p' } }, agents: ['multipart'] });
  assert.equal(c.remotes, { origin: ['git@hf.co:me/m'] }, '~> an LFS URL is not a push URL');
});
config('credential.helper in Git order, an empty value clears the list; core.askPass', () => {
  const { config: c } = parseConfig(z(['credential.helper', 'cache'], ['credential.helper', ''], ['credential.helper', 'store'], ['credential.helper', 'osxkeychain'], ['core.askpass', '/usr/bin/ksshaskpass']), {});
  assert.equal(c.credentialHelpers, ['store', 'osxkeychain']);
  assert.is(c.askPass, '/usr/bin/ksshaskpass');
});
config('credential.<url> sections, path and all (https/caller.ts), but not the unscoped keys', () => {
  const { config: c } = parseConfig(z(['credential.https://huggingface.co/acme/model.helper', 'store --file ~/.acme'], ['credential.username', 'me'], ['credential.https://hf.co.usehttppath', 'true'], ['credential.helper', 'store']), {});
  assert.equal(c.credentialSections, ['https://huggingface.co/acme/model', 'https://hf.co']);
  assert.equal(c.credentialHelpers, ['store']);
});
config('core.sshCommand, user.email and push URLs come from the same call', () => {
  const { config: c } = parseConfig(z(
    ['core.sshcommand', 'ssh -i ~/.ssh/work'], ['user.email', 'me@example.com'],
    ['remote.origin.url', 'git@hf.co:me/m'], ['remote.both.url', 'https://a/x'], ['remote.both.pushurl', 'https://b/x'], ['remote.both.pushurl', 'git@c:x'],
  ), {});
  assert.is(c.sshCommand, 'ssh -i ~/.ssh/work');
  assert.is(c.email, 'me@example.com');
  assert.equal(c.remotes, { origin: ['git@hf.co:me/m'], both: ['https://b/x', 'git@c:x'] });
});
config('HF_HOOKS=0 wins over config', () => assert.is(parseConfig(z(['hf-hooks.enabled', 'true']), { HF_HOOKS: '0' }).config.enabled, false));
config('HF_HOOKS=1 re-enables', () => assert.is(parseConfig(z(['hf-hooks.enabled', 'false']), { HF_HOOKS: '1' }).config.enabled, true));
config('hf-hooks.bridge false turns the bridge off', () => assert.is(parseConfig(z(['hf-hooks.bridge', 'false']), {}).config.bridge, false));
config('hf-hooks.enabled false', () => assert.is(parseConfig(z(['hf-hooks.enabled', 'off']), {}).config.enabled, false));
config('HF_ENDPOINT', () => assert.equal(parseConfig('', { HF_ENDPOINT: 'http://127.0.0.1:9/' }).config.endpoints, { huggingface: 'http://127.0.0.1:9' }));
config('bad values are reported and ignored', () => {
  const { config: c, problems } = parseConfig(z(['hf-hooks.timeout', 'soon'], ['hf-hooks.strict', 'maybe'], ['hf-hooks.x.provider', 'sourceforge']), {});
  assert.is(c.timeoutMs, DEFAULTS.timeoutMs);
  assert.is(c.strict, false);
  assert.equal(problems.map((p) => p.id), ['config.invalid', 'config.invalid', 'config.invalid']);
  assert.match(problems[0].message, "hf-hooks.timeout is 'soon'");
});
config.run();
