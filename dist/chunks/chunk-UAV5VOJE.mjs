#!/usr/bin/env node

// hooks/providers/types.ts
var PROVIDER_NAMES = ["huggingface", "github", "gitlab", "bitbucket", "generic"];
var helperStep = (c) => c.storageHelper ? [] : [`git config --global credential.helper ${c.platformHelper}    # no credential helper is configured to keep a token${c.platformHelper === "store" ? " (store: plain text in ~/.git-credentials)" : ""}`];
var gitStoreToken = (c, username) => [
  ...helperStep(c),
  `printf 'Token: '; read -rs TOKEN; echo; printf 'url=${c.url}\\nusername=${username}\\npassword=%s\\n\\n' "$TOKEN" | git credential approve; unset TOKEN`
];
function parseJson(body) {
  try {
    return JSON.parse(body);
  } catch {
    return void 0;
  }
}
function namespacedRepo(path, minDepth = 2) {
  const parts = path.split("/");
  if (parts.length < minDepth || parts.some((p) => p === "" || p === "." || p === "..")) return void 0;
  return { namespace: parts.slice(0, -1).join("/"), name: parts[parts.length - 1] };
}

// hooks/providers/bitbucket.ts
var BROWNOUTS = Date.parse("2026-06-09T00:00:00Z");
var REMOVED = Date.parse("2026-07-28T00:00:00Z");
var bitbucket = {
  name: "bitbucket",
  label: "Bitbucket",
  hosts: ["bitbucket.org"],
  storeToken: (c) => gitStoreToken(c, "x-bitbucket-api-token-auth"),
  tokenQuestion: {
    user: "x-bitbucket-api-token-auth",
    ask: (where, push) => `Bitbucket API token${push ? " with repository write permission" : ""} for ${where} (https://id.atlassian.com/manage-profile/security/api-tokens): `
  },
  parseRepo: (path) => namespacedRepo(path),
  // ATATT: API tokens; ATCTT: repository, project and workspace access tokens; ATBB: app passwords.
  tokenPatterns: [/ATATT[A-Za-z0-9_=-]{6,}/g, /ATCTT[A-Za-z0-9_=-]{6,}/g, /ATBB[A-Za-z0-9]{6,}/g],
  tokensPage: "https://id.atlassian.com/manage-profile/security/api-tokens",
  keysPage: "https://bitbucket.org/account/settings/ssh-keys/",
  hostKeysPage: "https://bitbucket.org/site/ssh",
  // "authenticated via ssh key." and, for a personal key, "logged in as <user>."
  greeting(text) {
    const user = /\blogged in as ([^\s.]+)/.exec(text)?.[1];
    if (user) return { user };
    return /\bauthenticated via ssh key\b/.test(text) ? { user: "(a Bitbucket account)" } : void 0;
  },
  // No API is asked here, so only a removed credential kind is certain.
  tokenShape(password, now, username) {
    if (password.startsWith("ATATT") || password.startsWith("ATCTT") || username === "x-token-auth") return { kind: "token" };
    if (password.startsWith("ATBB") && now >= REMOVED) return { kind: "not-token", why: "it is a Bitbucket app password, and Bitbucket removed app passwords on 2026-07-28" };
    if (password.startsWith("ATBB") && now >= BROWNOUTS) return { kind: "unknown", why: "it is a Bitbucket app password; they fail during the brownouts that began on 2026-06-09 and stop working on 2026-07-28" };
    if (password.startsWith("ATBB")) return { kind: "token" };
    return { kind: "unknown", why: "it does not look like an Atlassian API token (ATATT...) or an access token (ATCTT...), and Bitbucket does not accept account passwords for Git" };
  }
};

// hooks/providers/generic.ts
var generic = {
  name: "generic",
  label: "Git server",
  hosts: [],
  parseRepo: (path) => namespacedRepo(path, 1),
  tokenPatterns: [],
  storeToken: (c) => gitStoreToken(c, "git")
};

