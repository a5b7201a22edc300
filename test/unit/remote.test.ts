import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type ClassifyContext, classify, withoutUserinfo } from '../../hooks/remote.ts';

const ctx: ClassifyContext = { hosts: {} };

// url -> the parts that matter; `error` means "a clear problem, not a crash".
type Row = [string, Record<string, unknown> | { error: RegExp; unsupported?: boolean }, ClassifyContext?];

const HF = 'huggingface';
const rows: Row[] = [
  // Hugging Face, every repo type and URL form
  ['https://huggingface.co/me/model', { transport: 'https', host: 'huggingface.co', provider: HF, repo: { type: 'model', namespace: 'me', name: 'model' } }],
  ['https://huggingface.co/me/model.git', { provider: HF, repo: { type: 'model', namespace: 'me', name: 'model' } }],
  ['https://huggingface.co/me/model/', { repo: { type: 'model', namespace: 'me', name: 'model' } }],
  ['https://huggingface.co/gpt2', { provider: HF, repo: { type: 'model', name: 'gpt2' } }],
  ['https://huggingface.co/datasets/me/data', { repo: { type: 'dataset', namespace: 'me', name: 'data' } }],
  ['https://huggingface.co/spaces/me/demo', { repo: { type: 'space', namespace: 'me', name: 'demo' } }],
  ['https://huggingface.co/kernels/me/k', { repo: { type: 'kernel', namespace: 'me', name: 'k' } }],
  ['https://hf.co/spaces/me/demo', { host: 'hf.co', provider: HF, repo: { type: 'space', namespace: 'me', name: 'demo' } }],
  ['https://HuggingFace.CO/me/m', { host: 'huggingface.co', provider: HF }],
  ['git@hf.co:spaces/me/x', { transport: 'ssh', user: 'git', host: 'hf.co', provider: HF, repo: { type: 'space', namespace: 'me', name: 'x' } }],
  ['git@hf.co:datasets/me/d.git', { transport: 'ssh', repo: { type: 'dataset', namespace: 'me', name: 'd' } }],
  ['hf.co:me/m', { transport: 'ssh', user: undefined, host: 'hf.co', provider: HF }],
  ['ssh://git@hf.co/me/m', { transport: 'ssh', user: 'git', host: 'hf.co', port: undefined, path: '/me/m' }],
  ['ssh://git@hf.co:2222/spaces/me/x', { transport: 'ssh', port: 2222, repo: { type: 'space', namespace: 'me', name: 'x' } }],
  ['git+ssh://git@huggingface.co/me/m', { transport: 'ssh', provider: HF }],
  ['ssh+git://git@huggingface.co/me/m', { transport: 'ssh', provider: HF }],
  ['https://user:hf_abcdefghijklmnopqrstuvwxyzABCDEFGH@huggingface.co/me/m', { user: 'user', password: 'hf_abcdefghijklmnopqrstuvwxyzABCDEFGH', host: 'huggingface.co' }],
  ['https://hf_abcdefghijklmnopqrstuvwxyzABCDEFGH@hf.co/me/m', { user: 'hf_abcdefghijklmnopqrstuvwxyzABCDEFGH', password: undefined }],
  ['https://me:p%40ss@huggingface.co/me/m', { user: 'me', password: 'p@ss' }],
  ['http://huggingface.co/me/m', { transport: 'http', provider: HF }],
  ['git://huggingface.co/me/m', { transport: 'git', provider: HF }],
  ['https://huggingface.co/spaces/me/x/tree/main', { provider: HF, repo: undefined }],
  ['https://huggingface.co/', { provider: HF, repo: undefined }],
  // other providers
  ['https://github.com/octo/repo.git', { provider: 'github', repo: { namespace: 'octo', name: 'repo' } }],
  ['git@github.com:octo/repo.git', { transport: 'ssh', provider: 'github', repo: { namespace: 'octo', name: 'repo' } }],
  ['https://gitlab.com/group/sub/proj.git', { provider: 'gitlab', repo: { namespace: 'group/sub', name: 'proj' } }],
  ['git@gitlab.com:group/proj.git', { provider: 'gitlab' }],
  ['https://x-bitbucket-api-token-auth@bitbucket.org/team/repo.git', { provider: 'bitbucket', user: 'x-bitbucket-api-token-auth' }],
  ['https://git.example.com/a/b', { provider: 'generic', repo: { namespace: 'a', name: 'b' } }],
  // configuration decides the provider
  ['http://127.0.0.1:8080/me/m', { provider: HF, port: 8080, repo: { type: 'model', namespace: 'me', name: 'm' } }, { hosts: {}, endpoints: { huggingface: 'http://127.0.0.1:8080' } }],
  // Another port of HF_ENDPOINT's host is another server (test/e2e/hostile.test.ts): its
  // credentials must not go to the deployment's API. Over SSH the host name says it.
  ['http://127.0.0.1:9090/me/m', { provider: 'generic', port: 9090 }, { hosts: {}, endpoints: { huggingface: 'http://127.0.0.1:8080' } }],
  ['https://hub.corp.example/me/m', { provider: HF }, { hosts: {}, endpoints: { huggingface: 'https://hub.corp.example' } }],
  ['https://hub.corp.example:8443/me/m', { provider: 'generic' }, { hosts: {}, endpoints: { huggingface: 'https://hub.corp.example' } }],
  ['git@hub.corp.example:me/m', { provider: HF }, { hosts: {}, endpoints: { huggingface: 'https://hub.corp.example' } }],
  ['ssh://git@127.0.0.1:2222/spaces/me/x', { provider: HF, repo: { type: 'space', namespace: 'me', name: 'x' } }, { hosts: { '127.0.0.1': { provider: 'huggingface' } } }],
  ['https://hub.internal:8443/me/m', { provider: 'gitlab' }, { hosts: { 'hub.internal:8443': { provider: 'gitlab' } } }],
  ['https://hub.internal/me/m', { provider: 'generic' }, { hosts: { 'other.internal': { provider: 'gitlab' } } }],
  ['https://github.com/o/r', { provider: HF }, { hosts: { 'github.com': { provider: 'huggingface' } } }],
  // IPv6 and bracket forms
  ['ssh://git@[::1]:2222/me/m', { transport: 'ssh', host: '::1', port: 2222 }],
  ['git@[::1]:me/m', { transport: 'ssh', host: '::1', path: 'me/m' }],
  ['[git@localhost:2222]:me/m', { transport: 'ssh', user: 'git', host: 'localhost', port: 2222 }],
  ['https://[2001:db8::1]/me/m', { transport: 'https', host: '2001:db8::1' }],
  // local paths and file://
  ['/srv/git/repo.git', { transport: 'file', path: '/srv/git/repo.git', provider: 'generic' }],
  ['../repo.git', { transport: 'file' }],
  ['repo', { transport: 'file' }],
  ['./a:b', { transport: 'file' }],
  ['C:\\repos\\x', { transport: 'file' }],
  ['file:///srv/git/repo.git', { transport: 'file', path: '/srv/git/repo.git' }],
  ['file://localhost/srv/x', { transport: 'file', path: '/srv/x' }],
  // malformed: a clear problem, never a crash
  ['', { error: /empty/ }],
  ['https://huggingface.co/me/my model', { error: /space/ }],
  [' https://huggingface.co/me/m', { error: /space/ }],
  ['https://huggingface.co/me/m\n', { error: /control character/ }],
  ['https://huggingface.co/me/m\ngit@evil', { error: /control character/ }],
  // Found by test/unit/fuzz.test.ts: Git dies on these in the credential protocol.
  ['https://%0a@huggingface.co/me/m', { error: /encoded control character/ }],
  ['https://user:pw%0dhost=evil@huggingface.co/me/m', { error: /encoded control character/ }],
  [`https://huggingface.co/${'x'.repeat(5000)}`, { error: /5023 characters/ }],
  ['ssh://git@hf.co:99999/me/m', { error: /port '99999'/ }],
  ['ssh://git@hf.co:0/me/m', { error: /port '0'/ }],
  ['ssh://git@hf.co:22a/me/m', { error: /port '22a'/ }],
  ['ssh://-oProxyCommand=x/me/m', { error: /not a valid host/ }],
  ['ssh://-oProxyCommand=x@hf.co/me/m', { error: /SSH user name/ }],
  ['ssh://gi t@hf.co/me/m', { error: /SSH user name/ }],
  ['https://hug ging.co/me/m', { error: /not a valid host/ }],
  ['https:///me/m', { error: /no host/ }],
  ['git@hf.co:', { error: /no repository path/ }],
  ['[::1:me/m', { error: /no '\]:'/ }],
  ['https://[zz::1]/x', { error: /not a valid host/ }],
  ['ftp://example.com/x', { error: /'ftp:\/\/'/, unsupported: true }],
  ['hf::me/m', { error: /git-remote-hf/, unsupported: true }],
];

