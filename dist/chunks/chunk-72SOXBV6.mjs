#!/usr/bin/env node

// hooks/mkdirs.ts
import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
var fail = (code, path, why) => Object.assign(new Error(`${code}: ${why}, mkdir '${path}'`), { code, syscall: "mkdir", path });
async function mkdirs(path) {
  const missing = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const st = await stat(p).catch((e) => e);
    if (!(st instanceof Error)) {
      if (!st.isDirectory()) throw fail("ENOTDIR", p, "not a directory");
      break;
    }
    if (st.code !== "ENOENT" || dirname(p) === p) throw st;
    missing.push(p);
  }
  for (const dir of missing.reverse()) {
    await mkdir(dir).catch((e) => {
      if (e.code !== "EEXIST") throw e;
    });
  }
  return missing[0];
}

export {
  mkdirs
};
