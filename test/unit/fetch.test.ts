// The fetch phase's pure parts as tables: the Hub's answers to auth-check (hf_api.py
// auth_check; utils/_http.py hf_raise_for_status) -> what a clone or fetch will meet, and
// which Git command asked the credential helper.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { gitOperation } from '../../hooks/https/caller.ts';
import { type HttpAnswer } from '../../hooks/providers/types.ts';
import { PROVIDERS } from '../../hooks/providers/index.ts';

const hub = PROVIDERS.huggingface;
const answer = (status: number, headers: Record<string, string> = {}, body = ''): HttpAnswer => ({ status, headers, body });
const who = (name: string, token: object = { role: 'read' }) => answer(200, {}, JSON.stringify({ name, auth: { accessToken: token } }));
const NOT_LISTED = 'Access to model meta/llama is restricted and you are not in the authorized list. Visit https://huggingface.co/meta/llama to ask for access.';

const read = suite('fetch: what the Hub says of reading a repo');
const ROWS: [string, (HttpAnswer | undefined)[], boolean, object][] = [
  ['200: let in', [answer(200), who('bob')], true, { kind: 'ok', user: 'bob' }],
  ['200 anonymously: a public repo', [answer(200)], false, { kind: 'ok' }],
  ['401 GatedRepo without a token: log in', [answer(401, { 'x-error-code': 'GatedRepo', 'x-error-message': 'Access to model meta/llama is restricted. You must have access to it and be authenticated to access it. Please log in.' })], false, { kind: 'needs-login', gated: true, said: 'Access to model meta/llama is restricted. You must have access to it and be authenticated to access it. Please log in.' }],
  ['401 RepoNotFound without a token: private, or missing', [answer(401, { 'x-error-code': 'RepoNotFound' })], false, { kind: 'needs-login', gated: false }],
  ['401 without a code or a token (hf_raise_for_status reads it as not found)', [answer(401)], false, { kind: 'needs-login', gated: false }],
  ['403 GatedRepo, never asked', [answer(403, { 'x-error-code': 'GatedRepo', 'x-error-message': NOT_LISTED }), who('bob')], true, { kind: 'gated', user: 'bob', state: 'not-requested', said: NOT_LISTED }],
  ['403 GatedRepo, in review', [answer(403, { 'x-error-code': 'GatedRepo', 'x-error-message': 'Your request to access model meta/llama is awaiting a review from the repo authors.' }), who('bob')], true, { kind: 'gated', user: 'bob', state: 'pending', said: 'Your request to access model meta/llama is awaiting a review from the repo authors.' }],
  ['403 GatedRepo, refused', [answer(403, { 'x-error-code': 'GatedRepo', 'x-error-message': "Your request to access model meta/llama has been rejected by the repo's authors." }), who('bob')], true, { kind: 'gated', user: 'bob', state: 'rejected', said: "Your request to access model meta/llama has been rejected by the repo's authors." }],
  ['403 GatedRepo, a fine-grained token that may not read gated repos', [answer(403, { 'x-error-code': 'GatedRepo', 'x-error-message': NOT_LISTED }), who('carol', { role: 'fineGrained', displayName: 'ci', fineGrained: { canReadGatedRepos: false } })], true, { kind: 'gated', user: 'carol', state: 'not-requested', said: NOT_LISTED, tokenScope: '"ci" is fine-grained without "Read access to contents of all public gated repos you can access"' }],
  ['404 RepoNotFound with a token: another account, or missing', [answer(404, { 'x-error-code': 'RepoNotFound' }), who('bob')], true, { kind: 'not-found', user: 'bob' }],
  ['401 Invalid credentials: the token is dead', [answer(401, { 'x-error-message': 'Invalid credentials in Authorization header' }, '{"error":"Invalid credentials in Authorization header"}')], true, { kind: 'invalid' }],
  ['429: unknown, never a verdict', [answer(429)], true, { kind: 'unknown', detail: 'the Hub is rate-limiting requests (429)' }],
  ['500: unknown', [answer(500)], true, { kind: 'unknown', detail: 'the Hub answered 500' }],
];
for (const [name, answers, token, want] of ROWS) read(name, () => assert.equal(hub.interpretFetch!(answers, token), want));
read('the requests: auth-check (and whoami with a token), the repo type in the path', () => {
  assert.equal(hub.fetchRequests!('https://huggingface.co', undefined, { type: 'dataset', namespace: 'acme', name: 'd' }).map((r) => r.url), ['https://huggingface.co/api/datasets/acme/d/auth-check']);
  const withToken = hub.fetchRequests!('https://huggingface.co', 'hf_x', { type: 'model', namespace: 'meta', name: 'llama' });
  assert.equal(withToken.map((r) => r.url), ['https://huggingface.co/api/models/meta/llama/auth-check', 'https://huggingface.co/api/whoami-v2']);
  assert.is(withToken[0].headers.authorization, 'Bearer hf_x');
  assert.is(hub.repoPage!('https://huggingface.co', { type: 'space', namespace: 'me', name: 's' }), 'https://huggingface.co/spaces/me/s');
});
read.run();

const op = suite('fetch: which Git command asked the credential helper');
const OPS: [string, string[][] | undefined, string | undefined][] = [
  ['git push', [['/bin/sh', '-c', 'f'], ['/usr/lib/git-core/git-remote-https', 'origin', 'u'], ['/usr/lib/git-core/git', 'remote-https', 'origin', 'u'], ['git', 'push', 'origin', 'main']], 'push'],
  ['git clone', [['/usr/lib/git-core/git-remote-https', 'u', 'u'], ['git', 'remote-https', 'u', 'u'], ['git', 'clone', 'u']], 'fetch'],
  ['git -c k=v fetch', [['git', 'remote-https'], ['git', '-c', 'http.extraHeader=x', 'fetch', 'origin']], 'fetch'],
  ['git pull runs git fetch', [['git', 'remote-https'], ['/usr/lib/git-core/git', 'fetch', '--update-head-ok'], ['git', 'pull']], 'fetch'],
  ['git -C dir push', [['git', '-C', 'dir', 'push']], 'push'],
  ['nobody seen', undefined, undefined],
  ['git credential fill from another tool', [['git', 'credential', 'fill'], ['code', '--askpass']], undefined],
];
for (const [name, ancestors, want] of OPS) op(name, () => assert.is(gitOperation(ancestors), want));
op.run();
