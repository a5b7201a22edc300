#!/usr/bin/env node
import {
  finding
} from "./chunk-S6JSQCXY.mjs";
import {
  PROVIDER_NAMES,
  endpointsFrom
} from "./chunk-UAV5VOJE.mjs";

// hooks/shell.ts
var shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
var shUnquote = (s) => s.slice(1, -1).replace(/'\\''/g, "'");
var SH_QUOTED = `'(?:[^']|'\\\\'')*'`;
var shellPath = (path) => /^[A-Za-z]:\\/.test(path) ? path.replace(/\\/g, "/") : path;

// hooks/net/urlmatch.ts
function parse(url) {
  try {
    const u = new URL(url);
    return { scheme: u.protocol, user: decodeURIComponent(u.username), host: u.hostname, port: u.port, path: u.pathname };
  } catch {
    return void 0;
  }
}
function hostMatches(host, pattern) {
  const a = host.split(".");
  const b = pattern.split(".");
  return a.length === b.length && b.every((label, i) => label === "*" || label === a[i]);
}
function pathMatch(path, prefix) {
  if (prefix === "" || prefix === "/") return 1;
  const p = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
  if (!path.startsWith(p)) return 0;
  return path.length === p.length || path[p.length] === "/" ? p.length + 1 : 0;
}
function pathScopedFor(url, pattern) {
  const u = parse(url);
  const p = parse(pattern);
  return !!u && !!p && p.path !== "/" && p.path !== "" && p.scheme === u.scheme && p.port === u.port && hostMatches(u.host, p.host);
}
function rank(url, pattern) {
  const p = parse(pattern);
  if (!p || p.scheme !== url.scheme || p.port !== url.port || !hostMatches(url.host, p.host)) return void 0;
  if (p.user && p.user !== url.user) return void 0;
  const path = pathMatch(url.path, p.path);
  return path ? [p.host.length, path, p.user ? 1 : 0] : void 0;
}
var worse = (a, b) => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
function urlConfig(entries, section, url) {
  const target = parse(url);
  const best = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (!e.key.startsWith(`${section}.`)) continue;
    const rest = e.key.slice(section.length + 1);
    const dot = rest.lastIndexOf(".");
    const name = rest.slice(dot + 1);
    const r = dot < 0 ? [0, 0, 0] : target && rank(target, rest.slice(0, dot));
    if (!r) continue;
    const had = best.get(name);
    if (had && worse(r, had.rank)) continue;
    best.set(name, { rank: r, value: e.value, source: `${e.key}${e.scope ? ` (${e.scope})` : ""}` });
  }
  return new Map([...best].map(([name, { value, source }]) => [name, { value, source }]));
}

