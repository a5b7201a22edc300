#!/usr/bin/env node
import {
  readWiring
} from "./chunk-AVODYYJZ.mjs";
import {
  applyOrRefuse,
  describe,
  helperValue,
  localConfig,
  mergeHelperRecord,
  planCredentialInstall,
  planInstall,
  planSshInstall,
  recordText,
  snapshot,
  sshRecord
} from "./chunk-YCUP2CUS.mjs";
import {
  lfsHere,
  lfsNote
} from "./chunk-WVI4QNPE.mjs";
import {
  locateHooks
} from "./chunk-XRV2XZQO.mjs";
import "./chunk-JWOZLOUV.mjs";
import {
  credentialHelperText,
  sshWrapperText
} from "./chunk-EO57SD2T.mjs";
import {
  refused
} from "./chunk-2YHAO2P4.mjs";
import "./chunk-6A5AD3DO.mjs";
import "./chunk-LOFWLFWJ.mjs";
import {
  makeReadyDir
} from "./chunk-CZAYE72Y.mjs";
import "./chunk-OQJT763T.mjs";
import "./chunk-S6JSQCXY.mjs";
import "./chunk-IY7I7MBA.mjs";
import "./chunk-UAV5VOJE.mjs";
import {
  credentialHelperPath,
  packageVersion,
  runnerPath,
  runtimePath,
  sshWrapperPath
} from "./chunk-ALLXCWEC.mjs";
import "./chunk-C7SDGCTL.mjs";
import "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";

// installer/commands/install.ts
import { homedir } from "node:os";
async function install(o) {
  const target = await locateHooks(o.cwd);
  if ("error" in target) return refused("install", target.error);
  const version = await packageVersion();
  const params = { version, node: o.node, runtime: runtimePath(o.env, version), runner: runnerPath(o.env) };
  const hooks = planInstall(await snapshot(target), params);
  if ("refuse" in hooks) return refused("install", hooks.refuse);
  const wiring = await readWiring(o.cwd, target.commonDir, o.env);
  const wrapper = sshWrapperPath(o.env, version);
  const helper = credentialHelperPath(o.env, version);
  const ssh = planSshInstall(wiring.ssh, wrapper);
  const credential = planCredentialInstall(wiring.credential, helperValue(helper));
  const old = wiring.record;
  const record = {
    ...sshRecord(ssh.record, old),
    credentialHelpers: mergeHelperRecord(old?.credentialHelpers ?? [], credential)
  };
  const actions = [
    ...hooks.actions,
    { kind: "write", path: wrapper, text: sshWrapperText(params), mode: 493 },
    { kind: "write", path: helper, text: credentialHelperText(params), mode: 493 },
    // The record goes first, so an interrupted install can still be undone.
    ...old && recordText(old) === recordText(record) ? [] : [{ kind: "state", path: wiring.recordPath, text: recordText(record) }],
    ...ssh.actions,
    ...credential.actions
  ];
  if (o.dryRun) return { exit: 0, stdout: ["hf-hooks install --dry-run would:", ...actions.map((a) => `  ${describe(a)}`)].join("\n") + "\n" };
  const applied = await applyOrRefuse("install", target, actions, localConfig(o.cwd, target), o.io);
  if ("refusal" in applied) return applied.refusal;
  await makeReadyDir(o.env, homedir());
  const lfs = await lfsHere(o.cwd);
  const notes = [...hooks.notes, ...applied.notes, ...lfs.installed ? [lfsNote(target)] : [], ...ssh.notes, ...credential.notes, ...o.env.GIT_SSH_COMMAND ? ["warning: GIT_SSH_COMMAND is set in your environment, so Git ignores core.sshCommand and skips the SSH check while it is set"] : []];
  const shared = target.hooksPath && target.hooksPath.scope !== "local" && target.hooksPath.scope !== "worktree" ? [`note: core.hooksPath is set in your ${target.hooksPath.scope} config, so every repository using ${target.hooksDir} now runs this check`] : [];
  return {
    exit: 0,
    stdout: [
      `hf-hooks ${version}: the pre-push check is on.`,
      ...notes.map((n) => `  ${n}`),
      `  runtime: ${params.runtime} (run by ${params.node})`,
      ...shared.map((n) => `  ${n}`),
      "  skip it for one push: git push --no-verify, or HF_HOOKS=0 git push",
      "  undo: npx hf-hooks uninstall",
      "",
      "Will the next push work? (hf-hooks doctor)"
    ].join("\n") + "\n" + await checkNow(o)
  };
}
async function checkNow(o) {
  const { doctor } = await import("./doctor-VLVUYG3D.mjs");
  const r = await doctor({ targets: [], json: false, offline: false, env: o.env, interactive: false, color: false, lfsNote: false });
  return (r.stdout ?? "") + (r.stderr ?? "");
}
export {
  install
};
