#!/usr/bin/env node
import {
  BUILT_RUNTIME,
  credentialHelperPath,
  installRuntime,
  packageVersion,
  runnerPath,
  runtimeFiles,
  runtimePath,
  sshWrapperPath
} from "./chunk-ALLXCWEC.mjs";
import "./chunk-C7SDGCTL.mjs";
import "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";
export {
  BUILT_RUNTIME,
  credentialHelperPath,
  installRuntime,
  packageVersion,
  runnerPath,
  runtimeFiles,
  runtimePath,
  sshWrapperPath
};