const classification = suite('remote: URL classification');

for (const [url, expected, context] of rows) {
  classification(`${JSON.stringify(url.slice(0, 70))}`, () => {
    const got = classify(url, context ?? ctx) as unknown as Record<string, unknown>;
    if ('error' in expected && expected.error instanceof RegExp) {
      assert.type(got.error, 'string', `~> expected a problem, got ${JSON.stringify(got)}`);
      assert.match(got.error as string, expected.error);
      assert.is(Boolean(got.unsupported), Boolean(expected.unsupported), '~> unsupported vs malformed');
      return;
    }
    assert.not.ok(got.error, `~> unexpected problem: ${got.error}`);
    for (const [key, value] of Object.entries(expected)) assert.equal(got[key], value, `~> ${key}`);
  });
}

classification('at least 40 URLs in the table', () => {
  assert.ok(rows.length >= 40, `~> only ${rows.length}`);
});

classification.run();

const strip = suite('remote: withoutUserinfo');
for (const [url, clean] of [
  ['https://u:hf_abc@huggingface.co/me/m', 'https://huggingface.co/me/m'],
  ['https://hf_abc@hf.co/me/m', 'https://hf.co/me/m'],
  ['https://huggingface.co/me/m', 'https://huggingface.co/me/m'],
  ['https://huggingface.co/me/user@x', 'https://huggingface.co/me/user@x'],
]) {
  strip(url, () => assert.is(withoutUserinfo(url), clean));
}
strip.run();
