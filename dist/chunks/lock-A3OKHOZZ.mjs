#!/usr/bin/env node
import {
  mkdirs
} from "./chunk-72SOXBV6.mjs";

// installer/effects/lock.ts
import { readFile, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var POLL_MS = 50;
var UNNAMED_MS = 2e3;
var running = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};
var UNWRITABLE = /* @__PURE__ */ Symbol("unwritable");
var unwritable = (e) => {
  if (e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS") return UNWRITABLE;
  throw e;
};
async function withLock(dir, fn, waitMs) {
  const path = join(dir, "lock");
  const created = await mkdirs(dir).catch(unwritable);
  if (created === UNWRITABLE) return { ok: await fn() };
  const deadline = Date.now() + waitMs;
  for (; ; ) {
    const taken = await writeFile(path, `${process.pid}
`, { flag: "wx", mode: 420 }).then(() => true, (e) => {
      if (e.code === "EEXIST") return false;
      return unwritable(e);
    });
    if (taken === UNWRITABLE) return { ok: await fn() };
    if (taken) break;
    const holder = Number((await readFile(path, "utf8").catch(() => "")).trim());
    const named = Number.isInteger(holder) && holder > 0;
    const fresh = !named && Date.now() - ((await stat(path).catch(() => void 0))?.mtimeMs ?? 0) < UNNAMED_MS;
    if (named ? !running(holder) : !fresh) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) return { busy: `another hf-hooks command (pid ${named ? holder : "?"}) is changing hooks and config; wait for it, or if no such process runs, remove ${path}` };
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  try {
    return { ok: await fn() };
  } finally {
    await rm(path, { force: true });
    if (created) for (let d = dir; ; d = dirname(d)) {
      if (!await rmdir(d).then(() => true, () => false) || d === created) break;
    }
  }
}
export {
  withLock
};
