#!/usr/bin/env node
import {
  routeFor,
  routeOf,
  shownProxy
} from "./chunk-LOFWLFWJ.mjs";
import {
  cacheKey,
  describeCommand,
  effectiveSsh,
  invocation,
  isWrapperPath,
  readyKey,
  sha256,
  unwrap,
  wrappedSsh
} from "./chunk-CZAYE72Y.mjs";
import {
  CONFIG_ARGS,
  configFromGit,
  shQuote
} from "./chunk-OQJT763T.mjs";
import {
  classify,
  endpointHost,
  finding,
  isDeployment,
  isLoopback,
  origin,
  repoPath,
  sameServer,
  setUrl,
  verdictOf,
  withoutUserinfo
} from "./chunk-S6JSQCXY.mjs";
import {
  maskToken
} from "./chunk-IY7I7MBA.mjs";
import {
  ALL_TOKEN_PATTERNS,
  PROVIDERS,
  parseJson,
  sshHostFor
} from "./chunk-UAV5VOJE.mjs";
import {
  LOCAL_TIMEOUT_MS
} from "./chunk-MGBZCSPM.mjs";

// hooks/https/credentials.ts
var QUIET_ENV = "HF_HOOKS_CREDENTIAL_QUIET";
var traced = /* @__PURE__ */ new WeakMap();
async function gitCredential(url, fx, timeoutMs) {
  const asked = traced.get(fx)?.get(url);
  if (asked) return (await asked).credential;
  return (await fill(url, fx, timeoutMs, false)).credential;
}
async function fill(url, fx, timeoutMs, trace) {
  const r = await fx.run("git", ["credential", "fill"], {
    input: `url=${url}

`,
    timeoutMs,
    // Our own helper stays silent while we ask; run() already disables every prompt.
    env: { ...fx.env, [QUIET_ENV]: "1", GIT_TERMINAL_PROMPT: "0", ...trace && { GIT_TRACE: "2" } }
  });
  if (r.timedOut) return { credential: { timedOut: true }, helpers: trace ? helpersIn(r.stderr) : [] };
  const attrs = r.code === 0 ? parseAttributes(r.stdout) : {};
  return { ...attrs.password && { credential: { username: attrs.username, password: attrs.password } }, helpers: trace ? helpersIn(r.stderr) : [] };
}
async function helpersAsked(url, fx, timeoutMs) {
  const byUrl = traced.get(fx) ?? traced.set(fx, /* @__PURE__ */ new Map()).get(fx);
  const run = byUrl.get(url) ?? fill(url, fx, timeoutMs, true);
  byUrl.set(url, run);
  return (await run).helpers;
}
function helpersIn(trace) {
  const helpers = [];
  for (const line of trace.split("\n")) {
    const m = /trace: run_command: '(.*) get'$/.exec(line);
    if (!m) continue;
    const cmd = m[1].replace(/'\\''/g, "'");
    helpers.push(/\/hf-hooks\/[^/]+\/credential'/.test(cmd) ? "hf-hooks" : cmd.replace(/^git credential-/, ""));
  }
  return helpers;
}
function parseAttributes(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1).replace(/\r$/, "");
  }
  return out;
}

// hooks/version.ts
var VERSION = true ? "0.1.0" : "dev";

// hooks/https/api.ts
function apiBase(remote, provider, config) {
  const host = remote.host ?? "";
  const hostPort = remote.port ? `${host}:${remote.port}` : host;
  const configured = config.hosts[hostPort]?.api ?? config.hosts[host]?.api;
  if (configured) return { base: configured };
  const endpoint = config.endpoints[provider.name];
  if (endpoint && isDeployment(endpoint, remote)) return { base: endpoint };
  const official = provider.apiFor?.(host);
  if (official) return { base: official };
  if (remote.transport === "https" || isLoopback(host)) return { base: `${remote.transport}://${remote.host?.includes(":") ? `[${host}]` : host}${remote.port ? `:${remote.port}` : ""}` };
  return { refuse: `the API of ${host} would be reached over plain http; set hf-hooks.${host}.api to allow it` };
}

// hooks/https/guidance.ts
function guidanceFor(remote, provider, remoteName, store) {
  const host = remote.host ?? "";
  const path = repoPath(remote.path);
  const official = provider.hosts.includes(host);
  return {
    remoteName,
    provider,
    scheme: remote.transport,
    host,
    hostPort: remote.port ? `${host}:${remote.port}` : host,
    url: remote.url,
    repo: remote.repo,
    store,
    ...official && path && { sshUrl: `git@${sshHostFor(provider, host)}:${path}` }
  };
}
var sshInstead = (c) => c.sshUrl ? [`or use SSH with a registered key: ${setUrl(c.remoteName, c.sshUrl)}`] : [];
function noCredential(c, local2, canAsk) {
  const minted = c.provider.mintedToken?.(c.store.env);
  if (minted) {
    return finding(
      "https.token-minted",
      canAsk ? "warn" : "error",
      `Git has no credential for ${c.scheme}://${c.hostPort}: ${minted.why}.
` + (canAsk ? "Git will ask for a password instead." : "Git cannot ask anyone for one here, so this push cannot authenticate."),
      minted.fix,
      c.provider.tokensPage
    );
  }
  const handOver = local2[0] && c.provider.storeLocalToken?.(local2[0], c.store);
  const store = [...handOver ? handOver.map((s, i) => i === handOver.length - 1 ? `${s}    # store that token for Git` : s) : [], ...handOver ? [] : c.provider.storeToken(c.store)];
  const have = local2[0] && !c.store.bridge ? ` You do have a ${c.provider.label} token in ${local2[0].source}, but Git does not read it.` : "";
  if (canAsk) {
    return finding(
      "https.no-credential",
      "warn",
      `Git has no stored credential for ${c.scheme}://${c.hostPort}, so it will ask for a user name and password.${have}
Paste an access token as the password: ${c.provider.label} refuses account passwords for Git.`,
      [...store, ...sshInstead(c)],
      c.provider.tokensPage
    );
  }
  return finding(
    "https.no-credential",
    "error",
    `Git has no credential for ${c.scheme}://${c.hostPort}, and nothing can ask for one here (no terminal, no askpass), so this push cannot authenticate.${have}`,
    [...store, ...sshInstead(c)],
    c.provider.tokensPage
  );
}
function hostAlias(c, alias, canAsk) {
  const port = c.hostPort.slice(c.host.length);
  return finding(
    "https.host-alias",
    canAsk ? "warn" : "error",
    `Git has a credential for ${alias.host}${port}, but this remote says ${c.hostPort}.
Credential helpers match the host name exactly, so Git finds nothing for this push${canAsk ? " and will ask for a password" : ", and nothing can ask for one here"}.`,
    [
      `${setUrl(c.remoteName, c.url.replace(/^(\w+:\/\/)([^/@]*@)?[^/:]+/, `$1$2${alias.host}`))}    # use the host the token is stored for`,
      `or copy the credential to ${c.host}: printf 'protocol=${c.scheme}\\nhost=${alias.host}${port}\\n\\n' | git credential fill | sed 's/^host=.*/host=${c.hostPort}/' | git credential approve`
    ],
    c.provider.tokensPage
  );
}
function passwordNotToken(c, cred, why) {
  return finding(
    "https.password-not-token",
    "error",
    `The password Git has stored for ${cred.username ? `${cred.username}@` : ""}${c.hostPort} is not an access token: ${why}.
The server would answer "Authentication failed".`,
    [
      `Create a token with write access: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`,
      `${reject(c)}    # forget the stored password`,
      ...c.provider.storeToken(c.store)
    ],
    c.provider.tokensPage
  );
}
function unverified(c, cred, why) {
  return finding(
    "token.unverified",
    "warn",
    `The password Git has stored for ${cred.username ? `${cred.username}@` : ""}${c.hostPort} may not be an access token: ${why}.
hf-hooks could not confirm it with ${c.provider.label}, so it lets Git try.`,
    [`If the push is refused, create a token: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`, `${reject(c)}    # then forget the stored password`, ...c.provider.storeToken(c.store)],
    c.provider.tokensPage
  );
}
function envOverride(c, t) {
  const handOver = c.provider.storeLocalToken?.(t, c.store);
  return finding(
    "token.env-override",
    "info",
    `Git pushes with the token stored in its credential helper, not the one in ${t.source} (${maskToken(t.token)}).
${c.provider.localTools ?? `${c.provider.label}'s tools`} use ${t.source} first; git never reads it, so the two can disagree.`,
    handOver ? [...handOver.slice(0, -1), `${handOver[handOver.length - 1]}    # if Git should use that one too`] : []
  );
}
function unreachable(api, detail) {
  return finding(
    "api.unreachable",
    "warn",
    `Could not ask ${api} whether the token may push: ${detail}.
hf-hooks cannot confirm the token, so it lets Git try.`,
    [`hf-hooks.timeout is the budget in ms (git config hf-hooks.timeout 8000); HF_HOOKS=0 skips the check`]
  );
}
var notValidated = (provider, why = "Offline") => finding("token.not-validated", "info", `${why}: not confirmed with ${provider.label} whether this token is valid and may push here.`);
var reject = (c) => `printf 'protocol=${c.scheme}\\nhost=${c.hostPort}\\n\\n' | git credential reject`;
var WEEK = 7 * 864e5;
var day = (ms) => new Date(ms).toISOString().slice(0, 10);
function expiring(c, expires, now, user) {
  if (expires === void 0 || expires <= now || expires - now > WEEK) return void 0;
  return finding(
    "token.expiring",
    "warn",
    `The token Git has stored for ${c.hostPort}${user ? ` (${user})` : ""} expires on ${day(expires)}.
Pushes work until then, and fail with "Authentication failed" after.`,
    [`Create a new token before then: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`, `${reject(c)}    # then forget the old one`, ...c.provider.storeToken(c.store)],
    c.provider.tokensPage
  );
}
function tokenFinding(t, c, api) {
  const page = c.provider.tokensPage;
  const where = c.repo ? `${c.repo.namespace ? `${c.repo.namespace}/` : ""}${c.repo.name}` : c.hostPort;
  const store = c.provider.storeToken(c.store);
  switch (t.kind) {
    case "ok":
      return finding("token.ok", "ok", `Git pushes to ${c.hostPort} as ${t.user} (token: ${t.role})${t.note ? `; ${t.note}` : ""}.`);
    case "invalid":
      return finding(
        "token.invalid",
        "error",
        `The token Git has stored for ${c.hostPort} is not valid: ${api} rejected it (401).
It was revoked, deleted, expired or mistyped; the push would fail with "Authentication failed".`,
        [`Create a new token: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}    # forget the dead one`, ...store],
        page
      );
    case "read-only":
      return finding(
        "token.read-only",
        t.certain ? "error" : "warn",
        `The token Git would push with (${t.user}) is read-only: ${t.detail}.
` + (t.certain ? `${c.provider.label} lets it clone but refuses the push.` : `${c.provider.label} may refuse the push; hf-hooks lets Git try.`),
        [`Create a token with write access: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}    # forget the read-only one`, ...store],
        page
      );
    case "no-write":
      return noWrite(t, c, where, store);
    case "not-found":
      return finding(
        "repo.not-found",
        "error",
        `${c.provider.label} has no repository ${t.repo} that ${t.user} can see: it does not exist, or it is private to others.
${c.provider.label} does not create repositories on push; Git would only say "repository not found".`,
        [...t.create ? [`${t.create}    # if it should be new`] : [], `or check the URL: git remote -v`, `or ask the owner for access`]
      );
    case "sso-required":
      return finding(
        "token.sso-required",
        "error",
        `The token Git has stored for ${c.hostPort} (${t.user}) is not authorised for the single sign-on this organization requires.
${c.provider.label} refuses it for this repository until it is.`,
        [`Authorise it: ${t.url ?? `${page ?? "the token settings"} > Configure SSO`}`],
        page
      );
    case "expired":
      return finding(
        "token.expired",
        "error",
        `The token Git has stored for ${c.hostPort}${t.user ? ` (${t.user})` : ""} expired on ${t.when}.
The push would fail with "Authentication failed".`,
        [`Create a new token: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}`, ...store],
        page
      );
    case "unknown":
      return unreachable(api, t.detail);
  }
}
function noWrite(t, c, where, store) {
  const page = c.provider.tokensPage;
  const owner = t.namespace.split("/")[0];
  const own = owner === t.user;
  return finding(
    "token.no-write-access",
    t.certain ? "error" : "warn",
    `${t.user}'s token ${t.certain ? "cannot" : "may not"} push to ${where}: ${t.detail}.
` + (t.certain ? `${c.provider.label} would refuse the push after the upload.` : `hf-hooks cannot be sure, so it lets Git try.`),
    [
      own ? `Create a token with write access to ${owner}: ${page ?? `the token settings of ${c.host}`}` : `Ask an admin of ${owner} for write access${page ? `, then use a token with write access: ${page}` : ""}`,
      ...t.fix ?? [],
      ...!own && c.repo?.name ? [`or push to your own namespace: ${setUrl(c.remoteName, c.url.replace(/\/[^/]+\/[^/]+\/?$/, `/${t.user}/${c.repo.name}`))}`] : [],
      ...own ? [reject(c), ...store] : []
    ],
    page
  );
}
function bridgedFrom(remote, source) {
  return finding(
    "https.bridged",
    "info",
    `Git gets its token for ${withoutUserinfo(remote.url)} from ${source}, through hf-hooks' credential helper (no helper of yours has one).
After a push that works, Git hands it to your storage helper, if you have one; \`git config hf-hooks.bridge false\` turns this off.`
  );
}
function helperOrder(remote, helpers) {
  const where = withoutUserinfo(remote.url);
  if (!helpers.length) return finding("https.helpers", "info", `Git has no credential helper for ${where}.`);
  return finding("https.helpers", "info", `Git asks these credential helpers for ${where}, in this order, until one answers: ${helpers.map((h, i) => `${i + 1}. ${h}`).join("  ")}.`);
}

