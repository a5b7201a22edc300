// What can be checked here of macOS and Windows (README "Platforms"): the paths the shims
// and config values carry, and the credential helpers those platforms use.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULTS } from '../../hooks/config.ts';
import { helpersIn } from '../../hooks/https/credentials.ts';
import { platformHelper, storeContext } from '../../hooks/https/store.ts';
import { classify } from '../../hooks/remote.ts';
import { shellPath } from '../../hooks/shell.ts';
import { helperPath, helperValue } from '../../installer/plan/credential.ts';
import { runtimeOf, shimText, sshWrapperText } from '../../installer/plan/shim.ts';
import { unwrap, wrapperValue } from '../../hooks/ssh/command.ts';

const NODE = 'C:\\Program Files\\nodejs\\node.exe';
const RUNTIME = "C:\\Users\\Ann O'Neil\\AppData\\Local\\hf-hooks\\0.1.0\\hook.mjs";

const windows = suite('platforms: Windows paths in what Git for Windows\' sh runs');
windows('a drive path becomes forward slashes; a POSIX path stays', () => {
  assert.is(shellPath(NODE), 'C:/Program Files/nodejs/node.exe');
  assert.is(shellPath('/usr/bin/node'), '/usr/bin/node');
  assert.is(shellPath('relative\\odd'), 'relative\\odd', '~> only a drive path is rewritten');
});
windows('the shim quotes a node path with spaces and a runtime path with a quote, and finds the runtime again', () => {
  const text = shimText({ version: '0.1.0', node: NODE, runtime: RUNTIME });
  assert.match(text, "hf_hooks_node='C:/Program Files/nodejs/node.exe'");
  assert.match(text, `"$hf_hooks_node" 'C:/Users/Ann O'\\''Neil/AppData/Local/hf-hooks/0.1.0/hook.mjs' pre-push "$@"`);
  assert.is(runtimeOf(text), "C:/Users/Ann O'Neil/AppData/Local/hf-hooks/0.1.0/hook.mjs");
  assert.not.match(sshWrapperText({ version: '0.1.0', node: NODE, runtime: RUNTIME }), '\\Program Files');
});
windows('the credential helper value and core.sshCommand round-trip with a Windows path', () => {
  const helper = 'C:\\Users\\ann\\AppData\\Local\\hf-hooks\\0.1.0\\credential';
  assert.is(helperPath(helperValue(helper)), 'C:/Users/ann/AppData/Local/hf-hooks/0.1.0/credential');
  const wrapper = 'C:\\Users\\ann\\AppData\\Local\\hf-hooks\\0.1.0\\ssh';
  assert.equal(unwrap(wrapperValue(wrapper, 'ssh -i ~/.ssh/work'), () => true), { wrapper: 'C:/Users/ann/AppData/Local/hf-hooks/0.1.0/ssh', previous: 'ssh -i ~/.ssh/work' });
});

const helpers = suite('platforms: the credential helpers of macOS and Windows');
helpers('the helper suggested when none is configured', () => {
  assert.is(platformHelper('darwin'), 'osxkeychain');
  assert.is(platformHelper('win32'), 'manager');
  assert.is(platformHelper('linux'), 'store');
});
helpers('Git Credential Manager or the keychain configured: the fix stores with it, nothing configured again', () => {
  const remote = classify('https://huggingface.co/me/m', { hosts: {} });
  if ('error' in remote) throw new Error(remote.error);
  for (const [h, platform] of [['manager', 'win32'], ['osxkeychain', 'darwin']] as const) {
    const c = storeContext(remote, { ...DEFAULTS, bridge: false, credentialHelpers: [h] }, {}, platform);
    assert.is(c.storageHelper, h);
    assert.is(c.platformHelper, h);
  }
});
helpers('doctor names them in Git\'s order from its trace, ours among them', () => {
  const trace = [
    "12:00:00.1 run-command.c:659 trace: run_command: 'git credential-manager get'",
    "12:00:00.2 run-command.c:659 trace: run_command: 'f() { if [ -x '\\''/Users/ann/.local/share/hf-hooks/0.1.0/credential'\\'' ]; then exec x; fi; }; f get'",
    "12:00:00.3 run-command.c:659 trace: run_command: 'git credential-osxkeychain get'",
  ].join('\n');
  assert.equal(helpersIn(trace), ['manager', 'hf-hooks', 'osxkeychain']);
});

windows.run();
helpers.run();