// hooks/providers/github.ts
var EXPIRY_HEADER = "github-authentication-token-expiration";
var parseExpiry = (value) => Date.parse(value.replace(" UTC", "Z").replace(" ", "T"));
function interpretUser(a, now) {
  if (a.status === 401) return { kind: "invalid" };
  if (a.status === 403 || a.status === 429) return { kind: "unknown", detail: `GitHub answered ${a.status} (rate limit?)` };
  const login = a.status === 200 ? parseJson(a.body)?.login : void 0;
  if (!login) return { kind: "unknown", detail: `GitHub answered ${a.status}` };
  const header = a.headers[EXPIRY_HEADER];
  const expires = header ? parseExpiry(header) : void 0;
  if (expires !== void 0 && expires <= now) return { kind: "expired", user: login, when: header };
  const scopes = a.headers["x-oauth-scopes"];
  if (scopes === void 0) return { user: login, classic: false, ...expires !== void 0 && { expires } };
  const list = scopes.split(",").map((s) => s.trim()).filter(Boolean);
  if (!list.includes("repo") && !list.includes("public_repo")) {
    return { kind: "read-only", user: login, detail: `its scopes are ${list.length ? list.join(", ") : "empty"}; pushing needs "repo" (or "public_repo" for public repositories)`, certain: true };
  }
  return { user: login, classic: true, ...expires !== void 0 && { expires } };
}
function interpretRepo(a, user, repo, base) {
  if (!a) return base;
  const full = `${repo.namespace}/${repo.name}`;
  const sso = a.headers["x-github-sso"];
  if (a.status === 403 && sso?.startsWith("required")) return { kind: "sso-required", user, url: /url=(\S+)/.exec(sso)?.[1] };
  if (a.status === 404) return { kind: "not-found", user, repo: full };
  const push = a.status === 200 ? parseJson(a.body)?.permissions?.push : void 0;
  if (push === false) return { kind: "no-write", user, namespace: full, detail: `GitHub says ${user} has no push permission on ${full}`, certain: true };
  return base;
}
var github = {
  name: "github",
  label: "GitHub",
  hosts: ["github.com"],
  // Any user name works with a token; x-access-token is the documented one for app tokens.
  storeToken: (c) => gitStoreToken(c, "x-access-token"),
  // docs.github.com "About large files on GitHub": blocked over 100 MiB (GH001), a warning over 50 MiB
  // (tooLarge.bytes is the first size refused).
  contentRules: {
    tooLarge: {
      bytes: 100 * 1024 * 1024 + 1,
      docs: "https://docs.github.com/en/repositories/working-with-files/managing-large-files/about-large-files-on-github",
      said: "GH001: Large files detected. ... this exceeds GitHub's file size limit of 100.00 MB",
      warnFrom: { bytes: 50 * 1024 * 1024, said: "this is larger than GitHub's recommended maximum file size of 50.00 MB" }
    }
  },
  // GitHub CLI (cli.github.com manual): `gh auth setup-git` makes Git ask `gh auth git-credential`.
  gitCli: { status: ["gh", "auth", "status"], setup: "gh auth setup-git" },
  tokenQuestion: {
    user: "x-access-token",
    ask: (where, push) => `GitHub personal access token${push ? ' that may push (classic: "repo" scope; fine-grained: Contents read and write)' : ""} for ${where} (https://github.com/settings/tokens): `
  },
  parseRepo: (path) => namespacedRepo(path),
  tokenPatterns: [/gh[pousr]_[A-Za-z0-9]{6,}/g, /github_pat_[A-Za-z0-9_]{6,}/g],
  tokensPage: "https://github.com/settings/tokens",
  keysPage: "https://github.com/settings/keys",
  hostKeysPage: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints",
  // That page, "GitHub's SSH key fingerprints" (DSA, deprecated, left out).
  hostKeyFingerprints: ["SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU (ED25519)", "SHA256:p2QAMXNIC1TJYWeIOttrVc98/R1BUFWu3/LiyKgUfQM (ECDSA)", "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s (RSA)"],
  // Success exits 1: "Hi <user>! You've successfully authenticated, but GitHub does not provide shell access."
  greeting(text) {
    const m = /\bHi ([^\s!]+)! You've successfully authenticated/.exec(text);
    return m ? { user: m[1] } : void 0;
  },
  tokenShape: (password) => /^(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})$/.test(password) ? { kind: "token" } : { kind: "unknown", why: "it does not look like a GitHub token (ghp_..., github_pat_...), and GitHub removed password authentication for Git on August 13, 2021" },
  apiFor: (host) => host === "github.com" ? "https://api.github.com" : void 0,
  tokenRequests(api, token, repo) {
    const headers = { authorization: `token ${token}`, accept: "application/vnd.github+json" };
    const user = { url: `${api}/user`, headers };
    return repo?.namespace ? [user, { url: `${api}/repos/${encodeURIComponent(repo.namespace)}/${encodeURIComponent(repo.name)}`, headers }] : [user];
  },
  interpretToken([userAnswer, repoAnswer], repo, now) {
    const who = interpretUser(userAnswer, now);
    if ("kind" in who) return who;
    const base = { kind: "ok", user: who.user, role: who.classic ? "classic token" : "fine-grained token", ...who.expires !== void 0 && { expires: who.expires } };
    return repo?.namespace ? interpretRepo(repoAnswer, who.user, repo, base) : base;
  }
};

