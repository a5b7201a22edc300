#!/usr/bin/env node
import {
  readGlobalRecord
} from "./chunk-WPVHELNL.mjs";
import {
  readWiring
} from "./chunk-AVODYYJZ.mjs";
import {
  chainedPath,
  helperPath
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
  hasBlock,
  isShim,
  runtimeOf
} from "./chunk-EO57SD2T.mjs";
import {
  refused
} from "./chunk-2YHAO2P4.mjs";
import {
  bridged,
  bypassed,
  gitCredential,
  loadConfig
} from "./chunk-6A5AD3DO.mjs";
import {
  realEffects
} from "./chunk-LOFWLFWJ.mjs";
import {
  isWrapperPath,
  unwrap
} from "./chunk-CZAYE72Y.mjs";
import "./chunk-OQJT763T.mjs";
import {
  renderFindings
} from "./chunk-IJA2UK6M.mjs";
import {
  classify,
  finding,
  origin
} from "./chunk-S6JSQCXY.mjs";
import "./chunk-IY7I7MBA.mjs";
import {
  PROVIDERS
} from "./chunk-UAV5VOJE.mjs";
import {
  packageVersion,
  runnerPath
} from "./chunk-ALLXCWEC.mjs";
import {
  git,
  inspect
} from "./chunk-C7SDGCTL.mjs";
import {
  LOCAL_TIMEOUT_MS
} from "./chunk-MGBZCSPM.mjs";
import {
  runtimeFileOf
} from "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";

