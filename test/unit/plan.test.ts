import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { refused } from '../../installer/result.ts';
import { type FileInfo } from '../../installer/effects/files.ts';
import { type HookTarget } from '../../installer/effects/hooks-dir.ts';
import { type Snapshot, planInstall, planUninstall } from '../../installer/plan/hooks.ts';
import { helperPath, helperValue, mergeHelperRecord, planCredentialInstall, planCredentialUninstall } from '../../installer/plan/credential.ts';
import { type SshWiring, planSshInstall, planSshUninstall, sshRecord } from '../../installer/plan/ssh.ts';
import { isWrapperPath, unwrap, wrapperValue } from '../../hooks/ssh/command.ts';
import { hasBlock, huskyBlock, insertBlock, isShim, removeBlock, runnerText, runtimeOf, shimText } from '../../installer/plan/shim.ts';

const params = { version: '9.9.9', node: "/opt/node's/bin/node", runtime: '/home/u/.local/share/hf-hooks/9.9.9/hook.mjs' };
const dirTarget: HookTarget = { kind: 'hooks-dir', hooksDir: '/r/.git/hooks', file: '/r/.git/hooks/pre-push', defaultHooksDir: '/r/.git/hooks', commonDir: '/r/.git', bare: false };
const huskyTarget: HookTarget = { kind: 'husky', hooksDir: '/r/.husky/_', file: '/r/.husky/pre-push', defaultHooksDir: '/r/.git/hooks', commonDir: '/r/.git', bare: false };
const DIR: FileInfo = { kind: 'dir', mode: 0o755 };
const file = (text: string, mode = 0o755): FileInfo => ({ kind: 'file', mode, text });
const LFS = '#!/bin/sh\ngit lfs pre-push "$@"\n';
const snap = (target: HookTarget, f?: FileInfo, chained?: FileInfo): Snapshot => ({ target, dir: DIR, file: f, chained });
const kinds = (p: ReturnType<typeof planInstall>) => ('refuse' in p ? `refuse: ${p.refuse}` : p.actions.map((a) => a.kind).join(','));

