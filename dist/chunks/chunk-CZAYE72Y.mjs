#!/usr/bin/env node
import {
  SH_QUOTED,
  shQuote,
  shUnquote,
  shellPath
} from "./chunk-OQJT763T.mjs";
import {
  runtimeFileOf
} from "./chunk-WJLU7JOY.mjs";
import {
  mkdirs
} from "./chunk-72SOXBV6.mjs";

// hooks/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var MAX_AGE_MS = 24 * 3600 * 1e3;
var cacheKey = (...parts) => createHash("sha256").update(parts.map((p) => String(p ?? "")).join("\0")).digest("hex");
function readyKey(version, url, password) {
  const name = markerUrl(url);
  return name.length <= 200 ? `${sha256(`${version}
${password}
`)}/${name}` : void 0;
}
var markerUrl = (url) => url.replaceAll("%", "%25").replaceAll("/", "%2F");
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
async function makeReadyDir(env, home) {
  await mkdirs(join(dirname(cacheFile(env, home)), "ready")).catch(() => {
  });
}
function cacheFile(env, home) {
  return join(env.XDG_CACHE_HOME || join(env.HOME || home, ".cache"), "hf-hooks", "results.json");
}
function fileCache(path, now) {
  const load = async () => {
    try {
      const parsed = JSON.parse(await readFile(path, "utf8"));
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
    } catch {
      return {};
    }
  };
  return {
    async get(key, ttlSeconds) {
      const entry = (await load())[key];
      return entry && typeof entry.at === "number" && now() - entry.at < ttlSeconds * 1e3 ? entry.value : void 0;
    },
    async set(key, value) {
      const t = now();
      const entries = Object.fromEntries(Object.entries(await load()).filter(([, e]) => t - e?.at < MAX_AGE_MS));
      entries[key] = { at: t, value };
      await writeBeside(path, JSON.stringify(entries));
    },
    async markReady(key, until) {
      const file = join(dirname(path), "ready", key);
      await writeBeside(file, `${until}
`);
      await utimes(file, until, until).catch(() => {
      });
    },
    async unmarkReady(key) {
      await rm(join(dirname(path), "ready", key), { force: true }).catch(() => {
      });
    }
  };
}
async function writeBeside(path, text) {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    await mkdirs(dirname(path));
    await writeFile(tmp, text, { mode: 384 });
    await rename(tmp, path);
  } catch {
    await rm(tmp, { force: true }).catch(() => {
    });
  }
}

// hooks/ssh/command.ts
var PLAIN_SSH = { program: "ssh" };
function invocation(cmd, args) {
  if ("program" in cmd) return [cmd.program, args];
  return ["sh", ["-c", `${cmd.shell} "$@"`, cmd.shell, ...args]];
}
var describeCommand = (cmd) => "shell" in cmd ? cmd.shell : cmd.program;
var WRAPPED = new RegExp(`^HF_HOOKS_SSH_COMMAND=(${SH_QUOTED}) (${SH_QUOTED})$`);
var BARE = new RegExp(`^(${SH_QUOTED})$`);
var FALLBACK = new RegExp(
  `^hf_hooks_ssh\\(\\) \\{ if \\[ -x (${SH_QUOTED}) \\]; then (?:HF_HOOKS_SSH_COMMAND=(${SH_QUOTED}); export HF_HOOKS_SSH_COMMAND; )?exec \\1 "\\$@"; fi; exec .*; \\}; hf_hooks_ssh$`
);
function wrapperValue(wrapper, previous) {
  const w = shQuote(shellPath(wrapper));
  const pass = previous ? `HF_HOOKS_SSH_COMMAND=${shQuote(previous)}; export HF_HOOKS_SSH_COMMAND; ` : "";
  const without = previous ? `sh -c ${shQuote(`${previous} "$@"`)} ssh "$@"` : 'ssh "$@"';
  return `hf_hooks_ssh() { if [ -x ${w} ]; then ${pass}exec ${w} "$@"; fi; exec ${without}; }; hf_hooks_ssh`;
}
function unwrap(value, isWrapper) {
  const found = parseWrapper(value);
  if (!found || !isWrapper(found.wrapper)) return void 0;
  return found.previous === void 0 ? { wrapper: found.wrapper } : found;
}
function parseWrapper(value) {
  const fallback = FALLBACK.exec(value);
  if (fallback) return { wrapper: shUnquote(fallback[1]), ...fallback[2] && { previous: shUnquote(fallback[2]) } };
  const wrapped = WRAPPED.exec(value);
  if (wrapped) return { wrapper: shUnquote(wrapped[2]), previous: shUnquote(wrapped[1]) };
  const bare = BARE.exec(value);
  return bare ? { wrapper: shUnquote(bare[1]) } : void 0;
}
var isWrapperPath = (path) => runtimeFileOf(path)?.file === "ssh";
function effectiveSsh(env, coreSshCommand) {
  if (env.GIT_SSH_COMMAND) return { shell: env.GIT_SSH_COMMAND };
  if (env.HF_HOOKS_SSH_COMMAND) return { shell: env.HF_HOOKS_SSH_COMMAND };
  if (coreSshCommand) {
    const ours = unwrap(coreSshCommand, isWrapperPath);
    if (!ours) return { shell: coreSshCommand };
    if (ours.previous) return { shell: ours.previous };
  }
  return env.GIT_SSH ? { program: env.GIT_SSH } : PLAIN_SSH;
}
function wrappedSsh(env) {
  if (env.HF_HOOKS_SSH_COMMAND) return { shell: env.HF_HOOKS_SSH_COMMAND };
  return env.GIT_SSH ? { program: env.GIT_SSH } : PLAIN_SSH;
}
var WITH_VALUE = new Set("BbcDEeFIiJLlmOoPpQRSWw".split(""));
function parseGitSshArgs(args) {
  let port;
  let loginUser;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    if (a === "-G" || a === "-V") return void 0;
    const flag = a[1];
    if (!WITH_VALUE.has(flag)) continue;
    const value = a.length > 2 ? a.slice(2) : args[++i];
    if (flag === "p") port = Number(value);
    if (flag === "l") loginUser = value;
  }
  const dest = args[i];
  if (!dest) return void 0;
  const at = dest.lastIndexOf("@");
  const user = at >= 0 ? dest.slice(0, at) : loginUser;
  const host = (at >= 0 ? dest.slice(at + 1) : dest).replace(/^\[(.*)\]$/, "$1");
  const request = { host, ...user !== void 0 && { user }, ...port !== void 0 && { port } };
  const m = /^(git-[a-z-]+) '((?:[^']|'\\[!']')*)'$/.exec(args.slice(i + 1).join(" "));
  return m ? { ...request, service: m[1], path: m[2].replace(/'\\([!'])'/g, "$1") } : request;
}

export {
  cacheKey,
  readyKey,
  sha256,
  makeReadyDir,
  cacheFile,
  fileCache,
  invocation,
  describeCommand,
  wrapperValue,
  unwrap,
  isWrapperPath,
  effectiveSsh,
  wrappedSsh,
  parseGitSshArgs
};
