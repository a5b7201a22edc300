#!/usr/bin/env node
import {
  PACKAGE_ROOT,
  REAL_IO,
  writeAtomic
} from "./chunk-C7SDGCTL.mjs";
import {
  runnerFile,
  runtimeFile
} from "./chunk-WJLU7JOY.mjs";

// installer/effects/runtime.ts
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
var BUILT_RUNTIME = join(PACKAGE_ROOT, "dist", "hook.mjs");
async function packageVersion() {
  return JSON.parse(await readFile(join(PACKAGE_ROOT, "package.json"), "utf8")).version;
}
var runtimePath = (env, version) => runtimeFile(env, homedir(), version, "hook");
var sshWrapperPath = (env, version) => runtimeFile(env, homedir(), version, "ssh");
var credentialHelperPath = (env, version) => runtimeFile(env, homedir(), version, "credential");
var runnerPath = (env) => runnerFile(env, homedir());
var runtimeFiles = (env, version) => [runtimePath(env, version), sshWrapperPath(env, version), credentialHelperPath(env, version), runnerPath(env)];
async function installRuntime(target, io = REAL_IO) {
  const built = await readFile(BUILT_RUNTIME).catch(() => {
    throw new Error(`the hook runtime ${BUILT_RUNTIME} is missing: run 'npm run build' in the hf-hooks package`);
  });
  const current = await readFile(target).catch(() => void 0);
  if (current?.equals(built)) return false;
  await writeAtomic(target, built, 420, io);
  return true;
}

export {
  BUILT_RUNTIME,
  packageVersion,
  runtimePath,
  sshWrapperPath,
  credentialHelperPath,
  runnerPath,
  runtimeFiles,
  installRuntime
};