// hooks/https/store.ts
var COUNTED = /^[\w\-/]+(\s|$)/;
var platformHelper = (platform) => platform === "darwin" ? "osxkeychain" : platform === "win32" ? "manager" : "store";
function storeContext(remote, config, env, platform = process.platform) {
  const storageHelper = config.credentialHelpers.find((h) => COUNTED.test(h));
  const bridge = bridgeServes(remote, config, env);
  return { ...bridge && { bridge }, ...storageHelper && { storageHelper }, platformHelper: platformHelper(platform), url: origin(remote), env };
}
function bridgeServes(remote, config, env) {
  const hosts = PROVIDERS[remote.provider].bridgeHosts?.(env);
  if (!config.bridge || !hosts || !remote.host) return false;
  if (!(remote.transport === "https" || remote.transport === "http" && isLoopback(remote.host))) return false;
  const port = remote.port && remote.port !== (remote.transport === "https" ? 443 : 80) ? `:${remote.port}` : "";
  return hosts.includes(`${remote.host}${port}`);
}

// hooks/net/guidance.ts
var API_FAILURES = /* @__PURE__ */ new Set(["api.unreachable", "api.tls", "api.proxy", "api.proxy-auth", "api.unverified"]);
var LETS = "hf-hooks cannot confirm the token, so it lets Git try.";
var PROXY_HINT = "If this network reaches the internet only through a proxy, tell Git (hf-hooks follows it): git config --global http.proxy http://PROXY-HOST:PORT";
var CA_HINT = "git config --global http.sslCAInfo /path/to/your-network-ca.pem    # Git and hf-hooks both trust it";
function apiFailure(api, f, route, asked = "whether the token may push") {
  const what = `Could not ask ${api} ${asked}: ${f.error}.`;
  switch (f.failure) {
    case "tls":
      return tls(what, f, route);
    case "proxy":
      return proxy(what, route);
    case "proxy-auth":
      return proxyAuth(what, route);
    case "unverified":
      return finding(
        "api.unverified",
        "warn",
        `${what}
Git will send the token anyway, to whoever answers: ${route.unverified} turns off the check that it is ${hostOf(api)}.`,
        [...verifyAgain(route.unverified ?? ""), CA_HINT.replace("both trust it", "both trust it, instead of trusting anyone")]
      );
    case "timeout":
      return finding(
        "api.unreachable",
        "warn",
        `${what}
${LETS}`,
        ["hf-hooks.timeout is the budget in ms (git config hf-hooks.timeout 8000); HF_HOOKS=0 skips the check", ...route.proxy || route.direct ? [] : [PROXY_HINT]]
      );
    case "dns":
      return finding(
        "api.unreachable",
        "warn",
        `${what}
${LETS}`,
        route.direct?.includes("covers") ? [`${route.direct}: if ${hostOf(api)} is reached through the proxy, take it out of that list`] : route.proxy ? [] : [PROXY_HINT]
      );
    default:
      return finding("api.unreachable", "warn", `${what}
${LETS}`, route.proxy || route.direct ? [] : [PROXY_HINT]);
  }
}
function tls(what, f, route) {
  const tried = route.ca.length ? `
The certificates hf-hooks was given (${route.ca.map((c) => `${c.path}, from ${c.source}`).join("; ")}) do not sign it either.` : "";
  return finding(
    "api.tls",
    "warn",
    `${what}${tried}
Git may trust it where hf-hooks does not, so it lets Git try.`,
    f.untrusted ? [`If your network inspects TLS with its own CA, name that CA: ${CA_HINT}`, "or, for one shell: export GIT_SSL_CAINFO=/path/to/your-network-ca.pem"] : []
  );
}
function proxy(what, route) {
  const where = route.invalid ? route.invalid.split(":")[0] : route.proxy?.source;
  const env = where && /^[a-z_]+$/i.test(where) ? where : void 0;
  return finding(
    "api.proxy",
    "warn",
    `${what}
The proxy is ${route.proxy ? `${shownProxy(route.proxy.url)}, from ${route.proxy.source}` : `set in ${where}`}; Git uses the same one, so the push is likely to fail too. hf-hooks lets Git try.`,
    env ? [`export ${env}=http://PROXY-HOST:PORT    # the proxy your network uses`] : ["git config --show-origin --get-all http.proxy    # where it is set", "git config --global http.proxy http://PROXY-HOST:PORT    # the proxy your network uses"]
  );
}
function proxyAuth(what, route) {
  const p = route.proxy;
  const method = route.proxyAuthMethod?.toLowerCase();
  const hasLogin = /^[a-z0-9]+:\/\/[^/@]+@/i.test(p.url);
  const why = method && method !== "basic" && method !== "anyauth" ? `Git logs in to it with ${method} (http.proxyAuthMethod); hf-hooks speaks only Basic to proxies, so it lets Git try.` : hasLogin ? `It refused the login in ${p.source}. hf-hooks lets Git try.` : "hf-hooks sends a proxy login only when it is in the proxy URL; Git may get one from a credential helper, so it lets Git try.";
  const host = shownProxy(p.url).replace(/^[a-z0-9]+:\/\/([^/@]*@)?/i, "");
  return finding(
    "api.proxy-auth",
    "warn",
    `${what}
${why}`,
    hasLogin || method && method !== "basic" && method !== "anyauth" ? [] : [`Put the login in the proxy URL, where Git and hf-hooks both read it: http://USER:PASSWORD@${host} (in ${p.source})`]
  );
}
function verifyAgain(why) {
  if (why.startsWith("GIT_SSL_NO_VERIFY")) return ["unset GIT_SSL_NO_VERIFY    # verify certificates again"];
  const scope = /\((global|system|local|worktree)\)/.exec(why)?.[1];
  const key = why.split(" ")[0];
  return [`git config${scope ? ` --${scope}` : ""} --unset ${key}    # verify certificates again`];
}
var hostOf = (api) => {
  try {
    return new URL(api).host;
  } catch {
    return api;
  }
};
function routeFinding(url, route) {
  const parts = [];
  if (route.proxy) parts.push(`via the proxy ${shownProxy(route.proxy.url)} (from ${route.proxy.source})`);
  else if (route.direct) parts.push(`direct (${route.direct})`);
  else if (route.invalid) parts.push(`nowhere: ${route.invalid}`);
  if (route.ca.length) parts.push(`trusting, besides Node's roots, ${route.ca.map((c) => `${c.path} (from ${c.source})`).join(", ")}`);
  if (route.unverified) parts.push(`with no token sent: ${route.unverified}`);
  if (!parts.length) return void 0;
  return finding("api.route", "info", `API requests for ${url.replace(/\/\/[^/@]*@/, "//")} go ${parts.join("; ")}.`);
}
function routeShown(route) {
  const shown = {
    ...route.proxy && { proxy: shownProxy(route.proxy.url), proxySource: route.proxy.source },
    ...route.direct && { direct: route.direct },
    ...route.invalid && { invalid: route.invalid },
    ...route.ca.length && { ca: route.ca.map(({ path, source }) => ({ path, source })) },
    ...route.unverified && { unverified: route.unverified }
  };
  return Object.keys(shown).length ? shown : void 0;
}

// hooks/https/check.ts
async function checkHttps(remote, config, fx, o) {
  const provider = PROVIDERS[remote.provider];
  if (!provider.tokenShape) return { findings: [] };
  const [credential, local2] = await Promise.all([gitCredential(remote.url, fx, LOCAL_TIMEOUT_MS), localTokens(provider, fx)]);
  if (credential?.timedOut) return { findings: [helperTimeout(remote)] };
  if (!credential?.password) {
    const asked = await fx.cache.get(askedKey(remote), ASKED_TTL_SECONDS);
    if (asked?.findings && !o.scope.reviewOnly) return { findings: asked.findings };
    const bridge = await bridged(remote, config, fx, { remoteName: o.remoteName, deadline: o.deadline, scope: o.scope, network: o.network });
    if (bridge && !("refused" in bridge)) return { findings: [bridgedFrom(remote, bridge.source), ...bridge.findings] };
    return { findings: [...bridge ? [bridge.refused] : [], await missingCredential(remote, config, fx, o, local2)] };
  }
  const password = credential.password;
  return { findings: await diagnoseCredential(remote, credential, config, fx, o, local2), readyKey: (url) => readyKey(VERSION, url, password) };
}
function helperTimeout(remote) {
  const url = withoutUserinfo(remote.url);
  return finding(
    "https.helper-timeout",
    "warn",
    `A credential helper did not answer within ${LOCAL_TIMEOUT_MS / 1e3} s when asked for ${url}.
Git asks the same helpers before it pushes, so the push waits on it too; if it never answers, the push hangs there.`,
    [
      `printf 'url=%s\\n\\n' ${shQuote(url)} | GIT_TRACE=1 git credential fill    # shows which helper Git runs last before it waits`,
      "git config --show-origin --get-all credential.helper    # where each helper is set"
    ]
  );
}
var ASKED_TTL_SECONDS = 120;
var askedKey = (remote) => cacheKey("asked", VERSION, origin(remote), repoPath(remote.path));
var localTokens = async (provider, fx) => await provider.localTokens?.(fx) ?? [];
var guidance = (remote, config, fx, remoteName) => guidanceFor(remote, PROVIDERS[remote.provider], remoteName, storeContext(remote, config, fx.env));
async function missingCredential(remote, config, fx, o, local2) {
  const c = guidance(remote, config, fx, o.remoteName);
  const alias = await aliasCredential(remote, config, fx);
  if (alias) return hostAlias(c, alias, o.gitCanAsk);
  return noCredential(c, local2 ?? await localTokens(c.provider, fx), o.gitCanAsk);
}
async function diagnoseCredential(remote, credential, config, fx, o, local2) {
  const c = guidance(remote, config, fx, o.remoteName);
  const provider = c.provider;
  const password = credential.password ?? "";
  const shape = provider.tokenShape?.(password, fx.now(), credential.username) ?? { kind: "token" };
  if (shape.kind === "not-token") return [passwordNotToken(c, credential, shape.why)];
  if (shape.kind === "unknown" && o.rejected) return [passwordNotToken(c, credential, `${c.hostPort} refused it, and ${shape.why}`)];
  const tokens = local2 ?? await localTokens(provider, fx);
  const findings = [];
  const inUse = tokens.find((t) => t.inUse);
  if (inUse && inUse.token !== password) findings.push(envOverride(c, inUse));
  const recorded = tokens.find((t) => t.token === password)?.expires;
  const api = apiBase(remote, provider, config);
  const requests = "base" in api ? provider.tokenRequests?.(api.base, password, remote.repo) ?? [] : [];
  if (!o.network || "refuse" in api || !requests.length || !provider.interpretToken) {
    const why = !o.network ? notValidated(provider) : "refuse" in api ? unreachable("not asked", api.refuse) : provider.tokenRequests ? notValidated(provider, `${provider.label}'s API cannot describe this kind of token`) : void 0;
    const known = unconfirmed(c, credential, shape, recorded, fx.now());
    return [...findings, ...known, ...why && !known.some((f) => f.level === "error") ? [why] : []];
  }
  const base = api.base;
  const repo = remote.repo ? `${remote.repo.type ?? ""}:${remote.repo.namespace ?? ""}/${remote.repo.name}` : "";
  const key = cacheKey("token", VERSION, base, sha256(password), repo, o.scope.reviewOnly ? "review" : "push");
  const cached = await fx.cache.get(key, config.cacheTtl);
  const routeTo = (url) => routeOf(remote, url, config.http, fx.env);
  const route = routeTo(requests[0].url);
  const check2 = cached?.kind === "ok" ? cached : await ask(provider, requests, remote, fx, o, routeTo);
  if ("error" in check2) return [...findings, ...unconfirmed(c, credential, shape, recorded, fx.now()), apiFailure(base, check2, route)];
  if (check2.kind === "ok" && cached !== check2) await fx.cache.set(key, check2);
  if (check2.kind === "invalid" && shape.kind === "unknown") return [...findings, passwordNotToken(c, credential, `${base} rejected it (401), and ${shape.why}`)];
  if (check2.kind === "invalid" && recorded !== void 0 && recorded <= fx.now()) return [...findings, tokenFinding({ kind: "expired", when: day2(recorded) }, c, base)];
  const soon = check2.kind === "ok" ? expiring(c, check2.expires ?? recorded, fx.now(), check2.user) : void 0;
  return [...findings, tokenFinding(check2, c, base), ...soon ? [soon] : []];
}
var day2 = (ms) => new Date(ms).toISOString().slice(0, 10);
function unconfirmed(c, credential, shape, recorded, now) {
  if (recorded !== void 0 && recorded <= now) return [tokenFinding({ kind: "expired", when: day2(recorded) }, c, "")];
  if (shape.kind === "unknown") return [unverified(c, credential, shape.why)];
  const soon = expiring(c, recorded, now);
  return soon ? [soon] : [];
}
async function ask(provider, requests, remote, fx, o, routeTo) {
  const answers = await Promise.all(requests.map((r) => fx.httpGet(r.url, r.headers, o.deadline - fx.now(), routeTo(r.url))));
  const [first, ...rest] = answers;
  if ("error" in first) return first;
  return provider.interpretToken([first, ...rest.map((a) => "error" in a ? void 0 : a)], remote.repo, fx.now(), o.scope);
}
function aliasHosts(remote, config) {
  const provider = PROVIDERS[remote.provider];
  const hosts = new Set(provider.hosts);
  for (const [host, c] of Object.entries(config.hosts)) if (c.provider === remote.provider) hosts.add(host.replace(/:\d+$/, ""));
  const endpoint = config.endpoints[provider.name];
  const endpointName = endpoint ? endpointHost(endpoint) : void 0;
  if (endpointName) hosts.add(endpointName);
  hosts.delete(remote.host ?? "");
  return [...hosts];
}
async function aliasCredential(remote, config, fx) {
  for (const host of aliasHosts(remote, config)) {
    const url = `${origin({ ...remote, host })}${remote.path}`;
    if ((await gitCredential(url, fx, LOCAL_TIMEOUT_MS))?.password) return { host };
  }
  return void 0;
}