// installer/commands/status.ts
import { access, constants, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
var ours = (f) => f?.kind === "file" && (isShim(f.text) || hasBlock(f.text));
async function status(o) {
  const target = await locateHooks(o.cwd);
  if ("error" in target) return refused("status", target.error);
  const file = await inspect(target.file);
  const lines = [
    `hooks dir Git uses: ${target.hooksDir}${target.hooksPath ? ` (core.hooksPath '${target.hooksPath.value}', ${target.hooksPath.scope} config)` : ""}`,
    `pre-push: ${target.file}: ${describeHook(file, target)}`
  ];
  const chained = target.kind === "hooks-dir" ? await inspect(chainedPath(target.file)) : void 0;
  if (chained) lines.push(`chained after the check: ${chainedPath(target.file)}`);
  const committed = target.kind === "husky" || target.kind === "lefthook";
  const runtime = !ours(file) ? void 0 : committed ? runnerPath(o.env) : runtimeOf(file.text);
  if (runtime) lines.push(`${committed ? "runner" : "runtime"}: ${runtime}`);
  const wiring = await readWiring(o.cwd, target.commonDir, o.env);
  const wrapped = wiring.ssh.local === void 0 ? void 0 : unwrap(wiring.ssh.local, isWrapperPath);
  lines.push(wrapped ? `ssh: core.sshCommand runs the hf-hooks SSH check (${wrapped.wrapper}), then ${wrapped.previous ? `"${wrapped.previous}"` : "ssh"}` : "ssh: not wired (core.sshCommand does not run the hf-hooks SSH check)");
  const helpers = Object.entries(wiring.credential.helpers).filter(([, values]) => values.some((v) => runtimeFileOf(helperPath(v) ?? "")?.file === "credential"));
  lines.push(helpers.length ? `credential helper: last for ${helpers.map(([key]) => key.replace(/^credential\.|\.helper$/g, "")).join(", ")}` : "credential helper: not set for any remote of this repository");
  if (helpers.length) lines.push(...await tokenSources(o.env));
  if (ours(file) && (await lfsHere(o.cwd)).installed) lines.push(lfsNote(target));
  const findings = [
    ...await shadowed(o.cwd, target, file),
    ...await broken(target, file, runtime),
    ...await sshProblems(wrapped, wiring.ssh.local, o.env)
  ];
  return { exit: 0, stdout: lines.join("\n") + "\n" + renderFindings(findings, o.color) };
}
async function tokenSources(env) {
  const fx = realEffects(env);
  const { config } = await loadConfig(fx);
  const lines = /* @__PURE__ */ new Map();
  for (const url of Object.values(config.remotes).flat()) {
    const r = classify(url, config);
    if ("error" in r || r.transport !== "https" && r.transport !== "http" || !PROVIDERS[r.provider].tokenShape || lines.has(origin(r))) continue;
    const mine = await gitCredential(r.url, fx, LOCAL_TIMEOUT_MS);
    const bridge = mine ? void 0 : await bridged(r, config, fx, { deadline: fx.now() + config.timeoutMs, scope: { reviewOnly: false }, network: false });
    lines.set(origin(r), `token for ${origin(r)}: ${mine ? "from your credential helpers" : bridge && !("refused" in bridge) ? `from ${bridge.source}, through hf-hooks' credential helper` : "none stored (Git will ask, or the push stops with the fix)"}`);
  }
  return [...lines.values()];
}
function describeHook(f, t) {
  if (!f) return "none";
  if (!ours(f)) return "a hook that is not hf-hooks (hf-hooks is not installed here)";
  if (t.kind === "lefthook") return `hf-hooks' script, declared in ${t.config} for lefthook to run`;
  return t.kind === "husky" ? "hf-hooks check inside the husky script" : "hf-hooks shim";
}
async function shadowed(cwd, t, file) {
  const candidates = [join(t.defaultHooksDir, "pre-push")];
  if (!t.bare) {
    const top = await git(cwd, ["rev-parse", "--show-toplevel"]);
    if (top.ok) candidates.push(join(top.stdout, ".husky", "pre-push"));
  }
  const out = [];
  for (const path of candidates) {
    if (path === t.file || !ours(await inspect(path))) continue;
    const cause = t.hooksPath ? `core.hooksPath ('${t.hooksPath.value}', set in ${t.hooksPath.scope} config) sends Git to ${t.hooksDir} instead` : `Git runs hooks from ${t.hooksDir}, and husky is not set up here (core.hooksPath is unset)`;
    out.push(finding(
      "hooks.shadowed",
      ours(file) ? "info" : "warn",
      `hf-hooks is installed in ${path}, but Git does not run it.
${cause}.`,
      [
        "npx hf-hooks install    # installs where Git looks now",
        ...t.hooksPath ? [`git config --${t.hooksPath.scope} --unset core.hooksPath    # if that setting is a leftover`] : ["npx husky    # if this repository should use husky"]
      ]
    ));
  }
  return out;
}
async function broken(t, f, runtime) {
  if (!ours(f)) {
    return [finding("hooks.not-installed", "info", `The hf-hooks pre-push check is not installed in ${t.kind === "hooks-dir" ? t.hooksDir : t.file}.`, ["npx hf-hooks install"])];
  }
  const out = [];
  if (t.kind === "hooks-dir" && (f.mode & 73) === 0) {
    out.push(finding("hooks.not-executable", "error", `${t.file} is not executable, so Git skips it.`, [`chmod +x '${t.file}'`]));
  }
  const used = runtime ? runtimeFileOf(runtime)?.version : void 0;
  const current = await packageVersion();
  if (used && used !== current) {
    out.push(finding("hooks.runtime-outdated", "warn", `The hook runs hf-hooks ${used}'s runtime; the installed package is ${current}.`, ["npx hf-hooks install    # points the hook at the new runtime"]));
  }
  if (runtime && !await access(runtime, constants.R_OK).then(() => true, () => false)) {
    out.push(finding("hooks.runtime-missing", "warn", `The hook calls ${runtime}, which is gone, so pushes go on unchecked (each says so; under hf-hooks.strict they are stopped).
It is removed when that directory is cleaned.`, ["npx hf-hooks install    # copies the runtime back"]));
  }
  return out;
}
async function sshProblems(wrapped, local, env) {
  if (!wrapped) return [];
  const skipped = bypassed(env, local);
  const out = skipped ? [skipped] : [];
  if (!await access(wrapped.wrapper, constants.X_OK).then(() => true, () => false)) {
    out.push(finding("hooks.runtime-missing", "error", `core.sshCommand calls ${wrapped.wrapper}, which is gone, so every SSH fetch and push fails.`, ["npx hf-hooks install    # puts it back"]));
  }
  return out;
}
async function statusGlobal(o) {
  const record = await readGlobalRecord(o.env);
  const lines = record ? [
    `global install: pre-push via init.templateDir ${record.templateDir}; core.sshCommand and credential helpers in your global git config`
  ] : ["global install: none (npx hf-hooks install --global)"];
  const repos = await findRepos(o.cwd, 3);
  const unchecked = [];
  for (const gitDir of repos) {
    const hook = await inspect(join(gitDir, "hooks", "pre-push"));
    const top = dirname(gitDir);
    lines.push(`${ours(hook) ? "checked    " : "not checked"}  ${top}`);
    if (!ours(hook)) unchecked.push(top);
  }
  if (!repos.length) lines.push(`no repositories below ${o.cwd}`);
  const findings = unchecked.length ? [finding(
    "hooks.not-installed",
    "info",
    `${unchecked.length} existing repositor${unchecked.length === 1 ? "y" : "ies"} below ${o.cwd} keep their own hooks and do not run the pre-push check.`,
    unchecked.map((r) => `(cd '${r}' && npx hf-hooks install)`)
  )] : [];
  return { exit: 0, stdout: lines.join("\n") + "\n" + renderFindings(findings, o.color) };
}
async function findRepos(dir, depth) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out = [];
  for (const e of entries) {
    if (e.name === ".git" && e.isDirectory()) out.push(join(dir, e.name));
    else if (depth > 0 && e.isDirectory() && e.name !== "node_modules" && !e.name.startsWith(".")) out.push(...await findRepos(join(dir, e.name), depth - 1));
  }
  return out;
}
export {
  status,
  statusGlobal
};
