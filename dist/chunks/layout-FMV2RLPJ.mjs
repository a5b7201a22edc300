#!/usr/bin/env node
import {
  RUNTIME_FILES,
  dataRoot,
  runnerFile,
  runtimeDir,
  runtimeFile,
  runtimeFileOf
} from "./chunk-WJLU7JOY.mjs";
export {
  RUNTIME_FILES,
  dataRoot,
  runnerFile,
  runtimeDir,
  runtimeFile,
  runtimeFileOf
};