// hooks/providers/gitlab.ts
function interpretSelf(a, now) {
  if (a.status === 401) return { kind: "invalid" };
  if (a.status === 429) return { kind: "unknown", detail: "GitLab is rate-limiting requests (429)" };
  const t = a.status === 200 ? parseJson(a.body) : void 0;
  if (!t || !Array.isArray(t.scopes)) return { kind: "unknown", detail: `GitLab answered ${a.status}` };
  const user = `user #${t.user_id}`;
  if (t.revoked || t.active === false) return { kind: "invalid" };
  const expires = typeof t.expires_at === "string" ? Date.parse(`${t.expires_at}T00:00:00Z`) : NaN;
  if (expires <= now) return { kind: "expired", user, when: t.expires_at };
  const scopes = t.scopes;
  if (!scopes.includes("write_repository") && !scopes.includes("api")) {
    return { kind: "read-only", user, detail: `token "${t.name}" has the scopes ${scopes.join(", ")}; pushing needs write_repository`, certain: true };
  }
  return { kind: "ok", user, role: scopes.join(", "), ...Number.isFinite(expires) && { expires } };
}
var PAT = /^glpat-/;
var gitlab = {
  name: "gitlab",
  label: "GitLab",
  hosts: ["gitlab.com"],
  // With a token, GitLab takes any user name; oauth2 is the documented one.
  storeToken: (c) => gitStoreToken(c, "oauth2"),
  // GitLab CLI: `glab auth login` offers to make Git use its credentials.
  gitCli: { status: ["glab", "auth", "status"], setup: "glab auth login" },
  tokenQuestion: {
    user: "oauth2",
    ask: (where, push) => `GitLab personal access token${push ? " with the write_repository scope" : ""} for ${where} (https://gitlab.com/-/user_settings/personal_access_tokens): `
  },
  parseRepo: (path) => namespacedRepo(path),
  // Every prefix GitLab documents: glpat- (personal, project, group), gldt- (deploy),
  // glcbt- (CI job), glrt- (runner), gloas-, glft-, glptt-, glsoat-, glimt-, glagent-, ...
  // The documented prefixes anywhere; any other gl*- only at a word start, so prose
  // ("english-speaking") is left alone.
  tokenPatterns: [/gl(?:pat|dt|cbt|rt|oas|ft|ptt|soat|imt|agent|ffct|wt|rtr)-[A-Za-z0-9_.-]{6,}/g, /\bgl[a-z]{2,8}-[A-Za-z0-9_.-]{6,}/g],
  tokensPage: "https://gitlab.com/-/user_settings/personal_access_tokens",
  // Its push check for projects with LFS on (git-lfs issue #2744 quotes it).
  lfsRefusal: 'GitLab: LFS objects are missing. Ensure LFS is properly set up or try a manual "git lfs push --all".',
  keysPage: "https://gitlab.com/-/user_settings/ssh_keys",
  hostKeysPage: "https://docs.gitlab.com/user/gitlab_com/#ssh-host-keys-fingerprints",
  // "Welcome to GitLab, @<user>!"; a deploy key gets "Welcome to GitLab, Anonymous!" and may still push.
  greeting(text) {
    const m = /\bWelcome to GitLab, (@?)([^\s!]+)!/.exec(text);
    if (!m) return void 0;
    return { user: m[1] ? m[2] : `${m[2]} (a deploy key)` };
  },
  // Self-managed instances may set their own prefix, so no shape is ever certain here.
  tokenShape: (password) => /^gl[a-z]+-[A-Za-z0-9_.-]{16,}$/.test(password) ? { kind: "token" } : { kind: "unknown", why: "it does not look like a GitLab token (glpat-..., gldt-...), and with two-factor authentication or SSO GitLab refuses passwords for Git" },
  apiFor: (host) => host === "gitlab.com" ? "https://gitlab.com" : void 0,
  // Only personal access tokens can describe themselves; a deploy or job token gets 401 there
  // and may still push, so for any other token the API cannot tell.
  tokenRequests: (api, token) => PAT.test(token) ? [{ url: `${api}/api/v4/personal_access_tokens/self`, headers: { "private-token": token } }] : [],
  interpretToken: ([answer], _repo, now) => interpretSelf(answer, now)
};