// hooks/https/bridge.ts
var ACCEPTED = /* @__PURE__ */ new Set(["token.ok", "token.read-only", "token.no-write-access", "repo.not-found", "token.sso-required"]);
async function bridged(remote, config, fx, o) {
  const provider = PROVIDERS[remote.provider];
  if (!bridgeServes(remote, config, fx.env) || !provider.localTokens) return void 0;
  const local2 = (await provider.localTokens(fx)).find((t) => t.inUse);
  if (!local2) return void 0;
  const unverified3 = routeOf(remote, remote.url, config.http, fx.env).unverified;
  if (unverified3) return { refused: notHandedOver(remote, local2, [finding("api.unverified", "warn", `${unverified3}: Git does not check that it is talking to ${remote.host}`)]) };
  const token = local2.expires !== void 0 && local2.expires <= fx.now() ? await renew(local2, remote, fx, o.deadline) : local2;
  if ("refused" in token) return token;
  const network = o.network ?? true;
  const findings = await diagnoseCredential(remote, { password: token.token }, config, fx, {
    network,
    deadline: o.deadline,
    remoteName: o.remoteName,
    gitCanAsk: false,
    scope: o.scope
  });
  if (network && !findings.some((f) => ACCEPTED.has(f.id))) return { refused: notHandedOver(remote, local2, findings) };
  const source = token === local2 ? `${local2.source}${provider.localTools ? ` (${provider.localTools}'s token)` : ""}` : `\`${token.source}\``;
  return { username: provider.tokenQuestion?.user ?? "git", password: token.token, source, findings };
}
async function renew(t, remote, fx, deadline) {
  const cli = PROVIDERS[remote.provider].cli;
  const day3 = new Date(t.expires).toISOString().slice(0, 10);
  if (cli?.renew) {
    const [cmd, ...args] = cli.renew;
    const r = await fx.run(cmd, args, { env: fx.env, timeoutMs: Math.max(0, deadline - fx.now()) });
    const fresh = r.stdout.trim().split("\n").pop()?.trim();
    if (r.code === 0 && fresh && fresh !== t.token && !/\s/.test(fresh)) return { token: fresh, source: `${cli.renew.join(" ")}`, inUse: true };
  }
  const provider = PROVIDERS[remote.provider];
  return {
    refused: finding(
      "token.expired",
      "warn",
      `${provider.localTools ?? provider.label}'s login (${maskToken(t.token)}, in ${t.source}) expired on ${day3}${cli?.renew ? `, and \`${cli.renew.join(" ")}\` could not renew it` : ""}, so hf-hooks did not hand it to Git.`,
      [cli?.login ?? `Log in to ${provider.label} again`],
      provider.tokensPage
    )
  };
}
function notHandedOver(remote, t, findings) {
  const provider = PROVIDERS[remote.provider];
  const why = findings.find((f) => f.level === "error" || f.level === "warn");
  const said = why ? why.message.split("\n")[0] : "it could not be confirmed";
  return finding(
    "https.bridge-refused",
    "warn",
    `The ${provider.label} token in ${t.source} (${maskToken(t.token)}) was not handed to Git: ${said}`,
    [provider.cli?.login ?? `Create a new token: ${provider.tokensPage}`, ...why && API_FAILURES.has(why.id) ? why.fix : []],
    provider.tokensPage
  );
}

// hooks/prompts.ts
var set = (v) => v !== void 0 && v !== "";
function sshCanAsk(env, terminal, batchMode) {
  if (batchMode) return false;
  if (terminal) return true;
  const require2 = env.SSH_ASKPASS_REQUIRE?.toLowerCase();
  if (!set(env.SSH_ASKPASS) || require2 === "never") return false;
  return require2 === "force" || set(env.DISPLAY) || set(env.WAYLAND_DISPLAY);
}
var FALSE = /* @__PURE__ */ new Set(["", "0", "false", "no", "off"]);
function askpassOf(env, coreAskPass) {
  const askpass = env.GIT_ASKPASS ?? coreAskPass ?? env.SSH_ASKPASS;
  return set(askpass) ? askpass : void 0;
}
function gitCanAsk(env, terminal, coreAskPass) {
  if (askpassOf(env, coreAskPass)) return true;
  const prompt = env.GIT_TERMINAL_PROMPT;
  return terminal && !(prompt !== void 0 && FALSE.has(prompt.toLowerCase()));
}

// hooks/refs.ts
var OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var MAX_LINES = 1e5;
function parseRefLines(input) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return { error: "standard input is binary, not the ref lines Git sends a pre-push hook" };
  }
  if (text.includes("\0")) return { error: "standard input contains NUL bytes, not the ref lines Git sends a pre-push hook" };
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length > MAX_LINES) return { error: `standard input has ${lines.length} lines; Git sends one per ref` };
  const refs = [];
  for (const [i, line] of lines.entries()) {
    const ref = parseRefLine(line);
    if (!ref) return { error: `line ${i + 1} of standard input is not '<local ref> <local oid> <remote ref> <remote oid>': ${JSON.stringify(line.slice(0, 80))}` };
    refs.push(ref);
  }
  return { refs };
}
function parseRefLine(line) {
  const fields = line.split(" ");
  if (fields.length < 4) return void 0;
  const [localOid, remoteRef, remoteOid] = fields.slice(-3);
  const localRef = fields.slice(0, -3).join(" ");
  if (!localRef || !OID.test(localOid) || !OID.test(remoteOid) || !remoteRef.startsWith("refs/")) return void 0;
  return { localRef, localOid, remoteRef, remoteOid, deletion: /^0+$/.test(localOid) };
}

// hooks/target.ts
function contextFor(config, fx, network = true) {
  const terminal = fx.terminal();
  return { config, network, deadline: fx.now() + config.timeoutMs, terminal, gitCanAsk: gitCanAsk(fx.env, terminal, config.askPass) };
}
function targetFor(input, config) {
  const parsed = classify(input.url, config);
  const base = { ...input.refs && { refs: input.refs }, ...input.credential && { credential: input.credential }, ...input.asked && { asked: input.asked } };
  if (input.remote && input.remote !== input.url) return { remote: input.remote, url: input.url, parsed, ...base };
  if ("error" in parsed) return { url: input.url, parsed, ...base };
  const match = findRemote(parsed, config);
  if (!match) return { url: input.url, parsed, ...base };
  return !repoPath(parsed.path) ? { remote: match.name, url: match.url, parsed: match.parsed, ...base } : { remote: match.name, url: input.url, parsed, ...base };
}
function findRemote(asked, config) {
  const wanted = repoPath(asked.path);
  for (const [name, urls] of Object.entries(config.remotes)) {
    for (const url of urls) {
      const c = classify(url, config);
      if ("error" in c || !sameServer(c, asked)) continue;
      if (!wanted || repoPath(c.path) === wanted) return { name, url, parsed: c };
    }
  }
  return void 0;
}

// hooks/ssh/check.ts
import { join } from "node:path";

// hooks/ssh/config.ts
var STRICT = {
  yes: "yes",
  true: "yes",
  ask: "ask",
  "accept-new": "accept-new",
  no: "no",
  false: "no",
  off: "no"
};
function parseSshG(output, local2) {
  const values = /* @__PURE__ */ new Map();
  for (const line of output.split("\n")) {
    const m = /^(\S+)\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    const key = m[1].toLowerCase();
    values.set(key, [...values.get(key) ?? [], m[2]]);
  }
  const one = (k) => values.get(k)?.[0];
  const config = {
    user: one("user") ?? local2.user,
    hostname: one("hostname") ?? "",
    port: Number(one("port") ?? 22),
    identityFiles: [],
    identitiesOnly: one("identitiesonly") === "yes",
    userKnownHostsFiles: (one("userknownhostsfile") ?? "").split(/\s+/).filter(Boolean),
    globalKnownHostsFiles: (one("globalknownhostsfile") ?? "").split(/\s+/).filter(Boolean),
    strictHostKeyChecking: STRICT[one("stricthostkeychecking") ?? "ask"] ?? "ask",
    batchMode: one("batchmode") === "yes"
  };
  const alias = one("hostkeyalias");
  if (alias && alias !== "none") config.hostKeyAlias = alias;
  const agent = one("identityagent");
  if (agent && agent !== "none") config.identityAgent = agent;
  config.identityFiles = (values.get("identityfile") ?? []).map((f) => expandTokens(f, config, local2));
  return config;
}
function expandTokens(path, c, local2) {
  const withHome = path === "~" || path.startsWith("~/") ? local2.home + path.slice(1) : path;
  const tokens = { "%": "%", d: local2.home, u: local2.user, h: c.hostname, r: c.user, p: String(c.port) };
  return withHome.replace(/%(.)/g, (all, t) => tokens[t] ?? all);
}
var knownHostsName = (host, port) => port === 22 ? host : `[${host}]:${port}`;
var knownHostsEntry = (c) => c.hostKeyAlias ?? knownHostsName(c.hostname, c.port);

// hooks/ssh/keys.ts
import { createHash } from "node:crypto";
function parseAgentList(code, stdout) {
  if (code === 0) return { state: "keys", fingerprints: [...stdout.matchAll(/\b(SHA256:[A-Za-z0-9+/]+)/g)].map((m) => m[1]) };
  return { state: code === 1 ? "empty" : "none", fingerprints: [] };
}
function fingerprintOf(publicKeyLine) {
  const blob = publicKeyLine.trim().split(/\s+/)[1];
  if (!blob || !/^[A-Za-z0-9+/]+=*$/.test(blob)) return void 0;
  return `SHA256:${createHash("sha256").update(Buffer.from(blob, "base64")).digest("base64").replace(/=+$/, "")}`;
}
function usableFingerprints(keys, agent, identitiesOnly) {
  const fromFiles = keys.filter((k) => k.state === "usable").map((k) => k.fingerprint ?? k.path);
  const fileFingerprints = new Set(keys.map((k) => "fingerprint" in k ? k.fingerprint : void 0).filter(Boolean));
  const fromAgent = identitiesOnly ? agent.fingerprints.filter((f) => fileFingerprints.has(f)) : agent.fingerprints;
  return [.../* @__PURE__ */ new Set([...fromAgent, ...fromFiles])].sort();
}
function judgeKeys(keys, agent, c) {
  const usable = usableFingerprints(keys, agent, c.identitiesOnly);
  const tooOpen = keys.filter((k) => k.state === "too-open");
  if (usable.length) {
    return tooOpen.length ? [permissions(tooOpen, "warn", c)] : [];
  }
  if (tooOpen.length) return [permissions(tooOpen, "error", c)];
  const locked = keys.filter((k) => k.state === "locked");
  if (locked.length) return [lockedKeys(locked.map((k) => k.path), agent, c)];
  return [noKey(keys, agent, c)];
}
var httpsAlternative = (c) => c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : [];
function permissions(keys, level, c) {
  const list = keys.map((k) => `${k.path} (mode ${k.mode.toString(8).padStart(3, "0")})`).join(", ");
  return finding(
    "ssh.key-permissions",
    level,
    `ssh will not use ${keys.length > 1 ? "these private keys" : "the private key"} ${list}: other users can read ${keys.length > 1 ? "them" : "it"}.
` + (level === "error" ? "It is the only key ssh could offer, so the push cannot authenticate." : 'ssh skips it with an "UNPROTECTED PRIVATE KEY FILE" warning and tries your other keys.'),
    keys.map((k) => `chmod 600 '${k.path}'`),
    c.provider.keysPage
  );
}
function lockedKeys(paths, agent, c) {
  const why = agent.state === "none" ? "no ssh-agent is running" : "the ssh-agent does not hold it";
  if (c.canAsk) {
    return finding(
      "ssh.key-locked",
      "info",
      `ssh will ask for the passphrase of ${paths.join(", ")} (${why}).`,
      paths.map((p) => `ssh-add '${p}'    # once, to stop being asked`)
    );
  }
  return finding(
    "ssh.key-locked",
    "error",
    `The only SSH key${paths.length > 1 ? "s" : ""} for ${c.destination} (${paths.join(", ")}) ${paths.length > 1 ? "need" : "needs"} a passphrase, and ${why}.
Nothing can ask for it here (no terminal, no askpass), so ssh cannot use the key and the push would fail.`,
    [
      ...agent.state === "none" ? ['eval "$(ssh-agent -s)"    # start an agent in this shell'] : [],
      ...paths.map((p) => `ssh-add '${p}'    # asks for the passphrase once`),
      'To load it automatically next time, add "AddKeysToAgent yes" under "Host *" in ~/.ssh/config',
      ...httpsAlternative(c)
    ],
    c.provider.keysPage
  );
}
function noKey(keys, agent, c) {
  const looked = keys.length ? keys.map((k) => describeKey(k)).join("; ") : "none configured";
  const agentSays = agent.state === "none" ? "no ssh-agent is running" : "the ssh-agent holds no keys";
  const comment = c.email ?? "$(whoami)@$(hostname)";
  return finding(
    "ssh.no-key",
    "error",
    `ssh has no key to offer ${c.destination}: ${agentSays}, and no usable identity file exists.
Looked at: ${looked}.`,
    [
      `ssh-keygen -t ed25519 -C "${comment}" -f '${c.suggestedKey}'`,
      `Add the public key (${c.suggestedKey}.pub) to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ""}`,
      `${c.testCommand}    # should greet you by name`,
      ...httpsAlternative(c)
    ],
    c.provider.keysPage
  );
}
function describeKey(k) {
  switch (k.state) {
    case "missing":
      return `${k.path} (does not exist)`;
    case "not-a-file":
      return `${k.path} (is a ${k.what}, not a key file)`;
    case "invalid":
      return `${k.path} (not a private key: ${k.detail})`;
    default:
      return k.path;
  }
}

