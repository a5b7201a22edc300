#!/usr/bin/env node
import {
  LOCAL_TIMEOUT_MS
} from "./chunk-MGBZCSPM.mjs";

// hooks/lfs/usage.ts
var LFS_FILTER = /\bfilter=lfs\b/;
async function usesLfs(fx) {
  const git = (...args) => fx.run("git", args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const [dir, head] = await Promise.all([git("rev-parse", "--path-format=absolute", "--git-common-dir"), git("cat-file", "blob", "HEAD:.gitattributes")]);
  if (head.code === 0 && LFS_FILTER.test(head.stdout)) return true;
  if (dir.code !== 0) return false;
  const common = dir.stdout.trim();
  if ((await fx.stat(`${common}/lfs/objects`))?.kind === "dir") return true;
  return LFS_FILTER.test(await fx.readText(`${common}/info/attributes`) ?? "");
}

export {
  usesLfs
};
