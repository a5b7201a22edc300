#!/usr/bin/env node

// hooks/process.ts
import { spawn } from "node:child_process";
var LOCAL_TIMEOUT_MS = 3e3;
var NO_PROMPT_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  GIT_ASKPASS: "",
  SSH_ASKPASS: "",
  SSH_ASKPASS_REQUIRE: "never",
  GCM_INTERACTIVE: "never"
};
var AFTER_EXIT_MS = 200;
var live = /* @__PURE__ */ new Set();
process.on("exit", () => {
  for (const pid of live) killGroup(pid);
});
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var watching = false;
function onSignal(signal) {
  for (const pid of live) killGroup(pid);
  live.clear();
  watch(false);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
function watch(on) {
  if (on === watching) return;
  watching = on;
  for (const s of SIGNALS) (on ? process.on : process.off).call(process, s, onSignal);
}
var GROUPS = process.platform !== "win32";
function killGroup(pid) {
  try {
    process.kill(GROUPS ? -pid : pid, "SIGKILL");
  } catch {
  }
}
function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...opts.env ?? process.env, ...NO_PROMPT_ENV },
      stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      // A group of its own where there are groups; on Windows detached would open a console.
      detached: GROUPS,
      windowsHide: true
    });
    if (child.pid) {
      live.add(child.pid);
      watch(true);
    }
    if (opts.input !== void 0) {
      child.stdin?.on("error", () => {
      });
      child.stdin?.end(opts.input);
    }
    const out = [];
    const err = [];
    let timedOut = false;
    let done = false;
    let grace;
    const finish = (code, extra = "") => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(grace);
      if (child.pid) live.delete(child.pid);
      if (!live.size) watch(false);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve({ code, stdout: Buffer.concat(out).toString(opts.encoding ?? "utf8"), stderr: Buffer.concat(err).toString() + extra, timedOut });
    };
    const timer = opts.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      if (child.pid) killGroup(child.pid);
      finish(137);
    }, opts.timeoutMs);
    child.stdout.on("data", (d) => opts.onStdout ? opts.onStdout(d) : out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => finish(e.code === "ENOENT" ? 127 : 126, `${cmd}: ${e.message}`));
    child.on("exit", (code, signal) => {
      grace = setTimeout(() => finish(code ?? (signal ? 128 : 1)), AFTER_EXIT_MS);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

export {
  LOCAL_TIMEOUT_MS,
  NO_PROMPT_ENV,
  run
};
