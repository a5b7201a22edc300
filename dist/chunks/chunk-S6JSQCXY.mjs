#!/usr/bin/env node
import {
  PROVIDERS,
  providerByHost
} from "./chunk-UAV5VOJE.mjs";

// hooks/remote.ts
var MAX_URL_LENGTH = 2048;
var SCHEMES = {
  ssh: "ssh",
  "git+ssh": "ssh",
  "ssh+git": "ssh",
  https: "https",
  http: "http",
  git: "git",
  file: "file"
};
var HOSTNAME = /^[a-z0-9_](?:[a-z0-9_.-]{0,252})$/;
var IPV6 = /^[0-9a-f:.]+(?:%[a-z0-9_.-]+)?$/;
var SSH_USER = /^[A-Za-z0-9._~+$][A-Za-z0-9._~+$!-]*$/;
function parseGitUrl(raw) {
  if (raw === "") return { error: "the URL is empty" };
  if (raw.length > MAX_URL_LENGTH) return { error: `the URL is ${raw.length} characters long; no remote URL is longer than ${MAX_URL_LENGTH}` };
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { error: "the URL contains a control character (a newline or a tab, from a copy-paste?)" };
  if (raw.trim() !== raw) return { error: "the URL starts or ends with a space" };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw);
  if (scheme) return parseUrlForm(scheme[1].toLowerCase(), raw.slice(scheme[0].length));
  const helper = /^([A-Za-z][A-Za-z0-9+.-]*)::/.exec(raw);
  if (helper) return { error: `the URL goes through the remote helper git-remote-${helper[1]}, which hf-hooks cannot check`, unsupported: true };
  if (isLocalPath(raw)) return { transport: "file", path: raw };
  return parseScpLike(raw);
}
function isLocalPath(raw) {
  const colon = raw.indexOf(":");
  const slash = raw.indexOf("/");
  return colon < 0 || slash >= 0 && slash < colon || /^[A-Za-z]:[\\/]/.test(raw);
}
function parseUrlForm(scheme, rest) {
  const transport = SCHEMES[scheme];
  if (!transport) return { error: `the '${scheme}://' scheme is not one hf-hooks can check`, unsupported: true };
  const slash = rest.indexOf("/");
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? "" : rest.slice(slash);
  if (transport === "file") return { transport, path: path || rest };
  const at = authority.lastIndexOf("@");
  const userinfo = at < 0 ? void 0 : authority.slice(0, at);
  const server = parseHostPort(authority.slice(at + 1), true);
  if ("error" in server) return server;
  if (/\s/.test(path) && transport !== "ssh") return { error: "the path contains a space; a web URL cannot (did a copy-paste add one?)" };
  const url = { transport, ...server, path };
  if (userinfo !== void 0) {
    const colon = userinfo.indexOf(":");
    url.user = decode(colon < 0 ? userinfo : userinfo.slice(0, colon));
    if (colon >= 0) url.password = decode(userinfo.slice(colon + 1));
    if (/[\u0000-\u001f\u007f]/.test(`${url.user}${url.password ?? ""}`)) return { error: "the user name or password in the URL holds an encoded control character (%0a, %0d, %00...)" };
  }
  return checkSshUser(url);
}
function parseScpLike(raw) {
  const at = raw.indexOf("@[");
  const open = raw.startsWith("[") ? 0 : at >= 0 && at < raw.indexOf(":") ? at + 1 : -1;
  let hostPart;
  let path;
  if (open >= 0) {
    const close = raw.indexOf("]:", open);
    if (close < 0) return { error: "the URL opens '[' but has no ']:' before the path" };
    hostPart = raw.slice(0, open) + raw.slice(open + 1, close);
    path = raw.slice(close + 2);
  } else {
    const colon = raw.indexOf(":");
    hostPart = raw.slice(0, colon);
    path = raw.slice(colon + 1);
  }
  const userAt = hostPart.lastIndexOf("@");
  const user = userAt < 0 ? void 0 : hostPart.slice(0, userAt);
  const hostPort = hostPart.slice(userAt + 1);
  const colons = hostPort.split(":").length - 1;
  const server = parseHostPort(colons > 1 ? `[${hostPort}]` : hostPort, colons === 1);
  if ("error" in server) return server;
  if (path === "") return { error: "the URL has no repository path after the colon" };
  return checkSshUser(user === void 0 ? { transport: "ssh", ...server, path } : { transport: "ssh", user, ...server, path });
}
function parseHostPort(text, portAllowed) {
  const v6 = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  const [host, port] = v6 ? [v6[1], v6[2]] : splitOnce(text, ":");
  const lower = host.toLowerCase();
  if (lower === "") return { error: "the URL has no host name" };
  if (v6 ? !IPV6.test(lower) || !lower.includes(":") : !HOSTNAME.test(lower)) {
    return { error: `'${host.slice(0, 80)}' is not a valid host name` };
  }
  if (port === void 0 || port === "") return { host: lower };
  if (!portAllowed) return { error: `a port cannot be given here (':${port.slice(0, 20)}'); use ssh://host:port/path` };
  const number = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
  if (!(number >= 1 && number <= 65535)) return { error: `port '${port.slice(0, 20)}' is not a number from 1 to 65535` };
  return { host: lower, port: number };
}
function checkSshUser(url) {
  if (url.transport !== "ssh" || url.user === void 0 || SSH_USER.test(url.user)) return url;
  return { error: `the SSH user name '${url.user.slice(0, 40)}' has characters ssh would misread` };
}
function splitOnce(text, sep) {
  const i = text.indexOf(sep);
  return i < 0 ? [text, void 0] : [text.slice(0, i), text.slice(i + 1)];
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function repoPath(path) {
  return path.replace(/^\/+|\/+$/g, "").replace(/\.git$/, "").replace(/\/+$/, "");
}
function providerFor(url, ctx) {
  if (!url.host) return "generic";
  const configured = url.port && ctx.hosts[`${url.host}:${url.port}`]?.provider || ctx.hosts[url.host]?.provider;
  if (configured) return configured;
  const deployed = Object.entries(ctx.endpoints ?? {}).find(([, endpoint]) => isDeployment(endpoint, url))?.[0];
  return deployed ?? providerByHost(url.host)?.name ?? "generic";
}
function isDeployment(endpoint, url) {
  if (!url.host || endpointHost(endpoint) !== url.host) return false;
  if (url.transport !== "http" && url.transport !== "https") return true;
  const e = new URL(endpoint);
  const endpointPort = Number(e.port) || DEFAULT_PORTS[e.protocol.slice(0, -1)];
  return (url.port ?? DEFAULT_PORTS[url.transport]) === endpointPort;
}
function endpointHost(endpoint) {
  try {
    return new URL(endpoint).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return void 0;
  }
}
function classify(raw, ctx) {
  const parsed = parseGitUrl(raw);
  if ("error" in parsed) return parsed;
  const provider = providerFor(parsed, ctx);
  const repo = parsed.transport === "file" ? void 0 : PROVIDERS[provider].parseRepo(repoPath(parsed.path));
  return repo ? { url: raw, ...parsed, provider, repo } : { url: raw, ...parsed, provider };
}
function withoutUserinfo(raw) {
  return raw.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/]*@/, "$1");
}
function origin(r) {
  const host = r.host?.includes(":") ? `[${r.host}]` : r.host ?? "";
  return `${r.transport}://${host}${r.port ? `:${r.port}` : ""}`;
}
function sameServer(a, b) {
  const family = (t) => t === "http" ? "https" : t;
  const port = (u) => u.port ?? DEFAULT_PORTS[u.transport];
  return family(a.transport) === family(b.transport) && a.host === b.host && port(a) === port(b);
}
var DEFAULT_PORTS = { ssh: 22, https: 443, http: 80, git: 9418 };
var isLoopback = (host) => host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host ?? "");