// hooks/ssh/probe.ts
var UNREACHABLE = /(Could not resolve hostname[^\n]*|Connection refused|Connection timed out|Operation timed out|Network is unreachable|No route to host|Connection reset[^\n]*|Connection closed by[^\n]*|kex_exchange_identification[^\n]*|banner exchange[^\n]*)/;
function parseProbe(r, provider, timeoutMs) {
  if (r.timedOut) return { kind: "unreachable", detail: `no answer within ${timeoutMs} ms` };
  const greeting = provider.greeting?.(r.output);
  if (greeting && "user" in greeting) return { kind: "ok", user: greeting.user };
  if (greeting) return { kind: "not-registered", said: greeting.said };
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED/.test(r.output)) return { kind: "host-changed" };
  if (/Host key verification failed/.test(r.output)) return { kind: "host-unknown" };
  if (/Permission denied \(/.test(r.output)) return { kind: "not-registered", said: firstLine(r.output, /Permission denied \([^)]*\)/) };
  const unreachable2 = UNREACHABLE.exec(r.output);
  if (unreachable2) return { kind: "unreachable", detail: unreachable2[1].trim() };
  return { kind: "unreachable", detail: `an answer hf-hooks does not recognise (exit ${r.code}): ${firstLine(r.output, /\S[^\n]*/) || "nothing"}` };
}
var firstLine = (text, pattern) => pattern.exec(text)?.[0].trim() ?? "";
var sshUser = (f) => f.id === "ssh.ok" ? / authenticates as (\S+)\.$/.exec(f.message)?.[1] : void 0;
function probeFinding(p, c) {
  const label = c.provider.label;
  switch (p.kind) {
    case "ok":
      return finding("ssh.ok", "ok", `SSH to ${c.destination} authenticates as ${p.user}.`);
    case "not-registered":
      if (c.lockedKeys?.length) return c.canAsk ? keyUnconfirmed(c, c.lockedKeys, p.said) : lockedRefused(c, c.lockedKeys, p.said);
      return finding(
        "ssh.key-not-registered",
        "error",
        `${c.destination} does not know your SSH key: it answered "${p.said}".
The key works locally, but it was never added to a ${label} account, so the push would be refused.`,
        [
          ...c.publicKeys.length ? c.publicKeys.map((k) => `cat '${k}'    # copy this public key`) : ["ssh-add -L    # the public keys your agent offers"],
          `Add it to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ""}`,
          `${c.testCommand}    # should now greet you by name`,
          ...c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : []
        ],
        c.provider.keysPage
      );
    case "host-unknown":
      return hostUnknown(c);
    case "host-changed":
      return finding(
        "ssh.host-key-changed",
        "error",
        `The host key of ${c.host} is not the one in ${c.knownHostsFile}.
Either the server rotated its key or someone is intercepting the connection; ssh refuses to continue.`,
        [
          ...c.provider.hostKeysPage ? [`Compare with the published fingerprints: ${c.provider.hostKeysPage}`] : [],
          `ssh-keygen -R '${knownHostsName(c.host, c.port)}' -f '${c.knownHostsFile}'    # only once you trust the new key`
        ],
        c.provider.hostKeysPage
      );
    case "unreachable":
      return finding(
        "ssh.unreachable",
        "warn",
        `Could not reach ${c.destination} over SSH to confirm your key: ${p.detail}.
hf-hooks cannot tell whether the push will authenticate, so it lets Git try.`,
        [`${c.testCommand}    # try it by hand`]
      );
  }
}
function keyUnconfirmed(c, locked, said) {
  return finding(
    "ssh.key-unconfirmed",
    "warn",
    `${c.destination} does not know the keys hf-hooks could try (it answered "${said}"); ${locked.join(", ")} needs a passphrase, so it was not tried.
ssh will ask for that passphrase during the push; if that key is on your account, the push works.`,
    [...locked.map((k) => `ssh-add '${k}' && ${c.testCommand}    # unlock it once, then confirm it greets you by name`)],
    c.provider.keysPage
  );
}
function lockedRefused(c, locked, said) {
  return finding(
    "ssh.key-locked",
    "error",
    `${c.destination} refused the keys ssh could offer (it answered "${said}"); ${locked.join(", ")} ${locked.length > 1 ? "need" : "needs"} a passphrase, and nothing can ask for it here (no terminal, no askpass), so ssh could not offer ${locked.length > 1 ? "them" : "it"}.
If that key is on your account, unlocking it once makes the push work.`,
    [
      ...locked.map((k) => `ssh-add '${k}'    # asks for the passphrase once`),
      `${c.testCommand}    # should then greet you by name`,
      `If it still answers "${said}", add the public key to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ""}`,
      ...c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : []
    ],
    c.provider.keysPage
  );
}
function hostWillAsk(c) {
  const official = c.port === 22 && (c.provider.sshHost === c.host || c.provider.hosts.includes(c.host));
  const compare = official && c.provider.hostKeyFingerprints?.length ? `: it should be one of ${c.provider.hostKeyFingerprints.join(", ")}` : c.provider.hostKeysPage ? `: compare its fingerprint with ${c.provider.hostKeysPage}` : "";
  return finding(
    "ssh.host-unknown",
    "info",
    `ssh will ask whether to trust ${c.host}${c.port === 22 ? "" : ` (port ${c.port})`}, which is not in your known_hosts${compare}.`,
    [],
    c.provider.hostKeysPage
  );
}
var testCommand = (destination, port) => `ssh -T ${port === 22 ? "" : `-p ${port} `}${destination}`;
function hostUnknown(c) {
  return finding(
    "ssh.host-unknown",
    "error",
    `${c.host}${c.port === 22 ? "" : ` (port ${c.port})`} is not in your known_hosts, and ssh is set to refuse unknown hosts.
ssh cannot ask you to accept the host key here (StrictHostKeyChecking yes, BatchMode, or no terminal and no askpass): the push would stop at "Host key verification failed".`,
    [
      ...c.provider.hostKeysPage ? [`Check the fingerprints ${c.provider.label} publishes: ${c.provider.hostKeysPage}`] : [],
      `ssh-keyscan -p ${c.port} ${c.host} >> '${c.knownHostsFile}'    # then compare: ssh-keygen -lf '${c.knownHostsFile}'`,
      `or once, interactively: ${testCommand(c.destination, c.port).replace("ssh -T", "ssh -o StrictHostKeyChecking=accept-new -T")}`
    ],
    c.provider.hostKeysPage
  );
}

