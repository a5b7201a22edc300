#!/usr/bin/env node
import {
  HF_HOOKS_OFF,
  shQuote,
  shellPath
} from "./chunk-OQJT763T.mjs";
import {
  PACKAGE_ROOT
} from "./chunk-C7SDGCTL.mjs";

// installer/plan/shim.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var template = (name) => readFileSync(join(PACKAGE_ROOT, "templates", name), "utf8");
var SHIM_MARK = "# hf-hooks pre-push shim";
var CHAINED_SUFFIX = ".hf-hooks-chained";
var BLOCK_START = /^# >>> hf-hooks( \(created this file\))? >>>\n/m;
var BLOCK_END = "# <<< hf-hooks <<<\n";
var HF_HOOKS_OFF_PATTERN = HF_HOOKS_OFF.map((v) => v.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join(" | ");
function findNode(fail) {
  return template("node.sh").replaceAll("@FAIL@", () => fail).trimEnd();
}
var strictStop = (stop) => [
  'if [ "$(git config --type=bool hf-hooks.strict 2>/dev/null)" = true ]; then',
  '    echo "hf-hooks: push blocked: the check cannot run: $hf_hooks_why (hf-hooks.strict is set). Repair: npx hf-hooks install, or push without the check: HF_HOOKS=0 git push" >&2',
  `    ${stop}`,
  "  fi"
].join("\n");
var cannotRun = (stop, then) => `${strictStop(stop)}
  echo "hf-hooks: warning: the check did not run: $hf_hooks_why; ${then}. Repair: npx hf-hooks install" >&2`;
function fill(text, p) {
  return text.replaceAll("@HF_HOOKS_OFF@", HF_HOOKS_OFF_PATTERN).replaceAll("@CHAINED_SUFFIX@", CHAINED_SUFFIX).replaceAll("@NODE@", shQuote(shellPath(p.node))).replaceAll("@RUNTIME@", p.runtimeShell ?? shQuote(shellPath(p.runtime))).replaceAll("@VERSION@", p.version);
}
var lfs = (text) => text.replace("@LFS@", () => template("lfs.sh").trimEnd()).replace("@LFS_PUSH@", () => template("lfs-push.sh").trimEnd());
var portable = (text) => text.replace("@PORTABLE@", () => template("portable.sh").trimEnd());
var sshReady = (text) => portable(text.replace("@SSH_READY@", () => template("ssh-ready.sh").trimEnd()));
var refs = (text) => text.replace("@REFS@", () => template("refs.sh").trimEnd());
var content = (text) => text.replace("@CONTENT@", () => template("content.sh").trimEnd());
function check(p) {
  const stop = "hf_hooks_drop; exit 1";
  return fill(sshReady(content(lfs(refs(template("check.sh"))))).replace("@FIND_NODE@", () => findNode(cannotRun(stop, "letting Git push"))).replace("@CANNOT_RUN@", () => strictStop(stop).replaceAll("\n", "\n    ")).replace("@WARN@", 'echo "hf-hooks: warning: the check did not run: $hf_hooks_why; letting Git push" >&2'), p).trimEnd();
}
function credentialHelperText(p) {
  return fill(portable(template("credential.sh")).replace("@FIND_NODE@", () => findNode('echo "hf-hooks: warning: the credential check did not run: $hf_hooks_why. Repair: npx hf-hooks install" >&2\n  cat >/dev/null\n  exit 0')), p);
}
function sshWrapperText(p) {
  return fill(sshReady(template("ssh.sh")).replace("@FIND_NODE@", () => findNode(cannotRun("exit 255", "connecting with your own ssh"))).replaceAll("@FIND_NODE_QUIET@", () => findNode(":")), p);
}
function shimText(p) {
  return lfs(fill(template("pre-push.sh"), p).replace("@CHECK@", () => check(p)));
}
var isShim = (text) => text.split("\n", 2)[1]?.startsWith(SHIM_MARK) ?? false;
function huskyBlock(created, o = {}) {
  const text = refs(template("husky-block.sh")).replace("@CREATED@", created ? " (created this file)" : "").replaceAll("@HF_HOOKS_OFF@", HF_HOOKS_OFF_PATTERN);
  return o.lfs === false ? text.replace("@LFS@\n", "").replace("@LFS_PUSH@\n", "") : lfs(text);
}
function runnerText(p) {
  return fill(template("runner.sh"), p).replace("@CHECK@", () => check(p));
}
var hasBlock = (text) => BLOCK_START.test(text) && text.includes(BLOCK_END);
function insertBlock(text, block) {
  const nl = text.indexOf("\n");
  const at = text.startsWith("#!") && nl >= 0 ? nl + 1 : 0;
  return text.slice(0, at) + block + text.slice(at);
}
function removeBlock(text) {
  const start = BLOCK_START.exec(text);
  if (!start) return void 0;
  const end = text.indexOf(BLOCK_END, start.index);
  if (end < 0) return void 0;
  return { text: text.slice(0, start.index) + text.slice(end + BLOCK_END.length), created: Boolean(start[1]) };
}
function runtimeOf(text) {
  const m = /"\$hf_hooks_node" '((?:[^']|'\\'')*)' pre-push/.exec(text);
  return m?.[1].replace(/'\\''/g, "'");
}

export {
  CHAINED_SUFFIX,
  credentialHelperText,
  sshWrapperText,
  shimText,
  isShim,
  huskyBlock,
  runnerText,
  hasBlock,
  insertBlock,
  removeBlock,
  runtimeOf
};
