#!/usr/bin/env node
import {
  applyOrRefuse,
  configSections,
  credentialSections,
  describe,
  helperValue,
  mergeHelperRecord,
  planCredentialInstall,
  planCredentialUninstall,
  planInstall,
  planSshInstall,
  planSshUninstall,
  planUninstall,
  readHelpers,
  recordText,
  snapshot,
  sshRecord,
  sweepAll
} from "./chunk-YCUP2CUS.mjs";
import {
  credentialHelperText,
  sshWrapperText
} from "./chunk-EO57SD2T.mjs";
import {
  refused
} from "./chunk-2YHAO2P4.mjs";
import {
  makeReadyDir
} from "./chunk-CZAYE72Y.mjs";
import {
  classify,
  origin
} from "./chunk-S6JSQCXY.mjs";
import {
  PROVIDERS,
  endpointsFrom
} from "./chunk-UAV5VOJE.mjs";
import {
  credentialHelperPath,
  packageVersion,
  runtimeFiles,
  runtimePath,
  sshWrapperPath
} from "./chunk-ALLXCWEC.mjs";
import {
  git
} from "./chunk-C7SDGCTL.mjs";
import {
  dataRoot
} from "./chunk-WJLU7JOY.mjs";

// installer/commands/global.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
var dataRoot2 = (env) => dataRoot(env, homedir());
var expandHome = (path, env) => path.replace(/^~(?=\/|$)/, env.HOME || homedir());
function globalConfigFile(env) {
  if (env.GIT_CONFIG_GLOBAL) return env.GIT_CONFIG_GLOBAL;
  const home = env.HOME || homedir();
  const xdg = join(env.XDG_CONFIG_HOME || join(home, ".config"), "git", "config");
  return !existsSync(join(home, ".gitconfig")) && existsSync(xdg) ? xdg : join(home, ".gitconfig");
}
function credentialUrls(env) {
  const urls = Object.values(PROVIDERS).filter((p) => p.tokenShape).flatMap((p) => p.hosts.map((h) => `https://${h}`));
  for (const endpoint of Object.values(endpointsFrom(env))) {
    const e = classify(endpoint, { hosts: {} });
    if (!("error" in e) && e.host) urls.push(origin(e));
  }
  return [...new Set(urls)];
}
async function readGlobalRecord(env) {
  return readFile(join(dataRoot2(env), "global.json"), "utf8").then((t) => JSON.parse(t), () => void 0);
}
async function readGlobal(env) {
  const cwd = tmpdir();
  const configFile = globalConfigFile(env);
  const get = (args) => git(cwd, ["config", ...args]);
  const urls = credentialUrls(env);
  const [sshCommand, variant, template, text, record] = await Promise.all([
    get(["--global", "--get", "core.sshCommand"]),
    get(["--global", "--get", "ssh.variant"]),
    get(["--show-scope", "--get", "init.templateDir"]),
    readFile(configFile, "utf8").catch(() => ""),
    readGlobalRecord(env)
  ]);
  const helpers = await readHelpers(cwd, "global", urls);
  const sections = configSections(text);
  const [scope, ...value] = template.ok ? template.stdout.split("	") : [];
  return {
    cwd,
    configFile,
    sections,
    ssh: { ...sshCommand.ok && { local: sshCommand.stdout, effective: sshCommand.stdout }, ...variant.ok && { variant: variant.stdout }, hasSshSection: sections.has("ssh") },
    credential: { urls, helpers, sections: credentialSections(sections) },
    ...template.ok && scope !== "local" && scope !== "worktree" && { templateDir: expandHome(value.join("	"), env) },
    ...record && { record },
    recordPath: join(dataRoot2(env), "global.json")
  };
}
var templateTarget = (dir) => ({
  kind: "hooks-dir",
  hooksDir: join(dir, "hooks"),
  file: join(dir, "hooks", "pre-push"),
  defaultHooksDir: join(dir, "hooks"),
  commonDir: dir,
  bare: false
});
async function defaultTemplates(cwd) {
  const exec = await git(cwd, ["--exec-path"]);
  return resolve(exec.stdout, "..", "..", "share", "git-core", "templates");
}
async function installGlobal(o) {
  const version = await packageVersion();
  const params = { version, node: o.node, runtime: runtimePath(o.env, version) };
  const g = await readGlobal(o.env);
  const ours = g.record?.templateCreated ? g.record.templateDir : void 0;
  const templateDir = g.templateDir ?? join(dataRoot2(o.env), "template");
  const target = templateTarget(templateDir);
  const hooks = planInstall(await snapshot(target), params);
  if ("refuse" in hooks) return refused("install --global", hooks.refuse);
  const seed = g.templateDir && !(ours === templateDir && !existsSync(templateDir)) ? [] : [
    { kind: "seed-template", from: await defaultTemplates(g.cwd), to: templateDir },
    { kind: "config", key: "init.templateDir", value: templateDir }
  ];
  const wrapper = sshWrapperPath(o.env, version);
  const helper = credentialHelperPath(o.env, version);
  const ssh = planSshInstall(g.ssh, wrapper);
  const credential = planCredentialInstall(g.credential, helperValue(helper));
  const touched = ["core", "ssh", "init", ...credential.added.map((a) => a.key.replace(/\.helper$/, ""))];
  const old = g.record;
  const record = {
    ...sshRecord(ssh.record, old),
    credentialHelpers: mergeHelperRecord(old?.credentialHelpers ?? [], credential),
    templateDir,
    templateCreated: Boolean(ours) || !g.templateDir,
    createdSections: [.../* @__PURE__ */ new Set([...old?.createdSections ?? [], ...touched.filter((s) => !g.sections.has(s))])]
  };
  const actions = [
    ...old && recordText(old) === recordText(record) ? [] : [{ kind: "state", path: g.recordPath, text: recordText(record) }],
    { kind: "runtime", path: params.runtime },
    { kind: "write", path: wrapper, text: sshWrapperText(params), mode: 493 },
    { kind: "write", path: helper, text: credentialHelperText(params), mode: 493 },
    ...seed,
    ...hooks.actions.filter((a) => a.kind !== "runtime"),
    ...ssh.actions,
    ...credential.actions
  ];
  if (o.dryRun) return { exit: 0, stdout: ["hf-hooks install --global --dry-run would:", ...actions.map((a) => `  ${describe(a, "global")}`)].join("\n") + "\n" };
  const applied = await applyOrRefuse("install --global", target, actions, { cwd: g.cwd, scope: "global", configFile: g.configFile, sweep: [templateDir] }, o.io);
  if ("refusal" in applied) return applied.refusal;
  await makeReadyDir(o.env, homedir());
  return {
    exit: 0,
    stdout: [
      `hf-hooks ${version}: installed for every repository of this user (${g.configFile}).`,
      g.templateDir ? `  new clones and inits get the pre-push check from your init.templateDir, ${templateDir} (its own hooks are kept and chained)` : `  new clones and inits get the pre-push check: init.templateDir is now ${templateDir} (a copy of Git's default template plus the hook)`,
      ...ssh.notes.map((n) => `  ${n}`),
      ...[...credential.notes, ...applied.notes].map((n) => `  ${n}`),
      "  not done: repositories that already exist keep their own .git/hooks, so their pushes are not checked by the pre-push hook.",
      "    run `npx hf-hooks install` in each (`npx hf-hooks status --global` lists those below the current directory)",
      "  core.hooksPath was left alone: setting it globally would switch off every repository's own hooks",
      "  undo: npx hf-hooks uninstall --global"
    ].join("\n") + "\n"
  };
}
async function uninstallGlobal(o) {
  const g = await readGlobal(o.env);
  const r = g.record;
  const sweep = [...runtimeFiles(o.env, await packageVersion()), g.recordPath, join(dataRoot2(o.env), "template")];
  if (!r) {
    await sweepAll(sweep, o.io).catch(() => {
    });
    return { exit: 0, stdout: "hf-hooks: not installed globally (no record in " + g.recordPath + ")\n" };
  }
  const target = templateTarget(r.templateDir);
  const hooks = r.templateCreated ? { actions: [], notes: [] } : planUninstall(await snapshot(target));
  if ("refuse" in hooks) return refused("uninstall --global", hooks.refuse);
  const ssh = planSshUninstall(g.ssh, r);
  const credential = planCredentialUninstall(g.credential, r.credentialHelpers);
  const actions = [
    ...hooks.actions,
    ...r.templateCreated ? [
      { kind: "remove-tree", path: r.templateDir },
      ...g.templateDir === r.templateDir ? [{ kind: "config", key: "init.templateDir", value: void 0, previous: r.templateDir }] : []
    ] : [],
    ...ssh.actions.filter((a) => a.kind !== "drop-empty-section"),
    ...credential.actions.filter((a) => a.kind !== "drop-empty-section"),
    ...r.createdSections.map((section) => ({ kind: "drop-empty-section", section })),
    { kind: "state", path: g.recordPath }
  ];
  const applied = await applyOrRefuse("uninstall --global", target, actions, { cwd: g.cwd, scope: "global", configFile: g.configFile, sweep }, o.io);
  if ("refusal" in applied) return applied.refusal;
  return { exit: 0, stdout: ["hf-hooks: removed the global install", ...[...hooks.notes, ...applied.notes, ...ssh.notes, ...credential.notes].map((n) => `  ${n}`)].join("\n") + "\n" };
}

export {
  readGlobalRecord,
  templateTarget,
  installGlobal,
  uninstallGlobal
};