// hooks/providers/huggingface.ts
import { join } from "node:path";
var PREFIX_TYPES = { datasets: "dataset", spaces: "space", kernels: "kernel" };
function parseRepo(path) {
  const parts = path.split("/");
  const type = PREFIX_TYPES[parts[0]];
  const rest = type ? parts.slice(1) : parts;
  if (rest.length < 1 || rest.length > 2 || rest.some((p) => p === "" || p === "." || p === "..")) return void 0;
  const [namespace, name] = rest.length === 2 ? rest : [void 0, rest[0]];
  return namespace ? { type: type ?? "model", namespace, name } : { type: type ?? "model", name };
}
var repoId = (r) => r.namespace ? `${r.namespace}/${r.name}` : r.name;
function readRepoInfo(a) {
  if (!a) return void 0;
  if (a.status === 200) {
    const group = parseJson(a.body)?.resourceGroup?.name;
    return typeof group === "string" ? { found: true, group } : { found: true };
  }
  const invalid = parseJson(a.body)?.error === "Invalid credentials in Authorization header";
  if (a.status === 404 || a.status === 401 && !invalid || a.headers["x-error-code"] === "RepoNotFound") return { found: false };
  return { unknown: `the repository API answered ${a.status}` };
}
var sitePath = (r) => `${r.type && r.type !== "model" ? `${r.type}s/` : ""}${repoId(r)}`;
function interpretFetch(answers, token) {
  const [check, whoami] = answers;
  if (!check) return { kind: "unknown", detail: "the Hub could not be asked" };
  const who = whoami?.status === 200 ? parseJson(whoami.body) : void 0;
  const user = who?.name;
  const code = check.headers["x-error-code"];
  const said = check.headers["x-error-message"] ?? parseJson(check.body)?.error;
  if (check.status === 200) return { kind: "ok", ...user && { user } };
  if (check.status === 401 && said === "Invalid credentials in Authorization header") return { kind: "invalid" };
  if (check.status === 429) return { kind: "unknown", detail: "the Hub is rate-limiting requests (429)" };
  if (code === "GatedRepo" && !token) return { kind: "needs-login", gated: true, ...said && { said } };
  if (code === "GatedRepo") {
    const state = /awaiting a review/.test(said ?? "") ? "pending" : /rejected/.test(said ?? "") ? "rejected" : "not-requested";
    const fine = who?.auth?.accessToken;
    const tokenScope = fine?.role === "fineGrained" && fine.fineGrained?.canReadGatedRepos === false ? `${fine.displayName ? `"${fine.displayName}"` : "the token"} is fine-grained without "Read access to contents of all public gated repos you can access"` : void 0;
    return { kind: "gated", ...user && { user }, state, said: said ?? `the Hub answered ${check.status}`, ...tokenScope && { tokenScope } };
  }
  if (code === "RepoNotFound" || check.status === 404 || check.status === 401) return token ? { kind: "not-found", ...user && { user } } : { kind: "needs-login", gated: false };
  return { kind: "unknown", detail: `the Hub answered ${check.status}${said ? `: ${said}` : ""}` };
}
var CREATE_TYPE = { dataset: " --repo-type dataset", space: " --repo-type space --space-sdk docker    # or gradio, static", kernel: " --repo-type kernel" };
var createCommand = (r) => `hf repos create ${repoId(r)}${CREATE_TYPE[r.type ?? "model"] ?? ""}`;
function expiryOf(who) {
  const when = who.auth?.accessToken?.expiration ?? who.auth?.expiresAt;
  const t = when ? Date.parse(when) : NaN;
  return Number.isFinite(t) ? t : void 0;
}
function fineGrainedWrites(who, repo) {
  const full = repoId(repo);
  return (who.auth?.accessToken?.fineGrained?.scoped ?? []).some(({ entity, permissions }) => permissions?.includes("repo.write") && ((entity?.type === "user" || entity?.type === "org") && entity.name === repo.namespace || entity?.type === repo.type && entity?.name === full));
}
function interpretHub(answers, repo, now, scope) {
  const [whoami, info] = answers;
  if (whoami.status === 401) return { kind: "invalid" };
  if (whoami.status === 429) return { kind: "unknown", detail: "the Hub is rate-limiting requests (429)" };
  const who = whoami.status === 200 ? parseJson(whoami.body) : void 0;
  if (!who?.name) return { kind: "unknown", detail: `the Hub answered ${whoami.status} without an account` };
  const user = who.name;
  const expires = expiryOf(who);
  if (expires !== void 0 && expires <= now) return { kind: "expired", user, when: new Date(expires).toISOString().slice(0, 10) };
  const token = who.auth?.accessToken;
  const role = token?.role ?? (token ? "unknown" : "OAuth login");
  const label = token?.displayName ? `"${token.displayName}"` : "this token";
  const ok = { kind: "ok", user, role, ...expires !== void 0 && { expires } };
  const pr = scope.reviewOnly;
  if (role === "read") return { kind: "read-only", user, detail: `${label} has the "read" role`, certain: !pr };
  if (!repo) return ok;
  if (role === "fineGrained" && !fineGrainedWrites(who, repo)) {
    return { kind: "no-write", user, namespace: repoId(repo), detail: `fine-grained ${label} has no "repo.write" permission on ${repo.namespace ?? repoId(repo)}`, certain: !pr };
  }
  const found = readRepoInfo(info);
  const ns = repo.namespace;
  const org = ns ? who.orgs?.find((o) => o.name === ns) : void 0;
  const stranger = !!ns && ns !== user && !org;
  if (found && "found" in found && !found.found && !stranger) return { kind: "not-found", user, repo: repoId(repo), create: createCommand(repo) };
  if (pr) return ok;
  if (!ns || ns === user) return ok;
  if (!org) return { kind: "no-write", user, namespace: ns, detail: `${ns} is neither ${user} nor an organization ${user} belongs to`, certain: true };
  return orgDecision(ok, user, ns, org.roleInOrg, found && "found" in found && found.found ? found : void 0, repo);
}
function orgDecision(ok, user, ns, orgRole, info, repo) {
  const group = info?.group;
  const inGroup = group ? ` ${repoId(repo)} is in the resource group "${group}", where ${user}'s role is not shown to hf-hooks` : "";
  const maybe = (detail, fix = []) => ({ kind: "no-write", user, namespace: ns, detail, certain: false, fix });
  if (orgRole === "admin") return ok;
  if (orgRole === "write") return group ? maybe(`${user} has the "write" role in ${ns}, but${inGroup}`) : ok;
  if (orgRole === "contributor") {
    return maybe(`${user} is a contributor in ${ns}, who may push only to repos they created${group ? `, and${inGroup}` : ""}`, prFix(repo));
  }
  const named = orgRole ? `the "${orgRole}" role` : "no role hf-hooks knows";
  if (group) return maybe(`${user} has ${named} in ${ns}, but${inGroup}`);
  if ((orgRole === "read" || orgRole === "no_access") && info) return { kind: "no-write", user, namespace: ns, detail: `${user} has ${named} in ${ns}, and ${repoId(repo)} is in no resource group`, certain: true, fix: prFix(repo) };
  return maybe(`${user} has ${named} in ${ns}`);
}
function prFix(repo) {
  const page = `https://huggingface.co/${repo.type && repo.type !== "model" ? `${repo.type}s/` : ""}${repoId(repo)}/discussions/new`;
  return [`or open a pull request at ${page}, then: git push <remote> HEAD:refs/pr/<number>`];
}
function expandPath(path, env, home) {
  const tilde = path === "~" || path.startsWith("~/") ? (env.HOME || home) + path.slice(1) : path;
  return tilde.replace(/\$(\w+)|\$\{([^}]+)\}/g, (whole, a, b) => env[a ?? b] ?? whole);
}
function hubTokenFile(env, home) {
  if (env.HF_TOKEN_PATH) return expandPath(env.HF_TOKEN_PATH, env, home);
  const hfHome = env.HF_HOME || join(env.XDG_CACHE_HOME || join("~", ".cache"), "huggingface");
  return join(expandPath(hfHome, env, home), "token");
}
var clean = (value) => value?.replace(/[\r\n]/g, "").trim() || void 0;
function parseStoredTokens(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const head = /^\s*\[(.+)\]\s*$/.exec(line);
    if (head) out.push({ name: head[1] });
    const field = /^\s*(hf_token|expires_at)\s*[=:]\s*(.*?)\s*$/i.exec(line);
    const section = out[out.length - 1];
    if (!field || !section) continue;
    if (field[1].toLowerCase() === "hf_token") section.token = field[2];
    else if (/^\d+$/.test(field[2])) section.expires = Number(field[2]) * 1e3;
  }
  return out.filter((s) => !!s.token);
}
async function localTokens(files) {
  const out = [];
  const envName = files.env.HF_TOKEN ? "HF_TOKEN" : files.env.HUGGING_FACE_HUB_TOKEN ? "HUGGING_FACE_HUB_TOKEN" : void 0;
  const fromEnv = envName ? clean(files.env[envName]) : void 0;
  if (envName && fromEnv) out.push({ token: fromEnv, source: `$${envName}`, inUse: true });
  const file = hubTokenFile(files.env, files.account.home);
  const [text, storedText] = await Promise.all([files.readText(file), files.readText(join(file, "..", "stored_tokens"))]);
  const stored = parseStoredTokens(storedText ?? "");
  const token = clean(text);
  const expiryOf2 = (t) => stored.find((s) => s.token === t)?.expires;
  const withExpiry = (t) => {
    const expires = expiryOf2(t.token);
    return expires === void 0 ? t : { ...t, expires };
  };
  if (token) out.push(withExpiry({ token, source: file, inUse: !fromEnv }));
  for (const s of stored) if (s.token !== token) out.push(withExpiry({ token: s.token, source: `stored token "${s.name}"`, inUse: false }));
  return out.map((t) => t.source.startsWith("$") ? withExpiry(t) : t);
}
var KiB = 1024;
var MiB = 1024 * KiB;
var GB = 1e3 ** 3;
var CONTENT_RULES = {
  tooLarge: {
    bytes: 10 * MiB,
    docs: "https://huggingface.co/docs/hub/repositories-getting-started#terminal",
    said: "Your push was rejected because it contains files larger than 10 MiB. Please use https://git-lfs.github.com/ to store large files."
  },
  binary: {
    bytes: MiB,
    warnFrom: 100 * KiB,
    docs: "https://huggingface.co/docs/hub/xet/using-xet-storage#git",
    said: "Your push was rejected because it contains binary files. Please use https://huggingface.co/docs/hub/xet to store binary files.",
    smallerRefused: "the Hub has refused smaller binary files too (a 358 KiB .wasm in 2026)"
  },
  lfsFile: {
    agent: 5 * GB,
    hard: 500 * GB,
    said: "no single file may exceed 500 GB (hub-docs, storage limits)",
    agentFix: ["hf lfs-enable-largefiles .    # the multipart upload agent (huggingface_hub), or: git xet install"]
  },
  metadata: { file: "README.md", said: "Sorry, your push was rejected during YAML metadata verification:", validate: (api) => `${api}/api/validate-yaml` }
};
var LOGIN = "hf auth login    # huggingface_hub keeps the token; hf-hooks hands it to Git";
function bridgeHosts(env) {
  if (!env.HF_ENDPOINT) return ["huggingface.co", "hf.co"];
  try {
    const u = new URL(hubEndpoint(env));
    return [u.port ? `${u.hostname}:${u.port}` : u.hostname];
  } catch {
    return [];
  }
}
var hubEndpoint = (env) => (env.HF_ENDPOINT || "https://huggingface.co").replace(/\/+$/, "");
function handOver(t, c) {
  if (c.bridge) return [LOGIN];
  const fromFile = !t.source.startsWith("$");
  const oauth = t.token.startsWith("hf_oauth_");
  const value = oauth && fromFile ? "$(hf auth token)" : fromFile ? `$(cat '${t.source}')` : t.source;
  if (c.url === hubEndpoint(c.env) && !oauth) return [...helperStep(c), `hf auth login --token "${value}" --add-to-git-credential`];
  return [...helperStep(c), `printf 'url=${c.url}\\nusername=hf_user\\npassword=%s\\n\\n' "${value}" | git credential approve`];
}
var huggingface = {
  name: "huggingface",
  label: "Hugging Face",
  hosts: ["huggingface.co", "hf.co"],
  sshHost: "hf.co",
  endpointEnv: "HF_ENDPOINT",
  parseRepo,
  // Families: hf_ access tokens, hf_oauth_ from the browser login (OAuth device flow,
  // utils/_oauth_device.py), hf_jwt_ from Trusted Publishers (a JWT: dots, dashes, underscores).
  // No word boundary before: a token glued to text ("x\\nhf_..." in JSON) is still a token.
  tokenPatterns: [/hf_oauth_[A-Za-z0-9_-]{6,}/g, /hf_jwt_[A-Za-z0-9_.-]{6,}/g, /hf_[A-Za-z0-9]{6,}/g, /api_org_[A-Za-z0-9]{6,}/g],
  tokensPage: "https://huggingface.co/settings/tokens",
  // The Hub reads only the password; huggingface_hub's own helper hand-over uses "hf_user",
  // "the default user used in the Hub" (utils/_git_credential.py set_git_credential).
  tokenQuestion: {
    user: "hf_user",
    ask: (where, push) => `Hugging Face access token${push ? " with the write role" : ""} for ${where} (https://huggingface.co/settings/tokens): `
  },
  keysPage: "https://huggingface.co/settings/keys",
  hostKeysPage: "https://huggingface.co/docs/hub/security-git-ssh",
  // hub-docs docs/hub/security-git-ssh.md, "HuggingFace's SSH key fingerprints" (DSA, deprecated, left out).
  hostKeyFingerprints: ["SHA256:dVjzGIdV7d6cwKIeZiCoRMa2gMvSKfGZAvHf4gMiMao (ED25519)", "SHA256:aBG5R7IomF4BSsx/h6tNAUVLhEkkaNGB8Sluyh/Q/qY (ECDSA)", "SHA256:uqjYymysBGCXXiMVebB8L8RIuWbPSKGBxQQNhcT5a3Q (RSA)"],
  // "Hi anonymous, welcome to Hugging Face." when the key is on no account.
  greeting(text) {
    const m = /\bHi (\S+), welcome to Hugging Face\b/.exec(text);
    if (!m) return void 0;
    return m[1] === "anonymous" ? { anonymous: true, said: m[0] } : { user: m[1] };
  },
  // Only api_org_ is certain: huggingface_hub refuses it ("You must use your personal
  // account token, not an organization token", _login.py). Every other Hub token starts
  // hf_ (huggingface.js packages/hub/src/utils/checkCredentials.ts refuses any other
  // prefix locally): anything else is `unknown`, which a stored secret takes to whoami and
  // an answer typed at hf-hooks' question only once typed twice (https/ask.ts).
  tokenShape(password) {
    if (/^hf_[A-Za-z0-9]{30,}$/.test(password) || /^hf_(?:oauth|jwt)_\S{10,}$/.test(password)) return { kind: "token" };
    if (password.startsWith("api_org_")) return { kind: "not-token", why: "it is a legacy organization API token (api_org_...), which cannot push" };
    if (/\s/.test(password)) return { kind: "not-token", why: "it contains a space, which no access token does, and the Hub refuses account passwords for Git" };
    return { kind: "unknown", why: "it does not look like a Hugging Face access token (those start with hf_), and the Hub stopped accepting account passwords for Git in October 2023" };
  },
  apiFor: (host) => ["huggingface.co", "hf.co"].includes(host) ? "https://huggingface.co" : void 0,
  tokenRequests(api, token, repo) {
    const auth = { authorization: `Bearer ${token}` };
    const whoami = { url: `${api}/api/whoami-v2`, headers: auth };
    if (!repo) return [whoami];
    return [whoami, { url: `${api}/api/${repo.type ?? "model"}s/${repoId(repo).split("/").map(encodeURIComponent).join("/")}?expand=resourceGroup`, headers: auth }];
  },
  interpretToken: interpretHub,
  fetchRequests(api, token, repo) {
    const auth = token ? { authorization: `Bearer ${token}` } : {};
    const check = { url: `${api}/api/${repo.type ?? "model"}s/${repoId(repo).split("/").map(encodeURIComponent).join("/")}/auth-check`, headers: auth };
    return token ? [check, { url: `${api}/api/whoami-v2`, headers: auth }] : [check];
  },
  interpretFetch,
  repoPage: (api, repo) => `${api}/${sitePath(repo)}`,
  reviewRef: /^refs\/pr\/\d+$/,
  // The Hub's pre-receive text (as quoted by users and by hub clients that match on it).
  lfsRefusal: "Your push was rejected because an LFS pointer pointed to a file that does not exist. For instance, this can happen if you used git push --no-verify to push your changes.",
  contentRules: CONTENT_RULES,
  storeToken: (c) => c.bridge ? [LOGIN] : gitStoreToken(c, "hf_user"),
  localTokens,
  bridgeHosts,
  // `hf auth token` prints the token get_token() uses, refreshing an OAuth login that is
  // about to expire (utils/_auth.py get_token(), _refresh_oauth_token_if_needed).
  cli: { renew: ["hf", "auth", "token"], login: "hf auth login" },
  localTools: "huggingface_hub and the hf CLI",
  storeLocalToken: (t, c) => t.inUse ? handOver(t, c) : void 0,
  // HF_OIDC_RESOURCE (utils/_auth.py _get_token_from_oidc): huggingface_hub exchanges the CI's
  // OIDC identity for a short-lived token when asked; nothing is on disk for Git to read.
  mintedToken: (env) => env.HF_OIDC_RESOURCE ? {
    why: `HF_OIDC_RESOURCE is set, so huggingface_hub mints a short-lived token at run time (Trusted Publishers); Git never sees it`,
    fix: [`git -c credential.helper= -c credential.helper='!f() { echo username=hf_user; echo "password=$(hf auth token)"; }; f' push    # hand the minted token to this push`]
  } : void 0
};

// hooks/providers/index.ts
var PROVIDERS = { huggingface, github, gitlab, bitbucket, generic };
function providerByHost(host) {
  return Object.values(PROVIDERS).find((p) => p.hosts.includes(host));
}
var ALL_TOKEN_PATTERNS = Object.values(PROVIDERS).flatMap((p) => [...p.tokenPatterns]);
function endpointsFrom(env) {
  const out = {};
  for (const p of Object.values(PROVIDERS)) {
    const value = p.endpointEnv ? env[p.endpointEnv] : void 0;
    if (value) out[p.name] = value.replace(/\/+$/, "");
  }
  return out;
}
function sshHostFor(provider, host) {
  return provider.hosts.includes(host) && provider.sshHost ? provider.sshHost : host;
}

export {
  PROVIDER_NAMES,
  parseJson,
  PROVIDERS,
  providerByHost,
  ALL_TOKEN_PATTERNS,
  endpointsFrom,
  sshHostFor
};