// hooks/config.ts
var DEFAULTS = { enabled: true, strict: false, bridge: true, contentGuard: true, timeoutMs: 4e3, cacheTtl: 600, hosts: {}, endpoints: {}, remotes: {}, fetchUrls: {}, credentialHelpers: [], credentialSections: [], lfs: { remotes: {}, agents: [] }, http: [] };
var HF_HOOKS_OFF = ["0", "false", "no", "off"];
var TRUE = /* @__PURE__ */ new Set(["true", "yes", "on", "1", ""]);
var FALSE = new Set(HF_HOOKS_OFF);
var SCOPES = /* @__PURE__ */ new Set(["system", "global", "local", "worktree", "command", "unknown"]);
function parseConfig(z, env) {
  const config = { ...DEFAULTS, hosts: {}, endpoints: endpointsFrom(env), remotes: {}, fetchUrls: {}, credentialHelpers: [], credentialSections: [], lfs: { remotes: {}, agents: [] }, http: [] };
  const urls = {};
  const problems = [];
  const bad = (key, value, expected) => problems.push(finding(
    "config.invalid",
    "warn",
    `git config ${key} is '${value}', not ${expected}; using the default.`,
    [`git config --show-origin --get-all ${key}    # find where it is set`]
  ));
  let scope;
  for (const entry of z.split("\0")) {
    if (!entry) continue;
    if (SCOPES.has(entry)) {
      scope = entry;
      continue;
    }
    const nl = entry.indexOf("\n");
    const key = nl < 0 ? entry : entry.slice(0, nl);
    const value = nl < 0 ? "" : entry.slice(nl + 1);
    if (key.startsWith("http.")) {
      config.http.push({ key, value: nl < 0 ? void 0 : value, ...scope && { scope } });
      continue;
    }
    if (key === "core.sshcommand") config.sshCommand = value;
    else if (key === "user.email") config.email = value;
    else if (key === "core.askpass") config.askPass = value;
    else if (key === "credential.helper") config.credentialHelpers = value ? [...config.credentialHelpers, value] : [];
    else if (key.startsWith("credential.") && key.lastIndexOf(".") > "credential.".length) config.credentialSections.push(key.slice("credential.".length, key.lastIndexOf(".")));
    else if (/^lfs\.(url|pushurl|storage)$/.test(key)) config.lfs[key.slice(4)] = value;
    else if (/^lfs\.customtransfer\..+\.path$/.test(key)) config.lfs.agents.push(key.slice("lfs.customtransfer.".length, -".path".length));
    if (!key.startsWith("hf-hooks.")) {
      const remote = /^remote\.(.+)\.(url|pushurl|lfsurl|lfspushurl)$/.exec(key);
      if (remote?.[2] === "lfsurl" || remote?.[2] === "lfspushurl") (config.lfs.remotes[remote[1]] ??= {})[remote[2]] = value;
      else if (remote) (urls[remote[1]] ??= { url: [], pushurl: [] })[remote[2]].push(value);
      continue;
    }
    const dot = key.lastIndexOf(".");
    const name = key.slice(dot + 1);
    const host = key.slice("hf-hooks.".length, dot).toLowerCase();
    if (host) {
      const entryFor = config.hosts[host] ??= {};
      if (name === "provider") {
        if (PROVIDER_NAMES.includes(value)) entryFor.provider = value;
        else bad(key, value, `one of ${PROVIDER_NAMES.join(", ")}`);
      } else if (name === "api") entryFor.api = value.replace(/\/+$/, "");
      continue;
    }
    if (name === "enabled" || name === "strict" || name === "bridge" || name === "contentguard") {
      const v = value.toLowerCase();
      if (TRUE.has(v) || FALSE.has(v)) config[name === "contentguard" ? "contentGuard" : name] = TRUE.has(v);
      else bad(key, value, "true or false");
    } else if (name === "timeout" || name === "cachettl") {
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n)) bad(key, value, "a whole number");
      else if (name === "timeout") config.timeoutMs = n;
      else config.cacheTtl = n;
    }
  }
  const flag = env.HF_HOOKS?.toLowerCase();
  if (flag !== void 0 && FALSE.has(flag)) config.enabled = false;
  if (flag !== void 0 && TRUE.has(flag) && flag !== "") config.enabled = true;
  for (const [name, u] of Object.entries(urls)) {
    config.remotes[name] = u.pushurl.length ? u.pushurl : u.url.slice(0, 1);
    if (u.url.length) config.fetchUrls[name] = u.url[0];
  }
  return { config, problems };
}
function configFromGit(result, env) {
  return parseConfig(result.code === 0 ? result.stdout : "", env);
}
var CONFIG_ARGS = ["config", "-z", "--show-scope", "--get-regexp", "^(hf-hooks\\.|http\\.(.*\\.)?(proxy|proxyauthmethod|sslcainfo|sslcapath|sslverify)$|core\\.sshcommand$|core\\.askpass$|user\\.email$|credential\\.(.+\\.)?(helper|username|usehttppath)$|lfs\\.(url|pushurl|storage|customtransfer\\..*\\.path)$|remote\\..*\\.(url|pushurl|lfsurl|lfspushurl)$)"];

export {
  pathScopedFor,
  urlConfig,
  shQuote,
  shUnquote,
  SH_QUOTED,
  shellPath,
  HF_HOOKS_OFF,
  configFromGit,
  CONFIG_ARGS
};
