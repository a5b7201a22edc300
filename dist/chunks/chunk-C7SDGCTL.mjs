#!/usr/bin/env node
import {
  NO_PROMPT_ENV
} from "./chunk-MGBZCSPM.mjs";
import {
  mkdirs
} from "./chunk-72SOXBV6.mjs";

// installer/effects/git.ts
import { execa } from "execa";
async function git(cwd, args) {
  const r = await execa("git", args, { cwd, reject: false, stdin: "ignore", env: NO_PROMPT_ENV, stripFinalNewline: true });
  return { ok: r.exitCode === 0, code: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

// installer/effects/io.ts
import { chmod, cp, readdir, rename, rm, writeFile } from "node:fs/promises";
var REAL_IO = {
  writeFile: (path, data) => writeFile(path, data),
  chmod: (path, mode) => chmod(path, mode),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { recursive: true, force: true }),
  mkdir: async (path) => void await mkdirs(path),
  // fs.cp makes `to` with Node's recursive mkdir (which can spin forever): made here first.
  copyTree: async (from, to) => {
    await mkdirs(to);
    await cp(from, to, { recursive: true, errorOnExist: false, force: false });
  },
  readdir: (path) => readdir(path),
  git
};

// installer/effects/files.ts
import { randomBytes } from "node:crypto";
import { lstat, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var hex8 = () => randomBytes(4).toString("hex");
var tmpName = (path) => join(dirname(path), `.${basename(path)}.${hex8()}.tmp`);
var asideName = (path) => `${path}.hf-hooks-removing-${hex8()}`;
var literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var leftoverOf = (path) => {
  const name = literal(basename(path));
  return new RegExp(`^(?:\\.${name}\\.[0-9a-f]{8}\\.tmp|${name}\\.hf-hooks-removing-[0-9a-f]{8})$`);
};
async function writeAtomic(path, data, mode, io = REAL_IO) {
  const current = await inspect(path);
  if (current?.kind === "file" && current.mode === mode && current.text === (typeof data === "string" ? data : Buffer.from(data).toString("utf8"))) return;
  await io.mkdir(dirname(path));
  const tmp = tmpName(path);
  try {
    await io.writeFile(tmp, data);
    await io.chmod(tmp, mode);
    await io.rename(tmp, path);
  } catch (error) {
    await io.remove(tmp).catch(() => {
    });
    throw error;
  }
}
async function sweepBeside(path, io = REAL_IO) {
  const entries = await io.readdir(dirname(path)).catch(() => []);
  const leftover = leftoverOf(path);
  for (const e of entries) if (leftover.test(e)) await io.remove(join(dirname(path), e));
}
async function inspect(path) {
  const st = await lstat(path).catch(() => void 0);
  if (!st) return void 0;
  const mode = st.mode & 4095;
  if (st.isSymbolicLink()) return { kind: "symlink", mode };
  if (st.isDirectory()) return { kind: "dir", mode };
  if (!st.isFile()) return { kind: "other", mode };
  return { kind: "file", mode, text: await readFile(path, "utf8") };
}
async function inspectDir(path) {
  const st = await stat(path).catch(() => void 0);
  if (!st) return void 0;
  return { kind: st.isDirectory() ? "dir" : st.isFile() ? "file" : "other", mode: st.mode & 4095 };
}

// installer/effects/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot(from) {
  for (let dir = dirname2(from); ; dir = dirname2(dir)) {
    const manifest = join2(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "hf-hooks") return dir;
    if (dirname2(dir) === dir) throw new Error(`hf-hooks: cannot find its package.json above ${from}`);
  }
}
var PACKAGE_ROOT = findRoot(fileURLToPath(import.meta.url));

export {
  git,
  REAL_IO,
  asideName,
  writeAtomic,
  sweepBeside,
  inspect,
  inspectDir,
  PACKAGE_ROOT
};
