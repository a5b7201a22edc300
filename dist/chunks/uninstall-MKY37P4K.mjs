#!/usr/bin/env node
import {
  readWiring
} from "./chunk-AVODYYJZ.mjs";
import {
  applyOrRefuse,
  localConfig,
  planCredentialUninstall,
  planSshUninstall,
  planUninstall,
  snapshot
} from "./chunk-YCUP2CUS.mjs";
import {
  lfsAfterUninstall,
  lfsHere
} from "./chunk-WVI4QNPE.mjs";
import {
  locateHooks
} from "./chunk-XRV2XZQO.mjs";
import "./chunk-JWOZLOUV.mjs";
import "./chunk-EO57SD2T.mjs";
import {
  refused
} from "./chunk-2YHAO2P4.mjs";
import "./chunk-6A5AD3DO.mjs";
import "./chunk-LOFWLFWJ.mjs";
import "./chunk-CZAYE72Y.mjs";
import "./chunk-OQJT763T.mjs";
import "./chunk-S6JSQCXY.mjs";
import "./chunk-IY7I7MBA.mjs";
import "./chunk-UAV5VOJE.mjs";
import {
  packageVersion,
  runtimeFiles
} from "./chunk-ALLXCWEC.mjs";
import "./chunk-C7SDGCTL.mjs";
import "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";

// installer/commands/uninstall.ts
import { readdir, rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
async function uninstall(o) {
  const target = await locateHooks(o.cwd);
  if ("error" in target) return refused("uninstall", target.error);
  const hooks = planUninstall(await snapshot(target));
  if ("refuse" in hooks) return refused("uninstall", hooks.refuse);
  const wiring = await readWiring(o.cwd, target.commonDir, o.env);
  const ssh = planSshUninstall(wiring.ssh, wiring.record);
  const credential = planCredentialUninstall(wiring.credential, wiring.record?.credentialHelpers ?? []);
  const actions = [
    ...hooks.actions,
    ...ssh.actions,
    ...credential.actions,
    ...wiring.record ? [{ kind: "state", path: wiring.recordPath }] : []
  ];
  const lfs = hooks.actions.length ? await lfsHere(o.cwd) : void 0;
  const sweep = [...runtimeFiles(o.env, await packageVersion()), wiring.recordPath];
  const applied = await applyOrRefuse("uninstall", target, actions, { ...localConfig(o.cwd, target), sweep }, o.io);
  if ("refusal" in applied) return applied.refusal;
  await dropHandoffs(target.commonDir);
  if (target.kind === "lefthook") for (const dir of [dirname(target.file), dirname(dirname(target.file))]) await rmdir(dir).catch(() => {
  });
  const lfsNotes = lfs?.used && lfs.installed && target.kind !== "lefthook" ? await lfsAfterUninstall(target, o.cwd) : [];
  return { exit: 0, stdout: [...hooks.notes, ...applied.notes, ...lfsNotes, ...ssh.notes, ...credential.notes].map((n) => `hf-hooks: ${n}`).join("\n") + "\n" };
}
async function dropHandoffs(commonDir) {
  const worktrees = (await readdir(join(commonDir, "worktrees")).catch(() => [])).map((w) => join(commonDir, "worktrees", w));
  for (const dir of [commonDir, ...worktrees]) await rm(join(dir, "hf-hooks-credential"), { force: true }).catch(() => {
  });
}
export {
  uninstall
};
