#!/usr/bin/env node
import {
  huskyBlock
} from "./chunk-EO57SD2T.mjs";
import {
  refused
} from "./chunk-2YHAO2P4.mjs";
import "./chunk-OQJT763T.mjs";
import "./chunk-S6JSQCXY.mjs";
import {
  providerByHost,
  sshHostFor
} from "./chunk-UAV5VOJE.mjs";
import {
  packageVersion
} from "./chunk-ALLXCWEC.mjs";
import {
  PACKAGE_ROOT,
  inspectDir
} from "./chunk-C7SDGCTL.mjs";
import "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import {
  mkdirs
} from "./chunk-72SOXBV6.mjs";

// installer/commands/org-template.ts
import { cp, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var NAMESPACE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
var HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
function sshHostOf(host) {
  const name = host.replace(/:\d+$/, "").toLowerCase();
  const provider = providerByHost(name);
  return provider ? sshHostFor(provider, name) : name;
}
async function initTemplate(o) {
  const dir = resolve(o.dir);
  const host = o.host ?? "huggingface.co";
  const namespace = o.namespace ?? "your-org";
  if (!HOST.test(host)) return refused("init-template", `--host '${host.slice(0, 80)}' is not a host name (like huggingface.co)`);
  if (!NAMESPACE.test(namespace)) return refused("init-template", `--namespace '${namespace.slice(0, 80)}' is not a user or organization name`);
  const existing = await inspectDir(dir);
  if (existing && (existing.kind !== "dir" || (await readdir(dir)).length)) return refused("init-template", `${dir} already exists and is not an empty directory`);
  const values = {
    "@HOST@": host,
    "@SSH_HOST@": sshHostOf(host),
    "@NAMESPACE@": namespace,
    "@VERSION@": await packageVersion()
  };
  try {
    await mkdirs(dir);
    await cp(join(PACKAGE_ROOT, "templates", "org-template"), dir, { recursive: true });
    await rename(join(dir, "gitignore"), join(dir, ".gitignore"));
    for (const file of ["package.json", "README.md"]) {
      const path = join(dir, file);
      await writeFile(path, (await readFile(path, "utf8")).replace(/@[A-Z_]+@/g, (m) => values[m] ?? m));
    }
    await mkdirs(join(dir, ".husky"));
    await writeFile(join(dir, ".husky", "pre-push"), `${huskyBlock(true)}# Your own pre-push steps go below (they get the same arguments and input).
`);
  } catch (error) {
    if (existing) for (const entry of await readdir(dir).catch(() => [])) await rm(join(dir, entry), { recursive: true, force: true });
    else await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    exit: 0,
    stdout: [
      `hf-hooks: wrote an org template repository for ${namespace} on ${host} in ${dir}`,
      '  package.json       hf-hooks and husky as devDependencies; "prepare": "husky" turns the hook on at npm install',
      "  .husky/pre-push    runs the check with this machine's hf-hooks, else node_modules/.bin/hf-hooks (no npx lookup on a push)",
      "  .gitattributes     Git LFS for model and data files",
      "  README.md          what the hook does for members, and how to bypass it",
      `next: cd ${dir} && git init && npm install && git add -A && git commit -m "Repository template"`
    ].join("\n") + "\n"
  };
}
export {
  initTemplate
};