// hooks/ssh/check.ts
async function resolveConfig(t, cmd, fx) {
  const [file, args] = invocation(cmd, [...portArgs(t), "-G", destOf(t)]);
  const g = await fx.run(file, args, { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env });
  return g.code === 0 ? parseSshG(g.stdout, fx.account) : sshUnusable(cmd, g.code, g.stderr);
}
var destOf = (t) => t.user ? `${t.user}@${t.host}` : t.host;
var portArgs = (t) => t.port ? ["-p", String(t.port)] : [];
function probeContext(t, cfg, config, fx, publicKeys) {
  const destination = `${cfg.user}@${t.host}`;
  return {
    remoteName: t.remoteName,
    destination,
    testCommand: testCommand(destination, cfg.port),
    provider: PROVIDERS[t.provider],
    httpsUrl: httpsAlternative2(t, PROVIDERS[t.provider], config),
    host: t.host,
    port: cfg.port,
    publicKeys,
    knownHostsFile: cfg.userKnownHostsFiles[0] ?? join(fx.account.home, ".ssh", "known_hosts")
  };
}
async function local(t, cmd, config, fx, terminal) {
  const cfg = await resolveConfig(t, cmd, fx);
  if ("id" in cfg) return cfg;
  const [agent, keys, known] = await Promise.all([readAgent(cfg, fx), Promise.all(cfg.identityFiles.map((f) => inspectKey(f, fx))), isKnownHost(cfg, fx)]);
  const canAsk = sshCanAsk(fx.env, terminal, cfg.batchMode);
  const locked = keys.filter((k) => k.state === "locked").map((k) => k.path);
  const c = { ...probeContext(t, cfg, config, fx, keys.filter((k) => k.state === "usable" || k.state === "locked").map((k) => `${k.path}.pub`)), lockedKeys: locked, canAsk };
  const findings = judgeKeys(keys, agent, {
    remoteName: t.remoteName,
    destination: c.destination,
    testCommand: c.testCommand,
    provider: c.provider,
    identitiesOnly: cfg.identitiesOnly,
    email: config.email,
    suggestedKey: cfg.identityFiles.find((f) => f.endsWith("id_ed25519")) ?? join(fx.account.home, ".ssh", "id_ed25519"),
    httpsUrl: c.httpsUrl,
    canAsk
  });
  const askHost = known === false && cfg.strictHostKeyChecking === "ask" && canAsk;
  if (known === false && (cfg.strictHostKeyChecking === "yes" || cfg.strictHostKeyChecking === "ask" && !canAsk)) findings.push(hostUnknown(c));
  if (askHost) findings.push(hostWillAsk(c));
  return { cfg, keys, agent, c, askHost, findings };
}
async function checkSsh(t, cmd, config, fx, o) {
  const l = await local(t, cmd, config, fx, o.terminal);
  if ("id" in l) return [l];
  const { cfg, c, findings } = l;
  if (!c.provider.greeting || findings.some((f) => f.level === "error")) return findings;
  const fingerprints = usableFingerprints(l.keys, l.agent, cfg.identitiesOnly);
  if (!fingerprints.length) return findings;
  if (!o.probe) {
    return [...findings, finding("ssh.not-probed", "info", `Offline: not confirmed whether ${c.destination} knows your key (${c.testCommand} would tell).`)];
  }
  const key = cacheKey("ssh", VERSION, describeCommand(cmd), cfg.user, cfg.hostname, cfg.port, ...fingerprints);
  const cached = await fx.cache.get(key, config.cacheTtl);
  if (typeof cached?.user === "string") return [...findings, probeFinding({ kind: "ok", user: cached.user }, c)];
  const result = await probe(cmd, [...portArgs(t), destOf(t)], cfg, fx, { deadline: o.deadline, provider: c.provider, acceptNew: l.askHost });
  if (result.kind === "ok") await fx.cache.set(key, { user: result.user });
  return [...findings, probeFinding(result, c)];
}
async function explainRefusal(t, cmd, stderr, config, fx, terminal) {
  const result = parseProbe({ code: 1, output: stderr, timedOut: false }, PROVIDERS[t.provider], 0);
  if (result.kind === "ok" || result.kind === "unreachable") return void 0;
  const l = await local(t, cmd, config, fx, terminal);
  if ("id" in l) return void 0;
  const keyError = result.kind === "not-registered" ? l.findings.find((f) => f.level === "error" && f.id !== "ssh.host-unknown") : void 0;
  return keyError ?? probeFinding(result, l.c);
}
function httpsAlternative2(t, provider, config) {
  const path = repoPath(t.path ?? "");
  if (!path) return void 0;
  if (provider.hosts.includes(t.host)) return `https://${provider.hosts[0]}/${path}`;
  const endpoint = config.endpoints[provider.name];
  return endpoint ? `${endpoint}/${path}` : void 0;
}
function sshUnusable(cmd, code, stderr) {
  const name = describeCommand(cmd);
  if (code === 127 || /not found|No such file/.test(stderr)) {
    return finding(
      "ssh.not-found",
      "error",
      `Git would run "${name}" for this SSH remote, and it is not installed or not on PATH.
Without an ssh client Git cannot connect at all.`,
      ["Install OpenSSH (Debian/Ubuntu: sudo apt-get install openssh-client; macOS and Windows ship it)", "or check core.sshCommand / GIT_SSH_COMMAND / GIT_SSH: git config --show-origin core.sshCommand"]
    );
  }
  return finding(
    "ssh.unchecked",
    "warn",
    `Could not read the SSH configuration ("${name} -G" failed: ${stderr.trim().split("\n")[0] || `exit ${code}`}).
hf-hooks checks keys only for OpenSSH, so it lets Git try.`,
    []
  );
}
async function readAgent(cfg, fx) {
  const sock = cfg.identityAgent && cfg.identityAgent !== "SSH_AUTH_SOCK" ? cfg.identityAgent.replace(/^~/, fx.account.home) : void 0;
  const env = sock ? { ...fx.env, SSH_AUTH_SOCK: sock } : fx.env;
  const r = await fx.run("ssh-add", ["-l"], { timeoutMs: LOCAL_TIMEOUT_MS, env });
  return parseAgentList(r.code, r.stdout);
}
async function inspectKey(path, fx) {
  const st = await fx.stat(path);
  if (!st) return { path, state: "missing" };
  if (st.kind !== "file") return { path, state: "not-a-file", what: st.kind === "dir" ? "directory" : "special file" };
  const pub = await fx.readText(`${path}.pub`);
  const pubFingerprint = pub ? fingerprintOf(pub) : void 0;
  if (st.mode & 63) return { path, state: "too-open", mode: st.mode & 511, fingerprint: pubFingerprint };
  const r = await fx.run("ssh-keygen", ["-y", "-P", "", "-f", path], { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env });
  if (r.code === 0) return { path, state: "usable", fingerprint: fingerprintOf(r.stdout) ?? pubFingerprint };
  if (/passphrase/i.test(r.stderr)) return { path, state: "locked", fingerprint: pubFingerprint };
  if (r.code === 127) return { path, state: "usable", fingerprint: pubFingerprint };
  return { path, state: "invalid", detail: r.stderr.trim().split("\n").pop()?.replace(/^Load key "[^"]*": /, "") || `exit ${r.code}` };
}
async function isKnownHost(cfg, fx) {
  const name = knownHostsEntry(cfg);
  const files = [...cfg.userKnownHostsFiles, ...cfg.globalKnownHostsFiles].filter((f) => f !== "/dev/null");
  const present = (await Promise.all(files.map(async (f) => (await fx.stat(f))?.kind === "file" ? f : void 0))).filter((f) => !!f);
  const results = await Promise.all(present.map((f) => fx.run("ssh-keygen", ["-F", name, "-f", f], { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env })));
  if (results.some((r) => r.code === 0 && r.stdout.trim())) return true;
  return results.every((r) => r.code === 1 || r.code === 0 && !r.stdout.trim()) ? false : void 0;
}
async function probe(cmd, destArgs, cfg, fx, o) {
  const { provider } = o;
  const remaining = o.deadline - fx.now();
  if (remaining <= 0) return parseProbe({ code: 255, output: "", timedOut: true }, provider, 0);
  return fx.withScratchDir(async (scratch) => {
    const knownHosts = [join(scratch, "known_hosts"), ...cfg.userKnownHostsFiles].map((f) => `"${f}"`).join(" ");
    const [file, args] = invocation(cmd, [
      "-T",
      "-o",
      "BatchMode=yes",
      "-o",
      `ConnectTimeout=${Math.max(1, Math.ceil(remaining / 1e3))}`,
      "-o",
      `UserKnownHostsFile=${knownHosts}`,
      "-o",
      "UpdateHostKeys=no",
      // A host ssh will ask the user about: the probe takes its key into the scratch file only.
      ...o.acceptNew ? ["-o", "StrictHostKeyChecking=accept-new"] : [],
      ...destArgs
    ]);
    const r = await fx.run(file, args, { timeoutMs: remaining, env: fx.env });
    return parseProbe({ code: r.code, output: `${r.stdout}
${r.stderr}`, timedOut: r.timedOut }, provider, remaining);
  });
}
function bypassed(env, coreSshCommand) {
  if (!env.GIT_SSH_COMMAND || !coreSshCommand || !unwrap(coreSshCommand, isWrapperPath)) return void 0;
  return finding(
    "ssh.bypassed",
    "warn",
    "GIT_SSH_COMMAND is set in your environment, so Git ignores core.sshCommand and the SSH check never runs before a push.\nA missing or unregistered key will only show up as a failed push.",
    [
      `git config core.sshCommand ${shQuote(env.GIT_SSH_COMMAND)} && unset GIT_SSH_COMMAND    # keep the same ssh, let Git find it in config`,
      "npx hf-hooks install    # then wraps it"
    ]
  );
}

// hooks/content/pointer.ts
var POINTER_MAX_BYTES = 1024;
var VERSIONS = /* @__PURE__ */ new Set(["https://git-lfs.github.com/spec/v1", "https://hawser.github.com/spec/v1"]);
function parsePointer(text) {
  if (text.length >= POINTER_MAX_BYTES || !text.endsWith("\n")) return void 0;
  const lines = text.slice(0, -1).split("\n");
  const [first, ...rest] = lines;
  if (!first?.startsWith("version ") || !VERSIONS.has(first.slice("version ".length))) return void 0;
  const values = /* @__PURE__ */ new Map();
  for (const line of rest) {
    const m = /^([a-z0-9.-]+) ([^\r\n]+)$/.exec(line);
    if (!m || values.has(m[1])) return void 0;
    values.set(m[1], m[2]);
  }
  const oid = /^sha256:([0-9a-f]{64})$/.exec(values.get("oid") ?? "")?.[1];
  const size = values.get("size") ?? "";
  if (!oid || !/^\d{1,16}$/.test(size)) return void 0;
  return { oid, size: Number(size) };
}

// hooks/content/scan.ts
var ZERO = /^0+$/;
var memo = /* @__PURE__ */ new WeakMap();
function once(fx, key, fn) {
  const m = memo.get(fx) ?? memo.set(fx, /* @__PURE__ */ new Map()).get(fx);
  if (!m.has(key)) m.set(key, fn());
  return m.get(key);
}
var git = (fx, ...args) => fx.run("git", args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS }).then((r) => r.code === 0 ? r.stdout.trim() : "");
var trackingRefs = (fx) => once(fx, "tracking", async () => new Map((await git(fx, "for-each-ref", "--format=%(refname) %(objectname)", "refs/remotes/")).split("\n").filter(Boolean).map((l) => l.split(" "))));
async function pushedBlobs(refs, remote, fx) {
  const tips = refs.filter((r) => !r.deletion).map((r) => r.localOid);
  if (!tips.length) return [];
  const tracking = remote && !remote.includes("/") ? [...await trackingRefs(fx)].filter(([ref]) => ref.startsWith(`refs/remotes/${remote}/`)).map(([, oid]) => oid) : [];
  const have = [.../* @__PURE__ */ new Set([...refs.map((r) => r.remoteOid).filter((oid) => !ZERO.test(oid)), ...tracking])].sort();
  return once(fx, `blobs ${tips.join(" ")} --not ${have.join(" ")}`, () => listBlobs(tips, have, fx));
}
async function listBlobs(tips, have, fx) {
  const args = ["rev-list", "--objects", "--ignore-missing", ...tips, "--not", ...have];
  const listed3 = await fx.run("git", args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  if (listed3.code !== 0) return { error: listed3.timedOut ? "listing the pushed objects took too long" : `git rev-list: ${listed3.stderr.trim().split("\n")[0]}` };
  const named = listed3.stdout.split("\n").filter((l) => l.length > 41);
  if (!named.length) return [];
  const checked = await fx.run("git", ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize) %(rest)"], { env: fx.env, input: `${named.join("\n")}
`, timeoutMs: LOCAL_TIMEOUT_MS });
  if (checked.code !== 0) return { error: `git cat-file: ${checked.stderr.trim().split("\n")[0]}` };
  const blobs = [];
  for (const line of checked.stdout.split("\n")) {
    const m = /^([0-9a-f]+) blob (\d+) (.*)$/.exec(line);
    if (m) blobs.push({ oid: m[1], size: Number(m[2]), path: m[3] });
  }
  return blobs;
}
function pointersIn(blobs, fx) {
  const found = readOf.get(blobs) ?? readPointers(blobs, fx);
  readOf.set(blobs, found);
  return found;
}
var readOf = /* @__PURE__ */ new WeakMap();
async function readPointers(blobs, fx) {
  const small = blobs.filter((b) => b.size > 0 && b.size < POINTER_MAX_BYTES);
  if (!small.length) return [];
  const read = await fx.run("git", ["cat-file", "--batch"], { env: fx.env, input: `${small.map((b) => b.oid).join("\n")}
`, timeoutMs: LOCAL_TIMEOUT_MS, encoding: "latin1" });
  if (read.code !== 0) return { error: `git cat-file: ${read.stderr.trim().split("\n")[0]}` };
  const out = [];
  let at = 0;
  for (const blob of small) {
    const nl = read.stdout.indexOf("\n", at);
    const header = /^[0-9a-f]+ blob (\d+)$/.exec(read.stdout.slice(at, nl));
    if (nl < 0 || !header) break;
    const size = Number(header[1]);
    const pointer = parsePointer(read.stdout.slice(nl + 1, nl + 1 + size));
    if (pointer) out.push({ ...pointer, path: blob.path, blob: blob.oid });
    at = nl + 1 + size + 1;
  }
  return out;
}
var BINARY_PROBE_BYTES = 8e3;
async function binaryBlobs(oids, fx) {
  if (!oids.length) return /* @__PURE__ */ new Set();
  const binary2 = /* @__PURE__ */ new Set();
  let pending = Buffer.alloc(0);
  let current;
  const take = (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length) {
      if (!current) {
        const nl = pending.indexOf(10);
        if (nl < 0) return;
        const [oid, , size] = pending.subarray(0, nl).toString("latin1").split(" ");
        current = { oid, left: Number(size) + 1, seen: 0 };
        pending = pending.subarray(nl + 1);
        continue;
      }
      const part = pending.subarray(0, Math.min(current.left, pending.length));
      const probe2 = part.subarray(0, Math.max(0, BINARY_PROBE_BYTES - current.seen));
      if (probe2.includes(0)) binary2.add(current.oid);
      current.seen += part.length;
      current.left -= part.length;
      pending = pending.subarray(part.length);
      if (current.left === 0) current = void 0;
    }
  };
  const r = await fx.run("git", ["cat-file", "--batch"], { env: fx.env, input: `${oids.join("\n")}
`, timeoutMs: LOCAL_TIMEOUT_MS, onStdout: take });
  if (r.code !== 0) return { error: r.timedOut ? "reading the pushed files took too long" : `git cat-file: ${r.stderr.trim().split("\n")[0]}` };
  return binary2;
}
async function blobText(oid, fx) {
  const r = await fx.run("git", ["cat-file", "blob", oid], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  return r.code === 0 ? r.stdout : void 0;
}
async function introducedBy(oid, refs, remote, fx) {
  const tips = refs.filter((r2) => !r2.deletion).map((r2) => r2.localOid);
  const have = refs.map((r2) => r2.remoteOid).filter((o) => !ZERO.test(o));
  const r = await fx.run("git", ["log", "--format=%H%x09%s", "--reverse", "--ignore-missing", `--find-object=${oid}`, ...tips, "--not", ...have, ...remote && !remote.includes("/") ? [`--remotes=${remote}`] : []], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const [commit, ...subject] = (r.code === 0 ? r.stdout.split("\n")[0] : "").split("	");
  return commit ? { commit, subject: subject.join("	") } : void 0;
}
async function branchPush(remote, fx, ref) {
  const [branch, head] = ref ? await Promise.all([git(fx, "rev-parse", "--symbolic-full-name", ref), git(fx, "rev-parse", "-q", "--verify", `${ref}^{commit}`)]) : await once(fx, "head", () => Promise.all([git(fx, "symbolic-ref", "-q", "HEAD"), git(fx, "rev-parse", "-q", "--verify", "HEAD")]));
  if (!head) return [];
  const name = branch.startsWith("refs/") ? branch : "refs/heads/main";
  const tracked = !remote || remote.includes("/") || remote.includes(":") ? "" : (await trackingRefs(fx)).get(`refs/remotes/${remote}/${name.replace(/^refs\/heads\//, "")}`);
  return [{ localRef: name, localOid: head, remoteRef: name, remoteOid: tracked || "0".repeat(head.length), deletion: false }];
}

// hooks/content/rules.ts
function needsProbe(b, rules) {
  return !!rules.binary && b.size > rules.binary.warnFrom && !(rules.tooLarge && b.size >= rules.tooLarge.bytes);
}
function judge(blobs, binary2, pointers, rules, agents) {
  const out = [];
  const lfsBlobs = new Set(pointers.map((p) => p.blob));
  for (const b of blobs) {
    if (lfsBlobs.has(b.oid)) continue;
    const large = rules.tooLarge;
    if (large && b.size >= large.bytes) out.push({ rule: "too-large", certain: true, path: b.path, oid: b.oid, size: b.size });
    else if (large?.warnFrom && b.size >= large.warnFrom.bytes) out.push({ rule: "too-large", certain: false, path: b.path, oid: b.oid, size: b.size, note: large.warnFrom.said });
    else if (rules.binary && b.size > rules.binary.warnFrom && binary2.has(b.oid)) {
      const certain = b.size > rules.binary.bytes;
      out.push({ rule: "binary", certain, path: b.path, oid: b.oid, size: b.size, ...!certain && rules.binary.smallerRefused && { note: rules.binary.smallerRefused } });
    }
  }
  const lfs = rules.lfsFile;
  for (const p of lfs ? pointers : []) {
    if (p.size > lfs.hard) out.push({ rule: "lfs-too-large", certain: true, path: p.path, oid: p.blob ?? "", size: p.size, lfsOid: p.oid, note: lfs.said });
    else if (p.size > lfs.agent && !agents.large) out.push({ rule: "lfs-too-large", certain: false, path: p.path, oid: p.blob ?? "", size: p.size, lfsOid: p.oid });
  }
  return out;
}

// hooks/content/guidance.ts
var KiB = 1024;
var MiB = KiB * KiB;
var GiB = MiB * KiB;
var bytes = (n) => n >= GiB ? `${(n / GiB).toFixed(1)} GiB` : n >= MiB ? `${(n / MiB).toFixed(1)} MiB` : n >= KiB ? `${(n / KiB).toFixed(1)} KiB` : `${n} B`;
var SHOWN = 5;
var inFile = (file, f) => ({ ...f, file });
function listed(files, ref) {
  const one = (f) => `${f.path} (${bytes(f.size)}${f.commit ? `, added in ${f.commit.commit.slice(0, 7)} "${f.commit.subject.slice(0, 60)}"` : ""})`;
  const shown = files.slice(0, SHOWN).map(one).join(", ");
  return `${shown}${files.length > SHOWN ? ` and ${files.length - SHOWN} more` : ""} (ref: ${ref})`;
}
var lfsPattern = (path) => {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? `*${name.slice(dot)}` : path;
};
var quoted = (s) => `"${s.replace(/(["\\$`])/g, "\\$1")}"`;
function migrateFix(files, w) {
  const patterns = [...new Set(files.map((f) => lfsPattern(f.path)))];
  const exclude = w.remoteHas ? ` --exclude-ref=${w.remoteHas}` : "";
  return [
    "git lfs install --skip-repo    # the LFS filters, once per machine (hf-hooks' hook runs the upload); the Hub also takes git-xet: git xet install",
    `git lfs migrate import --include=${quoted(patterns.join(","))} --include-ref=${w.localRef}${exclude}    # rewrites the commits since ${files.length === 1 ? "it" : "they"} came in (none of them is on the remote yet): the files become LFS files and .gitattributes tracks ${patterns.join(", ")}`,
    `git push ${w.to} ${w.localRef === w.remoteRef ? w.localRef.replace(/^refs\/heads\//, "") : `${w.localRef}:${w.remoteRef}`}`
  ];
}
var plural = (n, one, many) => n === 1 ? one : many;
function tooLarge(files, certain, limit, p, w, said, docs) {
  const n = files.length;
  return inFile(files[0].path, finding(
    "content.too-large",
    certain ? "error" : "warn",
    `${n} ${plural(n, "file", "files")} in this push ${plural(n, "is", "are")} ${bytes(limit)} or larger and not in LFS: ${listed(files, w.remoteRef)}.
` + (certain ? `${p.label} refuses the push after the whole pack was sent: "${said}"` : `${p.label} warns: "${said}"`),
    migrateFix(files, w),
    docs
  ));
}
function binary(files, certain, limit, p, w, said, docs) {
  const n = files.length;
  const why = files.find((f) => f.note)?.note;
  return inFile(files[0].path, finding(
    "content.binary",
    certain ? "error" : "warn",
    `${n} binary ${plural(n, "file", "files")} (a NUL byte, as Git and the server tell) in this push ${plural(n, "is", "are")} not in LFS: ${listed(files, w.remoteRef)}.
` + (certain ? `${p.label} refuses binary files over ${bytes(limit)} outside LFS/Xet, after the whole pack was sent: "${said}"` : `${p.label} refuses binary files over ${bytes(limit)} outside LFS/Xet for sure${why ? `, and ${why}` : ""}; hf-hooks lets Git try.`),
    migrateFix(files, w),
    docs
  ));
}
function lfsTooLarge(files, certain, p, agentFix) {
  const n = files.length;
  const list = files.slice(0, SHOWN).map((f) => `${f.path} (${bytes(f.size)})`).join(", ");
  if (certain) {
    return inFile(files[0].path, finding(
      "content.lfs-too-large",
      "error",
      `${n} LFS ${plural(n, "file is", "files are")} larger than ${p.label} stores: ${list}.
${files[0].note ?? ""}.`,
      ["Split the file into parts under 200 GB (the size hub-docs recommends), then commit the parts"]
    ));
  }
  return inFile(files[0].path, finding(
    "content.lfs-too-large",
    "warn",
    `${n} LFS ${plural(n, "file is", "files are")} over 5 GB: ${list}, and no transfer agent for large files is set up (lfs.customtransfer.*).
git-lfs's basic transfer uploads at most 5 GB in one piece; the upload may fail before the pack is sent.`,
    agentFix
  ));
}
function lfsNotInstalled(paths) {
  return finding(
    "content.lfs-not-installed",
    "info",
    `.gitattributes routes ${paths.slice(0, SHOWN).join(", ")} through Git LFS (filter=lfs), but ${plural(paths.length, "it", "they")} went into the commit whole.
git-lfs was not installed or not set up (git lfs install) when the file was added, so the filter never ran.`,
    ["git lfs install --skip-repo    # sets up the filter for every repository of this user (hf-hooks' hook runs the upload)"]
  );
}
function metadataInvalid(file, why, p, said, certain) {
  return inFile(file, finding(
    "content.metadata-invalid",
    certain ? "error" : "warn",
    `The metadata at the top of ${file} (the YAML between the --- lines) ${certain ? "is refused" : "has warnings"}: ${why.join("; ")}.
` + (certain ? `${p.label} refuses the push after the pack was sent: "${said}"` : `${p.label} accepts it, with these warnings.`),
    [`Edit the YAML at the top of ${file}`, `git commit -am "Fix the ${file} metadata"`, "git push"],
    "https://huggingface.co/docs/hub/model-cards#model-card-metadata"
  ));
}
function unchecked(why) {
  return finding(
    "content.unchecked",
    "warn",
    `What this push would send could not be checked: ${why}.
A shallow or partial clone cannot list every object; hf-hooks lets Git try.`,
    ["git fetch --unshallow    # if this is a shallow clone, then push again"]
  );
}