// hooks/findings.ts
var INCONCLUSIVE = /* @__PURE__ */ new Set([
  "url.malformed",
  "url.unsupported",
  "api.unreachable",
  "api.tls",
  "api.proxy",
  "api.proxy-auth",
  "api.unverified",
  "ssh.unreachable",
  "ssh.unchecked",
  "ssh.not-probed",
  "ssh.key-unconfirmed",
  "token.not-validated",
  "token.unverified",
  "content.lfs-unverified",
  "https.helper-timeout"
]);
function verdictOf(findings) {
  if (findings.some((f) => f.level === "error")) return "blocked";
  if (findings.some((f) => INCONCLUSIVE.has(f.id))) return "unknown";
  if (findings.some((f) => f.level === "warn")) return "warn";
  return "ready";
}
function allows(verdict, strict) {
  return verdict === "ready" || verdict === "warn" || verdict === "unknown" && !strict;
}
var finding = (id, level, message, fix = [], docs) => docs ? { id, level, message, fix, docs } : { id, level, message, fix };
function setUrl(remote, url, o = {}) {
  return remote ? `git remote set-url ${o.push ? "--push " : ""}${remote} ${url}` : `git push ${url}`;
}

export {
  parseGitUrl,
  repoPath,
  isDeployment,
  endpointHost,
  classify,
  withoutUserinfo,
  origin,
  sameServer,
  isLoopback,
  verdictOf,
  allows,
  finding,
  setUrl
};
