#!/usr/bin/env node

// hooks/layout.ts
import { join } from "node:path";
var RUNTIME_FILES = { hook: "hook.mjs", ssh: "ssh", credential: "credential" };
function dataRoot(env, home) {
  return join(env.XDG_DATA_HOME || join(env.HOME || home, ".local", "share"), "hf-hooks");
}
var runtimeDir = (env, home, version) => join(dataRoot(env, home), version);
var runtimeFile = (env, home, version, file) => join(runtimeDir(env, home, version), RUNTIME_FILES[file]);
var runnerFile = (env, home) => join(dataRoot(env, home), "pre-push");
var RUNTIME_PATH = /\/hf-hooks\/([^/]+)\/(hook\.mjs|ssh|credential)$/;
function runtimeFileOf(path) {
  const m = RUNTIME_PATH.exec(path);
  if (!m) return void 0;
  const file = Object.keys(RUNTIME_FILES).find((k) => RUNTIME_FILES[k] === m[2]);
  return { version: m[1], file };
}

export {
  RUNTIME_FILES,
  dataRoot,
  runtimeDir,
  runtimeFile,
  runnerFile,
  runtimeFileOf
};