// hooks/lfs/server.ts
function lfsEndpoint(remote, remoteName, lfs) {
  const named = remoteName ? lfs.remotes[remoteName] : void 0;
  const configured = lfs.pushurl ?? lfs.url ?? named?.lfspushurl ?? named?.lfsurl;
  if (configured) return configured.replace(/\/+$/, "");
  if (!remote.host || remote.transport !== "ssh" && remote.transport !== "https" && remote.transport !== "http") return void 0;
  const scheme = remote.transport === "http" ? "http" : "https";
  const host = remote.host.includes(":") ? `[${remote.host}]` : remote.host;
  const port = remote.transport !== "ssh" && remote.port ? `:${remote.port}` : "";
  const path = `/${remote.path.replace(/^\/+|\/+$/g, "")}`;
  return `${scheme}://${host}${port}${path}${path.endsWith(".git") ? "" : ".git"}/info/lfs`;
}
var BATCH_SIZE = 100;
var LFS_JSON = "application/vnd.git-lfs+json";
async function missingOnServer(endpoint, objects, remote, fx, deadline, http) {
  let url;
  try {
    url = new URL(`${endpoint}/objects/batch`);
  } catch {
    return { error: `${endpoint} is not a URL` };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) return { error: `${endpoint} is plain http` };
  const credential = remote.password ? { username: remote.user, password: remote.password } : await gitCredential(endpoint, fx, LOCAL_TIMEOUT_MS);
  const auth = credential?.password ? { authorization: `Basic ${Buffer.from(`${credential.username ?? ""}:${credential.password}`).toString("base64")}` } : {};
  const chunks = [];
  for (let i = 0; i < objects.length; i += BATCH_SIZE) chunks.push(objects.slice(i, i + BATCH_SIZE));
  const route = routeFor(endpoint, url.href, http, fx.env);
  const answers = await Promise.all(chunks.map((chunk) => fx.httpPost(
    url.href,
    { accept: LFS_JSON, "content-type": LFS_JSON, ...auth },
    JSON.stringify({ operation: "upload", transfers: ["basic"], objects: chunk, hash_algo: "sha256" }),
    deadline - fx.now(),
    route
  )));
  const missing = /* @__PURE__ */ new Set();
  for (const a of answers) {
    if ("error" in a) return { error: a.error };
    if (a.status !== 200) return { error: `${url.host} answered ${a.status}${credential ? "" : " (no credential for it)"}` };
    let body;
    try {
      body = JSON.parse(a.body);
    } catch {
      return { error: `${url.host} did not answer in the Git LFS batch format` };
    }
    for (const o of body.objects ?? []) {
      if (o.error) return { error: `${url.host} said of ${o.oid?.slice(0, 12)}: ${o.error.message ?? "an error"}` };
      if (o.oid && o.actions?.upload) missing.add(o.oid);
    }
  }
  return { missing };
}

// hooks/content/lfs.ts
async function lfsUploads(i, pointers, fx) {
  if (!pointers.length) return [];
  const stuck = await unsendable(dedupe(pointers), i.config, fx);
  if (!stuck.length) return [];
  const endpoint = lfsEndpoint(i.remote, i.remoteName, i.config.lfs);
  const asked = !i.network ? { error: "not asked (offline)" } : !endpoint ? { error: "the remote is a local path" } : await missingOnServer(endpoint, stuck.map(({ oid, size }) => ({ oid, size })), i.remote, fx, i.deadline, i.config.http);
  if ("error" in asked) return [unverified2(i, stuck, asked.error)];
  const missing = stuck.filter((p) => asked.missing.has(p.oid));
  return missing.length ? [refused(i, missing)] : [];
}
var dedupe = (pointers) => [...new Map(pointers.map((p) => [p.oid, p])).values()];
async function unsendable(pointers, config, fx) {
  const uploader = fx.env.GIT_LFS_SKIP_PUSH ? "skip-push" : (await fx.run("git-lfs", ["version"], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).code !== 0 ? "no-git-lfs" : void 0;
  const store = await objectStore(config, fx);
  const out = [];
  for (const p of pointers) {
    const local2 = store !== void 0 && (await fx.stat(`${store}/${p.oid.slice(0, 2)}/${p.oid.slice(2, 4)}/${p.oid}`))?.kind === "file";
    if (!local2) out.push({ ...p, reason: "not-local" });
    else if (uploader) out.push({ ...p, reason: uploader });
  }
  return out;
}
async function objectStore(config, fx) {
  const r = await fx.run("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const gitDir = r.code === 0 ? r.stdout.trim() : void 0;
  const storage = config.lfs.storage;
  if (storage?.startsWith("/")) return `${storage}/objects`;
  return gitDir ? `${gitDir}/${storage ?? "lfs"}/objects` : void 0;
}
var WHY = {
  "no-git-lfs": "git-lfs is not installed (not on PATH), so nothing uploads them",
  "skip-push": "GIT_LFS_SKIP_PUSH is set, so git-lfs uploads nothing",
  "not-local": "their files are not in this clone's LFS store (a clone made with GIT_LFS_SKIP_SMUDGE=1, or pruned), so git-lfs has nothing to upload"
};
var MiB2 = 1024 * 1024;
var bytes2 = (n) => n >= MiB2 ? `${(n / MiB2).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
function listed2(pointers) {
  const shown = pointers.slice(0, 3).map((p) => `${p.path} (${bytes2(p.size)})`).join(", ");
  return pointers.length > 3 ? `${shown} and ${pointers.length - 3} more` : shown;
}
function reasons(pointers) {
  return [...new Set(pointers.map((p) => p.reason))].map((r) => WHY[r]).join("; ");
}
function fixes(i, pointers) {
  const to = i.remoteName ?? i.remote.url;
  const has = (r) => pointers.some((p) => p.reason === r);
  return [
    ...has("no-git-lfs") ? [
      "sudo apt-get install git-lfs    # Debian/Ubuntu; macOS: brew install git-lfs; others: https://git-lfs.com",
      "git lfs install --skip-repo    # the LFS filters; hf-hooks' pre-push hook runs git-lfs's upload"
    ] : [],
    ...has("skip-push") ? ["unset GIT_LFS_SKIP_PUSH"] : [],
    ...has("not-local") ? [`git lfs fetch --all ${to === "origin" ? "<remote that has these files>" : "origin"}    # get the files from where they are (the repository this was cloned from)`] : [],
    `git push ${to}    # again: the LFS files are uploaded first, then the pack`
  ];
}
function refused(i, missing) {
  const provider = PROVIDERS[i.remote.provider];
  const host = i.remote.host ?? i.remote.url;
  const n = missing.length;
  const what = `${n} Git LFS file${n === 1 ? "" : "s"} in this push point${n === 1 ? "s" : ""} to ${n === 1 ? "a file" : "files"} ${host} does not have, and this push cannot upload ${n === 1 ? "it" : "them"}: ${listed2(missing)}.`;
  const file = missing[0].path;
  if (!provider.lfsRefusal) {
    return { ...finding("content.lfs-missing", "warn", `${what}
${reasons(missing)}. ${host} takes the push, but shows those files as pointer text.`, fixes(i, missing)), file };
  }
  return {
    ...finding(
      "content.lfs-missing",
      "error",
      `${what}
${reasons(missing)}. ${provider.label} refuses such a push after the whole pack was sent: "${provider.lfsRefusal}"`,
      fixes(i, missing)
    ),
    file
  };
}
function unverified2(i, stuck, why) {
  const host = i.remote.host ?? i.remote.url;
  const n = stuck.length;
  return { file: stuck[0].path, ...finding(
    "content.lfs-unverified",
    "warn",
    `${n} Git LFS file${n === 1 ? "" : "s"} in this push cannot be uploaded by it (${listed2(stuck)}), and whether ${host} already has ${n === 1 ? "it" : "them"} could not be checked: ${why}.
${reasons(stuck)}.${PROVIDERS[i.remote.provider].lfsRefusal ? ` If ${host} lacks one, it refuses the push after the pack was sent.` : ""}`,
    fixes(i, stuck)
  ) };
}

