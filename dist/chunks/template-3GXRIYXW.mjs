#!/usr/bin/env node
import {
  templateTarget
} from "./chunk-WPVHELNL.mjs";
import {
  applyOrRefuse,
  describe,
  localConfig,
  planInstall,
  planUninstall,
  snapshot
} from "./chunk-YCUP2CUS.mjs";
import "./chunk-XRV2XZQO.mjs";
import "./chunk-EO57SD2T.mjs";
import {
  refused
} from "./chunk-2YHAO2P4.mjs";
import "./chunk-CZAYE72Y.mjs";
import "./chunk-OQJT763T.mjs";
import "./chunk-S6JSQCXY.mjs";
import "./chunk-UAV5VOJE.mjs";
import {
  packageVersion
} from "./chunk-ALLXCWEC.mjs";
import "./chunk-C7SDGCTL.mjs";
import "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";

// installer/commands/template.ts
import { join, resolve } from "node:path";
var RUNTIME_IN_GIT_DIR = '"$(dirname -- "$0")/../hf-hooks/hook.mjs"';
async function installTemplate(o) {
  const dir = resolve(o.dir);
  const version = await packageVersion();
  const target = templateTarget(dir);
  const plan = planInstall(await snapshot(target), { version, node: o.node, runtime: join(dir, "hf-hooks", "hook.mjs"), runtimeShell: RUNTIME_IN_GIT_DIR });
  if ("refuse" in plan) return refused("install --template", plan.refuse);
  if (o.dryRun) return { exit: 0, stdout: ["hf-hooks install --template --dry-run would:", ...plan.actions.map((a) => `  ${describe(a)}`)].join("\n") + "\n" };
  const applied = await applyOrRefuse("install --template", target, plan.actions, { ...localConfig(dir, target), sweep: [join(dir, "hf-hooks")] }, o.io);
  if ("refusal" in applied) return applied.refusal;
  return {
    exit: 0,
    stdout: [
      `hf-hooks ${version}: wrote a Git template directory at ${dir}`,
      ...[...plan.notes, ...applied.notes].map((n) => `  ${n}`),
      `  the runtime travels with it (hf-hooks/hook.mjs); node is found on PATH on each machine`,
      "  use it for one clone:          git clone --template=" + dir + " <url>",
      "  for every new repo of a user:  git config --global init.templateDir " + dir,
      "  for a whole machine:           git config --system init.templateDir " + dir,
      "  undo: npx hf-hooks uninstall --template " + dir
    ].join("\n") + "\n"
  };
}
async function uninstallTemplate(o) {
  const dir = resolve(o.dir);
  const target = templateTarget(dir);
  const plan = planUninstall(await snapshot(target));
  if ("refuse" in plan) return refused("uninstall --template", plan.refuse);
  const actions = [...plan.actions, { kind: "remove-tree", path: join(dir, "hf-hooks") }];
  const applied = await applyOrRefuse("uninstall --template", target, actions, localConfig(dir, target), o.io);
  if ("refusal" in applied) return applied.refusal;
  return { exit: 0, stdout: [...plan.notes, ...applied.notes].map((n) => `hf-hooks: ${n}`).join("\n") + "\n" };
}
export {
  installTemplate,
  uninstallTemplate
};
