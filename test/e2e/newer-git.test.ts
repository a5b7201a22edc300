// The warm HTTPS push with a newer Git (2.47, Debian trixie, in a chroot): hf-hooks' fast path
// relies on Git handing every credential helper `store` before it runs the pre-push hook,
// with GIT_DIR set (http.c handle_curl_result, transport-helper.c). The chroot has no node:
// a push there lands with nothing said only if the shell alone found the push ready, from
// what hf-hooks' helper left it on `store`.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { setup } from '../helpers/hub-client.ts';
import { arrived } from '../helpers/push.ts';
import { inTrixie, noTrixie, trixie } from '../helpers/trixie.ts';

const s = suite('e2e: a newer Git (2.47)');
const hub = hubForSuite(s);

s('git 2.47 stores the credential before the pre-push hook: the warm push is decided by the shell alone, no node in reach', async () => {
  const skip = noTrixie();
  if (skip) return console.log(`  skipped: ${skip}`);
  await trixie();
  const a = hub().add({ token: `hf_${randomBytes(17).toString('hex')}`, user: 'alice', role: 'write' });
  const x = await setup(hub(), { stored: { user: 'alice', password: a.token } });
  try {
    // Here (git 2.39, node): the full check marks the push ready.
    assert.is((await x.sb.run('git', ['push', '-q', 'origin', 'main'], { cwd: x.repo, env: x.env })).exitCode, 0);
    await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', 'from trixie');
    const version = await inTrixie(x.sb, x.repo, 'git', ['--version'], {});
    assert.match(version.stdout, /^git version 2\.4[7-9]/, version.stdout + version.stderr);
    const r = await inTrixie(x.sb, x.repo, 'git', ['push', 'origin', 'main'], { ...x.sb.env, ...x.env });
    assert.is(r.exitCode, 0, r.stderr);
    assert.not.match(r.stderr, 'hf-hooks:', `~> not "cannot find node": the shell decided: ${r.stderr}`);
    assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'));
    assert.is(readFileSync(join(x.repo, '.git', 'hf-hooks-credential'), 'utf8'), '', '~> the hand-off was written by trixie\'s git and read by the hook');
    assert.not.match(r.stderr, a.token);
  } finally {
    x.sb.cleanup();
  }
});

s.run();