const shim = suite('shim text');
shim('is recognised, quotes paths, and names its runtime', () => {
  const text = shimText(params);
  assert.ok(isShim(text));
  assert.not.ok(isShim(LFS));
  assert.match(text, `hf_hooks_node='/opt/node'\\''s/bin/node'`);
  assert.is(runtimeOf(text), params.runtime);
  assert.match(text, 'version 9.9.9');
});
shim('husky block goes after the shebang and comes out byte for byte', () => {
  for (const original of ['#!/usr/bin/env sh\nnpm test\n', 'npm test\n', '', '#!/bin/sh', '#!/bin/sh\r\necho hi\r\n']) {
    const withBlock = insertBlock(original, huskyBlock(false));
    assert.ok(hasBlock(withBlock));
    assert.equal(removeBlock(withBlock), { text: original, created: false }, `~> ${JSON.stringify(original)}`);
  }
  assert.ok(insertBlock('#!/bin/sh\nnpm test\n', huskyBlock(false)).startsWith('#!/bin/sh\n# >>> hf-hooks >>>'));
});
shim('the husky block names no path and no version: the same text on every machine', () => {
  const block = huskyBlock(false);
  assert.not.match(block, params.node);
  assert.not.match(block, params.runtime);
  assert.not.match(block, '9.9.9');
  assert.not.match(block, /\/(home|root|Users)\//);
  assert.match(block, '"$hf_hooks_run" pre-push "$@"', '~> the one stable interface');
});
shim('the runner carries this machine\'s paths, outside the repository', () => {
  const text = runnerText(params);
  assert.match(text, `hf_hooks_node='/opt/node'\\''s/bin/node'`);
  assert.match(text, '[ "${1:-}" = pre-push ] && shift');
});
shim('a block remembers that install created the file', () => {
  assert.equal(removeBlock(huskyBlock(true))?.created, true);
});
shim.run();

const install = suite('plan: install');
install('empty hooks dir: runtime, then the shim', () => assert.is(kinds(planInstall(snap(dirTarget), params)), 'runtime,write'));
install('missing hooks dir is created', () => assert.is(kinds(planInstall({ target: dirTarget }, params)), 'runtime,write'));
install('existing hook is chained', () => {
  const plan = planInstall(snap(dirTarget, file(LFS)), params);
  assert.is(kinds(plan), 'runtime,rename,write');
  assert.equal('actions' in plan && plan.actions[1], { kind: 'rename', from: '/r/.git/hooks/pre-push', to: '/r/.git/hooks/pre-push.hf-hooks-chained' });
});
install('twice changes nothing', () => assert.is(kinds(planInstall(snap(dirTarget, file(shimText(params)), file(LFS)), params)), 'runtime'));
install('a shim from another node path is rewritten, chain kept', () => {
  assert.is(kinds(planInstall(snap(dirTarget, file(shimText({ ...params, node: '/old/node' })), file(LFS)), params)), 'runtime,write');
});
install('a shim that lost its x bit is rewritten', () => assert.is(kinds(planInstall(snap(dirTarget, file(shimText(params), 0o644)), params)), 'runtime,write'));
const refusals: [string, Snapshot, RegExp][] = [
  ['hooks dir is a file', { target: dirTarget, dir: { kind: 'file', mode: 0o644 } }, /is not a directory/],
  ['pre-push is a symlink', snap(dirTarget, { kind: 'symlink', mode: 0o777 }), /symbolic link/],
  ['pre-push is a directory', snap(dirTarget, DIR), /not a regular file/],
  ['pre-push is not executable', snap(dirTarget, file(LFS, 0o644)), /not executable, so Git does not run it/],
  ['a foreign hook and a leftover chained file', snap(dirTarget, file(LFS), file(LFS)), /already exists/],
  ['husky script is a symlink', snap(huskyTarget, { kind: 'symlink', mode: 0o777 }), /symbolic link/],
];
for (const [name, s, why] of refusals) install(`refuses: ${name}`, () => assert.match(kinds(planInstall(s, params)), why));
// An install killed between its rename and its write (test/e2e/faults.test.ts): install
// finishes it, uninstall puts the hook back.
install('a leftover chained file alone: install writes the shim, which chains it', () => {
  const plan = planInstall(snap(dirTarget, undefined, file(LFS)), params);
  assert.is(kinds(plan), 'runtime,write');
  assert.match('notes' in plan ? plan.notes[0] : '', 'an earlier install did not finish');
});
install('a leftover chained file alone: uninstall moves it back', () => {
  const plan = planUninstall(snap(dirTarget, undefined, file(LFS)));
  assert.ok('actions' in plan && plan.actions[0].kind === 'rename' && plan.actions[0].to === dirTarget.file);
});
install('husky: new script gets a shebang and the block', () => {
  const plan = planInstall(snap(huskyTarget), params);
  assert.ok('actions' in plan && plan.actions[1].kind === 'write' && plan.actions[1].text.startsWith('#!/usr/bin/env sh\n# >>> hf-hooks (created this file) >>>'));
});
install('husky: existing script keeps its mode', () => {
  const plan = planInstall(snap(huskyTarget, file('npm test\n', 0o644)), params);
  assert.ok('actions' in plan && plan.actions[1].kind === 'write' && plan.actions[1].mode === 0o644);
});
install.run();

const uninstall = suite('plan: uninstall');
uninstall('puts the chained hook back in one rename', () => {
  const plan = planUninstall(snap(dirTarget, file(shimText(params)), file(LFS)));
  assert.equal('actions' in plan && plan.actions, [{ kind: 'rename', from: '/r/.git/hooks/pre-push.hf-hooks-chained', to: '/r/.git/hooks/pre-push' }]);
});
uninstall('removes a lone shim', () => assert.equal(kinds(planUninstall(snap(dirTarget, file(shimText(params))))), 'remove'));
uninstall('leaves a foreign hook alone', () => assert.equal(kinds(planUninstall(snap(dirTarget, file(LFS)))), ''));
uninstall('refuses when the shim was replaced but a chained hook waits', () => assert.match(kinds(planUninstall(snap(dirTarget, file(LFS), file(LFS)))), /no longer hf-hooks' shim/));
uninstall('husky: removes a file it created', () => {
  const created = '#!/usr/bin/env sh\n' + huskyBlock(true);
  assert.is(kinds(planUninstall(snap(huskyTarget, file(created)))), 'remove');
});
uninstall('husky: keeps what the user added to a file it created', () => {
  const created = '#!/usr/bin/env sh\n' + huskyBlock(true) + 'npm test\n';
  const plan = planUninstall(snap(huskyTarget, file(created)));
  assert.ok('actions' in plan && plan.actions[0].kind === 'write' && plan.actions[0].text === '#!/usr/bin/env sh\nnpm test\n');
});
uninstall.run();

const ssh = suite('plan: SSH wiring');
const W = '/d/hf-hooks/9.9.9/ssh';
const base: SshWiring = { hasSshSection: false };
ssh('nothing configured: wrap plain ssh, record that nothing was there', () => {
  const plan = planSshInstall(base, W);
  assert.equal(plan.actions, [
    { kind: 'config', key: 'core.sshCommand', value: wrapperValue(W), previous: undefined },
    { kind: 'config', key: 'ssh.variant', value: 'ssh', previous: undefined },
  ]);
  assert.equal(plan.record, { sshCommand: null, sshVariant: null, sshSectionCreated: true });
});
ssh('a global core.sshCommand is wrapped; only the local value is recorded', () => {
  const plan = planSshInstall({ ...base, effective: 'ssh -i ~/.ssh/work', variant: 'auto', hasSshSection: true }, W);
  assert.equal(plan.record, { sshCommand: null, sshVariant: 'auto', sshSectionCreated: false });
  assert.equal(plan.actions[0], { kind: 'config', key: 'core.sshCommand', value: wrapperValue(W, 'ssh -i ~/.ssh/work'), previous: undefined });
});
ssh('the value still runs the user\'s ssh when the wrapper is gone, and earlier forms are still recognised', () => {
  assert.is(wrapperValue(W, 'ssh -F c'), `hf_hooks_ssh() { if [ -x '${W}' ]; then HF_HOOKS_SSH_COMMAND='ssh -F c'; export HF_HOOKS_SSH_COMMAND; exec '${W}' "$@"; fi; exec sh -c 'ssh -F c "$@"' ssh "$@"; }; hf_hooks_ssh`);
  assert.equal(unwrap(`HF_HOOKS_SSH_COMMAND='ssh -F c' '${W}'`, isWrapperPath), { wrapper: W, previous: 'ssh -F c' });
  assert.equal(unwrap(`'${W}'`, isWrapperPath), { wrapper: W });
});
ssh('already wired: nothing to do and no new record; a new version path keeps the wrapped command', () => {
  const wired = { local: wrapperValue(W, 'ssh -F c'), effective: wrapperValue(W, 'ssh -F c'), variant: 'ssh', hasSshSection: true };
  assert.equal(planSshInstall(wired, W), { actions: [], notes: ['core.sshCommand already runs the SSH check'] });
  const newer = '/d/hf-hooks/0.2.0/ssh';
  assert.equal(planSshInstall(wired, newer).actions, [{ kind: 'config', key: 'core.sshCommand', value: wrapperValue(newer, 'ssh -F c'), previous: wired.local }]);
  const old = { ...wired, local: `HF_HOOKS_SSH_COMMAND='ssh -F c' '${W}'`, effective: `HF_HOOKS_SSH_COMMAND='ssh -F c' '${W}'` };
  assert.equal(planSshInstall(old, W).actions, [{ kind: 'config', key: 'core.sshCommand', value: wrapperValue(W, 'ssh -F c'), previous: old.local }], '~> an earlier form is upgraded, the wrapped command kept');
});
ssh('uninstall puts back what the record says', () => {
  const record = { sshCommand: 'ssh -F c', sshVariant: null, sshSectionCreated: true };
  const { actions } = planSshUninstall({ local: `HF_HOOKS_SSH_COMMAND='ssh -F c' '${W}'`, variant: 'ssh', hasSshSection: true }, record);
  assert.equal(actions, [
    { kind: 'config', key: 'core.sshCommand', value: 'ssh -F c', previous: `HF_HOOKS_SSH_COMMAND='ssh -F c' '${W}'` },
    { kind: 'config', key: 'ssh.variant', value: undefined, previous: 'ssh' },
    { kind: 'drop-empty-section', section: 'ssh' },
  ]);
});
ssh('uninstall leaves a core.sshCommand the user changed since', () => {
  const { actions, notes } = planSshUninstall({ local: 'ssh -i mine', hasSshSection: true }, { sshCommand: null, sshVariant: null, sshSectionCreated: true });
  assert.equal(actions, []);
  assert.match(notes[0], 'changed after install');
});
// An uninstall killed after putting core.sshCommand back (test/e2e/faults.test.ts).
ssh('uninstall finishes one that was killed after core.sshCommand went back', () => {
  const record = { sshCommand: 'ssh -F c', sshVariant: null, sshSectionCreated: true };
  const { actions } = planSshUninstall({ local: 'ssh -F c', variant: 'ssh', hasSshSection: true }, record);
  assert.equal(actions, [{ kind: 'config', key: 'ssh.variant', value: undefined, previous: 'ssh' }, { kind: 'drop-empty-section', section: 'ssh' }]);
});
ssh('install again after such a kill keeps what the first record knew of ssh.variant', () => {
  const old = { sshCommand: 'ssh -F c', sshVariant: null, sshSectionCreated: true };
  const planned = planSshInstall({ local: 'ssh -F c', effective: 'ssh -F c', variant: 'ssh', hasSshSection: true }, W).record;
  assert.equal(sshRecord(planned, old), old);
  assert.equal(sshRecord(planned, undefined), { sshCommand: 'ssh -F c', sshVariant: 'ssh', sshSectionCreated: false });
});
ssh.run();

const credential = suite('plan: credential helper wiring');
const H = helperValue('/d/hf-hooks/9.9.9/credential');
credential('appended once per provider URL, remembering which sections it created', () => {
  const w = { urls: ['https://huggingface.co', 'https://github.com'], helpers: { 'credential.https://github.com.helper': ['store'] }, sections: ['https://github.com'] };
  const plan = planCredentialInstall(w, H);
  assert.equal(plan.actions, [
    { kind: 'config-add', key: 'credential.https://huggingface.co.helper', value: H },
    { kind: 'config-add', key: 'credential.https://github.com.helper', value: H },
  ]);
  assert.equal(plan.added.map((a) => a.sectionCreated), [true, false]);
});
credential('twice: nothing to add', () => {
  const w = { urls: ['https://huggingface.co'], helpers: { 'credential.https://huggingface.co.helper': ['store', H] }, sections: ['https://huggingface.co'] };
  assert.equal(planCredentialInstall(w, H).actions, []);
});
credential('the value answers nothing when the script is gone; the earlier bare form is read too', () => {
  assert.is(H, `!f() { if [ -x '/d/hf-hooks/9.9.9/credential' ]; then exec '/d/hf-hooks/9.9.9/credential' "$@"; fi; cat >/dev/null; }; f`);
  assert.is(helperPath(H), '/d/hf-hooks/9.9.9/credential');
  assert.is(helperPath("!'/d/hf-hooks/0.1.0/credential'"), '/d/hf-hooks/0.1.0/credential');
  assert.is(helperPath('store'), undefined);
});
credential('an earlier hf-hooks helper is replaced, never doubled; the record carries over its section', () => {
  const older = "!'/d/hf-hooks/0.1.0/credential'";
  const w = { urls: ['https://huggingface.co'], helpers: { 'credential.https://huggingface.co.helper': ['store', older] }, sections: ['https://huggingface.co'] };
  const plan = planCredentialInstall(w, H);
  assert.equal(plan.actions, [
    { kind: 'config-remove', key: 'credential.https://huggingface.co.helper', value: older },
    { kind: 'config-add', key: 'credential.https://huggingface.co.helper', value: H },
  ]);
  const record = mergeHelperRecord([{ key: 'credential.https://huggingface.co.helper', value: older, sectionCreated: true }], plan);
  assert.equal(record, [{ key: 'credential.https://huggingface.co.helper', value: H, sectionCreated: true }]);
});
credential('uninstall removes exactly its value and the section it created', () => {
  const w = { urls: ['https://huggingface.co'], helpers: { 'credential.https://huggingface.co.helper': [H] }, sections: ['https://huggingface.co'] };
  const { actions } = planCredentialUninstall(w, [{ key: 'credential.https://huggingface.co.helper', value: H, sectionCreated: true }]);
  assert.equal(actions, [
    { kind: 'config-remove', key: 'credential.https://huggingface.co.helper', value: H },
    { kind: 'drop-empty-section', section: 'credential.https://huggingface.co' },
  ]);
});
credential('install again after a kill past its record: each helper recorded once, with the first record\'s section', () => {
  const w = { urls: ['https://huggingface.co'], helpers: {}, sections: ['https://huggingface.co'] };
  const plan = planCredentialInstall(w, H);
  const old = [{ key: 'credential.https://huggingface.co.helper', value: H, sectionCreated: true }];
  assert.equal(mergeHelperRecord(old, plan), old);
});
credential.run();

const result = suite('refusals');
result('say "Nothing was changed" only when nothing was', () => {
  assert.match(refused('install', 'it broke').stderr!, 'Nothing was changed.');
  const left = refused('install', 'it broke', ['/r/.git/config']).stderr!;
  assert.not.match(left, 'Nothing was changed');
  assert.match(left, 'except for: /r/.git/config');
});
result.run();
