#!/usr/bin/env node
import {
  git
} from "./chunk-C7SDGCTL.mjs";

// installer/effects/hooks-dir.ts
import { basename, dirname, join, resolve } from "node:path";
import { access } from "node:fs/promises";

// installer/plan/lefthook.ts
import { isMap, parseDocument } from "yaml";
var LEFTHOOK_CONFIGS = ["lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml"];
var SCRIPT = "hf-hooks.sh";
var PATH = ["pre-push", "scripts", SCRIPT];
var ENTRY = { runner: "sh", use_stdin: true };
function withScript(text) {
  const doc = parseDocument(text);
  if (doc.errors.length || doc.contents !== null && !isMap(doc.contents)) return void 0;
  if (doc.hasIn(PATH)) return text;
  doc.setIn(PATH, doc.createNode(ENTRY));
  return doc.toString();
}
function withoutScript(text) {
  const doc = parseDocument(text);
  if (doc.errors.length || !doc.hasIn(PATH)) return void 0;
  doc.deleteIn(PATH);
  for (const path of [["pre-push", "scripts"], ["pre-push"]]) {
    const node = doc.getIn(path, true);
    if (isMap(node) && node.items.length === 0) doc.deleteIn(path);
  }
  const text2 = doc.toString();
  return text2.trim() === "{}" ? "" : text2;
}

// installer/effects/hooks-dir.ts
async function locateHooks(cwd) {
  const rev = await git(cwd, ["rev-parse", "--is-bare-repository", "--git-common-dir", "--git-path", "hooks"]);
  if (!rev.ok) return { error: `not inside a Git repository (${cwd}): ${rev.stderr.split("\n")[0]}` };
  const [bare, commonDir, hooks] = rev.stdout.split("\n");
  const hooksDir = resolve(cwd, hooks);
  const origin = await git(cwd, ["config", "--show-scope", "--get", "core.hooksPath"]);
  const [scope, ...value] = origin.ok ? origin.stdout.split("	") : [];
  const huskyDir = huskyDirOf(hooksDir);
  const common = resolve(cwd, commonDir);
  const lefthook = huskyDir || bare === "true" ? void 0 : await lefthookConfig(cwd);
  return {
    kind: huskyDir ? "husky" : lefthook ? "lefthook" : "hooks-dir",
    ...lefthook && { config: lefthook },
    hooksDir,
    file: lefthook ? join(dirname(lefthook), ".lefthook", "pre-push", SCRIPT) : join(huskyDir ?? hooksDir, "pre-push"),
    defaultHooksDir: join(common, "hooks"),
    commonDir: common,
    ...origin.ok && { hooksPath: { value: value.join("	"), scope } },
    bare: bare === "true"
  };
}
async function lefthookConfig(cwd) {
  const top = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return void 0;
  for (const name of LEFTHOOK_CONFIGS) {
    const path = join(top.stdout, name);
    if (await access(path).then(() => true, () => false)) return path;
  }
  return void 0;
}
function huskyDirOf(hooksDir) {
  if (basename(hooksDir) === "_" && basename(dirname(hooksDir)) === ".husky") return dirname(hooksDir);
  if (basename(hooksDir) === ".husky") return hooksDir;
  return void 0;
}

export {
  SCRIPT,
  withScript,
  withoutScript,
  locateHooks
};