// hooks/content/metadata.ts
var YAML_BLOCK = /^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))/;
async function frontMatterError(readme) {
  const m = YAML_BLOCK.exec(readme);
  if (!m) return void 0;
  const { parseDocument } = await import("yaml");
  const doc = parseDocument(m[2], { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (!error) return void 0;
  const before = m[1].split(/\r\n|\r|\n/).length - 1;
  const line = before + m[2].slice(0, error.pos[0]).split(/\r\n|\r|\n/).length;
  return `${error.message.split("\n")[0]} (README.md line ${line})`;
}
async function validateRemotely(url, readme, repoType, fx, deadline, route) {
  const a = await fx.httpPost(url, { "content-type": "application/json", accept: "application/json" }, JSON.stringify({ content: readme, repoType }), deadline - fx.now(), route);
  if ("error" in a) return { error: a.error };
  const body = parseJson(a.body);
  const messages = (list) => Array.isArray(list) ? list.map((e) => String(e?.message ?? e)).filter(Boolean) : [];
  if (a.status === 200) return { errors: [], warnings: messages(body?.warnings) };
  if (a.status === 400) return { errors: messages(body?.errors), warnings: messages(body?.warnings) };
  return { error: `${new URL(url).host} answered ${a.status}` };
}

// hooks/content/check.ts
var LOCATED = 5;
async function checkContent(i, fx) {
  if (!i.config.contentGuard) return [];
  const blobs = await pushedBlobs(i.refs, i.remoteName, fx);
  if ("error" in blobs) return [unchecked(blobs.error)];
  if (!blobs.length) return [];
  const provider = PROVIDERS[i.remote.provider];
  const rules = provider.contentRules ?? {};
  const [pointers, probed] = await Promise.all([pointersIn(blobs, fx), binaryBlobs(blobs.filter((b) => needsProbe(b, rules)).map((b) => b.oid), fx)]);
  const found = "error" in pointers ? [] : pointers;
  const breaches = judge(blobs, "error" in probed ? /* @__PURE__ */ new Set() : probed, found, rules, { large: i.config.lfs.agents.length > 0 });
  const readme = rules.metadata ? blobs.find((b) => b.path === rules.metadata.file) : void 0;
  const [files, card, uploads] = await Promise.all([
    fileFindings(breaches, i, fx),
    readme ? metadataFindings(readme.oid, i, fx) : [],
    lfsUploads({ remote: i.remote, remoteName: i.remoteName, config: i.config, network: i.network, deadline: i.deadline }, found, fx)
  ]);
  return [...files, ...card, ...uploads];
}
async function whereOf(i, fx) {
  const ref = i.refs.find((r) => !r.deletion);
  const localRef = ref.localRef.startsWith("refs/") ? ref.localRef : ref.remoteRef;
  const tracking = i.remoteName && !i.remoteName.includes("/") ? `refs/remotes/${i.remoteName}/${ref.remoteRef.replace(/^refs\/heads\//, "")}` : void 0;
  const known = /^0+$/.test(ref.remoteOid) ? void 0 : tracking && (await fx.run("git", ["rev-parse", "-q", "--verify", tracking], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim() === ref.remoteOid ? tracking : ref.remoteOid;
  return { to: i.remoteName ?? i.remote.url, localRef, remoteRef: ref.remoteRef, ...known && { remoteHas: known } };
}
async function fileFindings(breaches, i, fx) {
  if (!breaches.length) return [];
  const provider = PROVIDERS[i.remote.provider];
  const rules = provider.contentRules;
  const where = await whereOf(i, fx);
  const located = await Promise.all(breaches.map(async (b, n) => n < LOCATED ? { ...b, commit: await introducedBy(b.oid, i.refs, i.remoteName, fx) } : b));
  const pick = (rule, certain) => located.filter((b) => b.rule === rule && b.certain === certain);
  const out = [];
  for (const certain of [true, false]) {
    const big = pick("too-large", certain);
    if (big.length && rules.tooLarge) {
      const limit = certain ? rules.tooLarge.bytes : rules.tooLarge.warnFrom.bytes;
      out.push(tooLarge(big, certain, limit, provider, where, certain ? rules.tooLarge.said : rules.tooLarge.warnFrom.said, rules.tooLarge.docs));
    }
    const bin = pick("binary", certain);
    if (bin.length && rules.binary) out.push(binary(bin, certain, rules.binary.bytes, provider, where, rules.binary.said, rules.binary.docs));
    const lfs = pick("lfs-too-large", certain);
    if (lfs.length && rules.lfsFile) out.push(lfsTooLarge(lfs, certain, provider, rules.lfsFile.agentFix));
  }
  const whole = await routedThroughLfs(located.filter((b) => b.rule !== "lfs-too-large").map((b) => b.path), fx);
  return whole.length ? [...out, lfsNotInstalled(whole)] : out;
}
async function routedThroughLfs(paths, fx) {
  if (!paths.length) return [];
  const r = await fx.run("git", ["check-attr", "--stdin", "-z", "filter"], { env: fx.env, input: paths.join("\0"), timeoutMs: LOCAL_TIMEOUT_MS });
  if (r.code !== 0) return [];
  const fields = r.stdout.split("\0");
  const out = [];
  for (let n = 0; n + 2 < fields.length; n += 3) if (fields[n + 2] === "lfs") out.push(fields[n]);
  return out;
}
async function metadataFindings(oid, i, fx) {
  const provider = PROVIDERS[i.remote.provider];
  const m = provider.contentRules.metadata;
  const text = await blobText(oid, fx);
  if (text === void 0) return [];
  const broken = await frontMatterError(text);
  if (broken) return [metadataInvalid(m.file, [broken], provider, m.said, true)];
  const api = apiBase(i.remote, provider, i.config);
  if (!i.network || !m.validate || "refuse" in api || !/^\s*---/.test(text)) return [];
  const url = m.validate(api.base);
  const verdict = await validateRemotely(url, text, i.remote.repo?.type ?? "model", fx, i.deadline, routeOf(i.remote, url, i.config.http, fx.env));
  if ("error" in verdict) return [];
  if (verdict.errors.length) return [metadataInvalid(m.file, verdict.errors, provider, m.said, true)];
  return verdict.warnings.length ? [metadataInvalid(m.file, verdict.warnings, provider, m.said, false)] : [];
}

// hooks/https/fetch.ts
async function credentialOf(remote, config, fx) {
  const git2 = await gitCredential(remote.url, fx, LOCAL_TIMEOUT_MS);
  if (git2?.password) return { password: git2.password, source: "Git's credential helpers" };
  if (!bridgeServes(remote, config, fx.env)) return void 0;
  const local2 = (await PROVIDERS[remote.provider].localTokens?.(fx))?.find((t) => t.inUse && (t.expires === void 0 || t.expires > fx.now()));
  return local2 && { password: local2.token, source: `${local2.source}, through hf-hooks' credential helper` };
}
async function askFetch(remote, config, fx, o) {
  const provider = PROVIDERS[remote.provider];
  const repo = remote.repo;
  const token = o.token === null ? void 0 : o.token ?? await credentialOf(remote, config, fx);
  const api = apiBase(remote, provider, config);
  if ("refuse" in api || !o.network) return finding("fetch.unchecked", "info", `${"refuse" in api ? api.refuse : "Offline"}: not confirmed whether ${provider.label} lets ${repoPath(remote.path)} be read.`);
  const shape = token ? provider.tokenShape?.(token.password, fx.now()) : void 0;
  if (shape && shape.kind !== "token") return unverified(guidance2(remote, config, fx, o), { password: token.password }, shape.why);
  const requests = provider.fetchRequests(api.base, token?.password, repo);
  const routeTo = (url) => routeOf(remote, url, config.http, fx.env);
  const answers = await Promise.all(requests.map((r) => fx.httpGet(r.url, r.headers, o.deadline - fx.now(), routeTo(r.url))));
  const [first, ...rest] = answers;
  if ("error" in first) return apiFailure(api.base, first, routeTo(requests[0].url), `whether ${repoPath(remote.path)} can be read`);
  return { check: provider.interpretFetch([first, ...rest.map((a) => "error" in a ? void 0 : a)], !!token), api: api.base, ...token && { source: token.source } };
}
var guidance2 = (remote, config, fx, o) => guidanceFor(remote, PROVIDERS[remote.provider], o.remoteName, storeContext(remote, config, fx.env));
async function checkFetch(remote, config, fx, o) {
  const provider = PROVIDERS[remote.provider];
  if (!provider.fetchRequests || !provider.interpretFetch || !remote.repo) return [];
  return [readFinding(await askFetch(remote, config, fx, o), remote, config, fx, o)];
}
function readFinding(read, remote, config, fx, o) {
  if ("id" in read) return read;
  return fetchFinding(read.check, guidance2(remote, config, fx, o), PROVIDERS[remote.provider], read.api, read.source, o.gitCanAsk);
}
function fetchFinding(check2, c, provider, api, source, canAsk) {
  const id = c.repo ? `${c.repo.namespace ? `${c.repo.namespace}/` : ""}${c.repo.name}` : c.hostPort;
  const page = c.repo && provider.repoPage?.(api, c.repo);
  const as = check2.kind !== "invalid" && check2.kind !== "unknown" && check2.kind !== "needs-login" && check2.user ? ` as ${check2.user}` : "";
  const login = provider.cli?.login;
  switch (check2.kind) {
    case "ok":
      return finding("fetch.ok", "ok", `${provider.label} lets ${id} be cloned and fetched${source ? as : " without a token"}.`);
    case "needs-login":
      return finding(
        "fetch.needs-login",
        canAsk ? "warn" : "error",
        `${id} cannot be read without a token: it is ${check2.gated ? "gated (its files are shared only with accounts that were granted access)" : "private, or does not exist (without a token the Hub does not say which)"}, and Git has none for ${c.hostPort}.
` + (check2.said ? `${provider.label} says: "${check2.said}"
` : "") + (canAsk ? 'Git will ask for a user name and password: paste an access token (the "read" role is enough) as the password.' : 'Nothing can ask for one here, so Git would stop at "Authentication failed" or "terminal prompts disabled".'),
        [
          ...login ? [`${login}    # with a token of an account that may read it ("read" is enough); hf-hooks hands it to Git`] : [],
          ...check2.gated && page ? [`Ask for access, logged in to the account: ${page}`] : [],
          ...provider.tokensPage ? [`Tokens: ${provider.tokensPage}`] : []
        ],
        provider.tokensPage
      );
    case "gated": {
      if (check2.tokenScope) {
        return finding(
          "fetch.token-scope",
          "error",
          `${id} is gated, and ${check2.tokenScope}, so it cannot read ${id} even where ${check2.user ?? "its account"} was granted access.
${provider.label} says: "${check2.said}"`,
          [`Edit the token and tick "Read access to contents of all public gated repos you can access": ${provider.tokensPage ?? "the token settings"}`, 'or use a token with the "read" role'],
          provider.tokensPage
        );
      }
      const why = {
        "not-requested": `${check2.user ?? "this account"} has not been granted access: nobody asked for it from this account.`,
        pending: `${check2.user ?? "this account"} asked for access, and the request is waiting for the repository's authors to review it.`,
        rejected: `the repository's authors refused ${check2.user ?? "this account"}'s request for access.`
      }[check2.state];
      const fix = {
        "not-requested": [`Ask for access, logged in as ${check2.user ?? "this account"}: ${page ?? `the page of ${id}`}    # some repos grant it at once, others after the authors review it`, "then fetch again"],
        pending: [`Wait for the authors; the page shows when access is granted: ${page ?? id}`, `or use a token of an account that already has access${login ? ` (${login})` : ""}`],
        rejected: [`Ask the repository's authors (their page: ${page ?? id})`, `or use a token of an account that has access${login ? ` (${login})` : ""}`]
      }[check2.state];
      return finding("fetch.gated", "error", `${id} is gated, and ${why}
${provider.label} says: "${check2.said}"`, fix, page);
    }
    case "not-found":
      return finding(
        "fetch.not-found",
        "error",
        `${provider.label} has no repository ${id} that ${check2.user ?? "this token's account"} can see: it does not exist, or it is private and ${check2.user ?? "that account"} is not its owner nor a member of its organization.
Git would say "Repository not found".${source ? ` The token comes from ${source}.` : ""}`,
        [
          "git remote -v    # check the name",
          ...login ? [`${login}    # with a token of the account that can see it`] : [],
          `Ask the owner to share it with ${check2.user ?? "your account"} (a member of the organization can read its private repos)`
        ]
      );
    case "invalid":
      return tokenFinding({ kind: "invalid" }, c, api);
    case "unknown":
      return finding("api.unreachable", "warn", `Could not learn from ${api} whether ${id} can be read: ${check2.detail}.
hf-hooks says nothing more; Git tries.`, []);
  }
}

// hooks/ssh/fetch.ts
async function fetchOverSsh(p, found, fx, ctx) {
  const provider = PROVIDERS[p.provider];
  if (!provider.fetchRequests || !p.repo || found.some((f) => f.level === "error" && f.id !== "ssh.key-not-registered")) return found;
  const anonymous = found.find((f) => f.id === "ssh.key-not-registered");
  const user = found.map(sshUser).find(Boolean);
  if (!anonymous && !user) return found;
  const rest = found.filter((f) => f !== anonymous);
  const o = { network: ctx.network, deadline: ctx.deadline, gitCanAsk: false };
  const local2 = user ? (await provider.localTokens?.(fx))?.find((t) => t.inUse) : void 0;
  if (local2) {
    const mine = await askFetch(p, ctx.config, fx, { ...o, token: { password: local2.token, source: local2.source } });
    if (!("id" in mine) && "user" in mine.check && mine.check.user === user) return [...rest, readFinding(mine, p, ctx.config, fx, o)];
  }
  const open = await askFetch(p, ctx.config, fx, { ...o, token: null });
  if ("id" in open) return [...found, open];
  const said = anonymous?.message.split("\n")[0];
  if (open.check.kind === "ok") {
    return anonymous ? [...rest, finding("fetch.ssh-anonymous", "warn", `${said}
It answers such a key as "anonymous", who can read public repositories like this one, and push to none.`, anonymous.fix, anonymous.docs)] : [...rest, readFinding(open, p, ctx.config, fx, o)];
  }
  if (open.check.kind !== "needs-login") return [...found, readFinding(open, p, ctx.config, fx, o)];
  const what = `${repoPath(p.path)} is ${open.check.gated ? "gated" : "private, or does not exist"}`;
  return anonymous ? [...rest, finding("fetch.ssh-anonymous", "error", `${said}
So it answers as "anonymous", and ${what}: anonymous cannot read it.`, anonymous.fix, anonymous.docs)] : [...rest, finding("fetch.unconfirmed", "info", `${what}: whether ${user} may read it cannot be asked over SSH.${provider.cli?.login ? `
After \`${provider.cli.login}\` with a token of ${user}, \`hf-hooks doctor --fetch\` can tell.` : ""}`)];
}

// hooks/url-checks.ts
function checkUrl(remoteName, remote, config, env) {
  if ("error" in remote) return [unusable(remoteName, remote)];
  const ci = env.CI !== void 0 && !["", "0", "false"].includes(env.CI.toLowerCase());
  return [ci ? void 0 : embeddedCredential(remoteName, remote, storeContext(remote, config, env)), insecureHttp(remoteName, remote), readOnlyProtocol(remoteName, remote)].filter((f) => f !== void 0);
}
var pushUrlOf = (remoteName) => remoteName ? `The push URL of '${remoteName}'` : "The push URL";
function unusable(remoteName, problem) {
  const hub = PROVIDERS.huggingface;
  const id = problem.unsupported ? "url.unsupported" : "url.malformed";
  return finding(
    id,
    "warn",
    `${pushUrlOf(remoteName)} cannot be checked: ${problem.error}.
hf-hooks cannot tell whether a push there will authenticate, so it lets Git try.`,
    [
      "git remote -v    # see the URL as Git has it",
      ...remoteName ? [`git remote set-url ${remoteName} https://${hub.hosts[0]}/<namespace>/<repo>    # or git@${hub.sshHost}:<namespace>/<repo>`] : []
    ]
  );
}
var looksLikeToken = (text) => ALL_TOKEN_PATTERNS.some((p) => new RegExp(p.source).test(text));
function embeddedCredential(remoteName, remote, store) {
  if (remote.password === void 0 && !(remote.user && looksLikeToken(remote.user))) return void 0;
  const provider = PROVIDERS[remote.provider];
  return finding(
    "url.embedded-credential",
    "warn",
    `${pushUrlOf(remoteName)} has a password or token written into it (${remote.url}).
Git keeps it in plain text in .git/config and shows it in errors, logs and \`git remote -v\`.`,
    [
      setUrl(remoteName, withoutUserinfo(remote.url)),
      ...provider.storeToken(store),
      ...provider.tokensPage ? [`If this config was ever shared or committed, revoke the token at ${provider.tokensPage}`] : []
    ],
    provider.tokensPage
  );
}
function insecureHttp(remoteName, remote) {
  if (remote.transport !== "http" || isLoopback(remote.host)) return void 0;
  return finding(
    "url.insecure-http",
    "warn",
    `${pushUrlOf(remoteName)} uses http://, so your credentials cross the network unencrypted.
Anyone on the path can read the token and push as you.`,
    [setUrl(remoteName, withoutUserinfo(remote.url).replace(/^http:/i, "https:"))]
  );
}
function readOnlyProtocol(remoteName, remote) {
  if (remote.transport !== "git") return void 0;
  const path = repoPath(remote.path);
  const sshHost = sshHostFor(PROVIDERS[remote.provider], remote.host ?? "");
  return finding(
    "url.read-only-protocol",
    "error",
    `${pushUrlOf(remoteName)} uses git://, which is read-only.
The git:// protocol has no authentication, so every server refuses a push over it.`,
    [
      `${setUrl(remoteName, `https://${remote.host}/${path}`, { push: true })}    # HTTPS with an access token`,
      `${setUrl(remoteName, `git@${sshHost}:${path}`, { push: true })}    # or SSH with a registered key`
    ]
  );
}

// hooks/engine.ts
async function loadConfig(fx) {
  const read = (args) => fx.run("git", args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const r = await read(CONFIG_ARGS);
  return configFromGit(r.code === 129 ? await read(CONFIG_ARGS.filter((a) => a !== "--show-scope")) : r, fx.env);
}
var URL_PHASES = /* @__PURE__ */ new Set(["pre-push", "doctor"]);
async function check(t, phase, fx, ctx) {
  const fetching = ctx.op === "fetch";
  const findings = URL_PHASES.has(phase) && !fetching ? checkUrl(t.remote, t.parsed, ctx.config, fx.env) : [];
  const p = t.parsed;
  if ("error" in p || !p.host || findings.some((f) => f.level === "error")) return { report: reportOf(t, findings) };
  const early = phase === "doctor" && !fetching ? contentOf(t, p, phase, fx, ctx) : void 0;
  const found = p.transport === "ssh" ? { findings: await ssh(t, p, phase, fx, ctx) } : p.transport === "https" || p.transport === "http" ? await https(t, p, phase, fx, ctx) : { findings: [] };
  const before = [...findings, ...found.findings];
  const content = verdictOf(before) === "blocked" || fetching ? (await early, []) : await (early ?? contentOf(t, p, phase, fx, ctx));
  const report = reportOf(t, [...before, ...content], found.route);
  const ready = phase === "pre-push" && report.verdict === "ready" && !scopeOf(t, p).reviewOnly ? found.readyKey?.(t.url) : void 0;
  return ready ? { report, readyKey: ready } : { report };
}
async function contentOf(t, p, phase, fx, ctx) {
  const refs = phase === "pre-push" ? t.refs : phase === "doctor" && ctx.config.contentGuard ? await branchPush(t.remote, fx, ctx.pushRef) : void 0;
  if (!refs?.length) return [];
  return checkContent({ remote: p, remoteName: t.remote, refs, config: ctx.config, network: ctx.network, deadline: ctx.deadline }, fx);
}
var PUSH_ONLY = /* @__PURE__ */ new Set(["token.read-only", "token.no-write-access", "repo.not-found", "token.sso-required"]);
async function https(t, p, phase, fx, ctx) {
  const o = { network: ctx.network, deadline: ctx.deadline, remoteName: t.remote, gitCanAsk: ctx.gitCanAsk, scope: scopeOf(t, p), rejected: phase === "credential-erase" };
  if (ctx.op === "fetch") {
    switch (phase) {
      case "credential-get":
        return { findings: await credentialGet(t, p, ctx, fx, o) };
      case "credential-erase":
        return { findings: (await diagnoseCredential(p, t.credential ?? {}, ctx.config, fx, o)).filter((f) => !PUSH_ONLY.has(f.id)) };
      default:
        return { findings: await checkFetch(p, ctx.config, fx, o) };
    }
  }
  switch (phase) {
    case "ssh-connect":
      return { findings: [] };
    case "credential-get":
      return { findings: await credentialGet(t, p, ctx, fx, o) };
    case "credential-erase":
      return { findings: await diagnoseCredential(p, t.credential ?? {}, ctx.config, fx, o) };
    case "doctor": {
      if (!PROVIDERS[p.provider].tokenShape) return checkHttps(p, ctx.config, fx, o);
      const [helpers, found] = await Promise.all([helpersAsked(p.url, fx, LOCAL_TIMEOUT_MS), checkHttps(p, ctx.config, fx, o)]);
      const api = apiBase(p, PROVIDERS[p.provider], ctx.config);
      const route = "base" in api ? routeOf(p, api.base, ctx.config.http, fx.env) : void 0;
      const shown = route && routeFinding(p.url, route);
      return { ...found, findings: [...found.findings, ...shown ? [shown] : [], helperOrder(p, helpers)], ...route && { route: routeShown(route) } };
    }
    default:
      return checkHttps(p, ctx.config, fx, o);
  }
}
function scopeOf(t, p) {
  const review = PROVIDERS[p.provider].reviewRef;
  const updates = (t.refs ?? []).filter((r) => !r.deletion);
  return { reviewOnly: !!review && updates.length > 0 && updates.every((r) => review.test(r.remoteRef)) };
}
async function credentialGet(t, p, ctx, fx, o) {
  if (await gitCredential(t.asked ?? t.url, fx, LOCAL_TIMEOUT_MS)) return [];
  return [await missingCredential(p, ctx.config, fx, o)];
}
async function ssh(t, p, phase, fx, ctx) {
  if (phase === "credential-get" || phase === "credential-erase") return [];
  const inWrapper = phase === "ssh-connect";
  const cmd = inWrapper ? wrappedSsh(fx.env) : effectiveSsh(fx.env, ctx.config.sshCommand);
  const skipped = inWrapper ? void 0 : bypassed(fx.env, ctx.config.sshCommand);
  const found = await checkSsh(sshTargetOf(t, p), cmd, ctx.config, fx, { probe: ctx.network, deadline: ctx.deadline, terminal: ctx.terminal });
  const read = ctx.op === "fetch" ? await fetchOverSsh(p, found, fx, ctx) : found;
  return skipped ? [skipped, ...read] : read;
}
async function explainRefusal2(t, shown, stderr, fx, ctx) {
  const p = t.parsed;
  if ("error" in p || !p.host || p.transport !== "ssh") return void 0;
  const f = await explainRefusal(sshTargetOf(t, p), wrappedSsh(fx.env), stderr, ctx.config, fx, ctx.terminal);
  if (!f || shown.findings.some((s) => s.id === f.id)) return void 0;
  return reportOf(t, [f]);
}
var sshTargetOf = (t, p) => ({ remoteName: t.remote, user: p.user, host: p.host, port: p.port, provider: p.provider, path: p.path });
function reportOf(t, findings, route) {
  const p = "error" in t.parsed ? void 0 : t.parsed;
  return {
    remote: t.remote ?? t.url,
    url: t.url,
    ...p && { transport: p.transport, provider: p.provider, ...p.repo && { repo: p.repo } },
    verdict: verdictOf(findings),
    findings,
    ...route && { route }
  };
}

export {
  parseRefLines,
  QUIET_ENV,
  gitCredential,
  parseAttributes,
  lfsEndpoint,
  bridged,
  askedKey,
  diagnoseCredential,
  checkFetch,
  askpassOf,
  contextFor,
  targetFor,
  bypassed,
  loadConfig,
  check,
  explainRefusal2 as explainRefusal
};
