#!/usr/bin/env node
import {
  locateHooks
} from "./chunk-XRV2XZQO.mjs";
import {
  usesLfs
} from "./chunk-JWOZLOUV.mjs";
import {
  hasBlock,
  isShim
} from "./chunk-EO57SD2T.mjs";
import {
  realEffects
} from "./chunk-LOFWLFWJ.mjs";
import {
  git,
  inspect
} from "./chunk-C7SDGCTL.mjs";
import {
  run
} from "./chunk-MGBZCSPM.mjs";

// installer/effects/lfs.ts
import { readFile } from "node:fs/promises";
async function lfsHere(cwd) {
  const [version, used] = await Promise.all([git(cwd, ["lfs", "version"]), usesLfs({ ...realEffects(), run: (cmd, args, opts) => run(cmd, args, { cwd, ...opts }) })]);
  return { installed: version.ok, used };
}
function lfsNote(target) {
  if (target.kind === "lefthook") {
    return 'git-lfs: lefthook runs `git lfs pre-push` itself for this repository, and its hook file is lefthook\'s, so `git lfs install` here says "Hook already exists: pre-push"; that is expected: `git lfs install --skip-repo` sets up the LFS filters without it';
  }
  const where = target.kind === "husky" ? `the hf-hooks block in ${target.file}` : `hf-hooks' pre-push hook (${target.file})`;
  const owner = target.kind === "husky" ? "husky's hook" : "hf-hooks'";
  return `git-lfs: ${where} runs \`git lfs pre-push\` for this repository whenever it uses LFS, so \`git lfs install\` here says "Hook already exists: pre-push" (git-lfs replaces only hooks it wrote, and this one is ${owner}); that is expected: \`git lfs install --skip-repo\` sets up the LFS filters without it`;
}
async function lfsAfterUninstall(target, cwd) {
  const text = await readFile(target.file, "utf8").catch(() => void 0);
  if (text !== void 0 && /git(?:-| )lfs (?:pre-push|push --stdin)\b/.test(text)) return [];
  if (text === void 0 && target.kind === "hooks-dir") {
    const r = await git(cwd, ["lfs", "update"]);
    return [r.ok ? "put git-lfs's own pre-push back (git lfs update), so LFS files are still uploaded" : `this repository uses LFS, but \`git lfs update\` failed (${r.stderr.split("\n")[0]}): run it yourself, or LFS files will not be uploaded`];
  }
  const file = text === void 0 ? target.file : `${target.file}, put back as it was,`;
  return [`this repository uses LFS, and ${file} does not run \`git lfs pre-push "$@"\`: add that line to it (\`git lfs update --manual\` shows how), or LFS files will not be uploaded`];
}
async function carriedNote(cwd) {
  const target = await locateHooks(cwd);
  if ("error" in target) return void 0;
  const file = await inspect(target.file);
  if (file?.kind !== "file" || !(isShim(file.text) || hasBlock(file.text))) return void 0;
  const lfs = await lfsHere(cwd);
  return lfs.installed && lfs.used ? lfsNote(target) : void 0;
}

export {
  lfsHere,
  lfsNote,
  lfsAfterUninstall,
  carriedNote
};
