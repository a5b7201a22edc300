#!/usr/bin/env node
import {
  QUIET_ENV,
  askedKey,
  askpassOf,
  bridged,
  check,
  checkFetch,
  contextFor,
  diagnoseCredential,
  explainRefusal,
  loadConfig,
  parseAttributes,
  parseRefLines,
  targetFor
} from "./chunk-6A5AD3DO.mjs";
import {
  realEffects
} from "./chunk-LOFWLFWJ.mjs";
import {
  cacheKey,
  parseGitSshArgs,
  wrappedSsh
} from "./chunk-CZAYE72Y.mjs";
import {
  pathScopedFor
} from "./chunk-OQJT763T.mjs";
import {
  internalError,
  renderHuman,
  wantsColor
} from "./chunk-IJA2UK6M.mjs";
import {
  allows,
  finding,
  isLoopback,
  origin,
  repoPath,
  verdictOf,
  withoutUserinfo
} from "./chunk-S6JSQCXY.mjs";
import {
  mask
} from "./chunk-IY7I7MBA.mjs";
import {
  PROVIDERS
} from "./chunk-UAV5VOJE.mjs";
import {
  LOCAL_TIMEOUT_MS
} from "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";

// hooks/https/ask.ts
var ASK_TIMEOUT_MS = 5 * 6e4;
var TRIES = 3;
var RETRY = {
  "https.password-not-token": (p) => `That is not a ${p.label} access token (an account password does not work for Git).`,
  "token.invalid": (p) => `${p.label} does not accept that token (revoked, expired or mistyped).`
};
var askpassAsker = (askpass, fx) => async (question) => {
  const r = await fx.run(askpass, [question], { env: fx.env, timeoutMs: ASK_TIMEOUT_MS });
  const answer = r.stdout.slice(0, r.stdout.search(/[\r\n]|$/)).trim();
  return r.code === 0 && answer ? answer : void 0;
};
var ttyAsker = (fx) => async (question) => (await fx.askTty(question, ASK_TIMEOUT_MS))?.trim() || void 0;
async function askForToken(remote, provider, config, fx, o) {
  const question = provider.tokenQuestion;
  const where = `${remote.host}${remote.port ? `:${remote.port}` : ""}/${repoPath(remote.path)}`;
  let reason = "";
  let last = [];
  let unconfirmed;
  for (let i = 0; i < TRIES; i++) {
    const answer = await o.ask(`${reason}${question.ask(where, o.push ?? true)}`);
    if (!answer) return { kind: "stop", findings: [cancelled(remote, provider)] };
    const shape = provider.tokenShape?.(answer, fx.now(), remote.user) ?? { kind: "token" };
    if (shape.kind === "not-token" || shape.kind === "unknown" && answer !== unconfirmed) {
      unconfirmed = shape.kind === "unknown" ? answer : void 0;
      reason = `${notSent(provider, shape.why, shape.kind === "unknown")} `;
      last = [notAToken(remote, provider, shape.why)];
      continue;
    }
    const findings = await diagnoseCredential(remote, { password: answer }, config, fx, {
      network: true,
      deadline: fx.now() + config.timeoutMs,
      remoteName: o.remoteName,
      gitCanAsk: true,
      scope: o.scope
    });
    const retry = findings.find((f) => f.level === "error" && RETRY[f.id]);
    if (!retry) return { kind: "answer", username: remote.user || question.user, password: answer, findings };
    reason = `${RETRY[retry.id](provider)} `;
    last = findings;
    unconfirmed = void 0;
  }
  return { kind: "stop", findings: last };
}
function notSent(p, why, confirmable) {
  return `Not sent anywhere: ${why}.${p.tokensPage ? ` Create a token at ${p.tokensPage}.` : ""}` + (confirmable ? ` If it is a ${p.label} token all the same, type it again to have ${p.label} check it.` : "");
}
function notAToken(remote, p, why) {
  return finding(
    "https.password-not-token",
    "error",
    `What was typed at hf-hooks' question for ${origin(remote)} is not a ${p.label} access token: ${why}.
It was sent nowhere, and Git was stopped before it sent anything.`,
    [...p.tokensPage ? [`Create a token with write access: ${p.tokensPage}`] : [], "Push again and paste the token at the prompt"],
    p.tokensPage
  );
}
function cancelled(remote, provider) {
  return finding(
    "https.prompt-cancelled",
    "error",
    `No ${provider.label} token was given for ${origin(remote)}, so hf-hooks stopped Git before it sent anything.`,
    ["Push again and paste an access token at the prompt", ...provider.tokensPage ? [`Create one: ${provider.tokensPage}`] : []],
    provider.tokensPage
  );
}

// hooks/https/caller.ts
var SHELL = /^-?(sh|bash|dash|zsh|ksh|mksh|ash|busybox)$/;
var base = (argv0) => argv0.slice(argv0.lastIndexOf("/") + 1).replace(/\.exe$/i, "");
function remoteHelperUrl(ancestors) {
  for (const argv of ancestors) {
    const name = base(argv[0] ?? "");
    if (SHELL.test(name)) continue;
    if (/^git-remote-(https?|ftps?)$/.test(name)) return argv[2];
    if (name === "git" && /^remote-(https?|ftps?)$/.test(argv[1] ?? "")) return argv[3];
    return void 0;
  }
  return void 0;
}
function askedUrl(attrs, ancestors, credentialSections) {
  const user = attrs.username ? `${encodeURIComponent(attrs.username)}@` : "";
  const origin2 = `${attrs.protocol}://${attrs.host}`;
  if (attrs.path) return { url: `${attrs.protocol}://${user}${attrs.host}/${attrs.path}` };
  const remote = ancestors && remoteHelperUrl(ancestors);
  const path = remote && pathOf(remote, origin2);
  if (path !== void 0) return { url: `${attrs.protocol}://${user}${attrs.host}${path}` };
  const scoped = credentialSections.find((pattern) => pathScopedFor(`${origin2}/`, pattern));
  return scoped ? { silent: `credential.${scoped}.* applies to some repositories of ${origin2}, and the URL Git asked about cannot be seen here` } : { url: `${origin2}/` };
}
function pathOf(url, origin2) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`.toLowerCase() === origin2.toLowerCase() ? u.pathname : void 0;
  } catch {
    return void 0;
  }
}
var READS = /* @__PURE__ */ new Set(["fetch", "clone", "pull", "ls-remote", "remote", "submodule"]);
function gitOperation(ancestors) {
  for (const argv of ancestors ?? []) {
    if (base(argv[0] ?? "") !== "git") continue;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "-c" || a === "-C" || a === "--git-dir" || a === "--work-tree") i++;
      else if (a.startsWith("-")) continue;
      else if (a === "push") return "push";
      else if (READS.has(a)) return "fetch";
      else break;
    }
  }
  return void 0;
}

// hooks/https/helper.ts
var SILENT = { exit: 0, stdout: "", stderr: "" };
async function credentialHelper(action, input, fx, color) {
  if (action !== "get" && action !== "erase" || fx.env[QUIET_ENV]) return SILENT;
  const attrs = parseAttributes(input);
  if (!attrs.protocol || !attrs.host) return SILENT;
  const { config } = await loadConfig(fx);
  if (!config.enabled) return SILENT;
  const credential = { username: attrs.username, password: attrs.password };
  const callers = await fx.callers();
  const asked = askedUrl(attrs, callers, action === "get" ? config.credentialSections : []);
  if ("silent" in asked) return SILENT;
  const target = targetFor({ url: withoutUserinfo(asked.url), credential, asked: asked.url }, config);
  if ("error" in target.parsed || !PROVIDERS[target.parsed.provider].tokenShape) return SILENT;
  const op = gitOperation(callers) ?? "push";
  const ctx = { ...contextFor(config, fx), op };
  const { report } = await check(target, action === "get" ? "credential-get" : "credential-erase", fx, ctx);
  if (action === "get") {
    if (!report.findings.length) return SILENT;
    const remote = target.parsed;
    const scope = { reviewOnly: false };
    const fetchOpts = { network: ctx.network, deadline: ctx.deadline, remoteName: target.remote, gitCanAsk: ctx.gitCanAsk };
    const bridge = await bridged(remote, config, fx, { remoteName: target.remote, deadline: ctx.deadline, scope });
    if (bridge && !("refused" in bridge)) {
      const words = op === "fetch" ? (await checkFetch(remote, config, fx, { ...fetchOpts, token: { password: bridge.password, source: bridge.source } })).filter((f) => f.level === "error" || f.level === "warn") : [];
      return answered({ kind: "answer", ...bridge, findings: [...bridge.findings, ...words] }, remote, fx, color, [], op);
    }
    const refused = bridge ? [bridge.refused] : [];
    const ask = askerFor(remote, config, fx, ctx.gitCanAsk, ctx.terminal);
    if (ask) {
      const cli = await cliLogin(remote, fx, ctx.deadline);
      if (cli) return answered({ kind: "stop", findings: [...refused, cli] }, remote, fx, color, [], op);
      return answered(await askForToken(remote, PROVIDERS[remote.provider], config, fx, { ask, remoteName: target.remote, scope, push: op === "push" }), remote, fx, color, refused, op);
    }
    const read = op === "fetch" ? (await checkFetch(remote, config, fx, { ...fetchOpts, token: null })).filter((f) => f.id !== "fetch.ok") : [];
    const findings2 = [...refused, ...read.length ? read : report.findings];
    const stop = verdictOf(findings2) === "blocked";
    return { exit: 0, stdout: stop ? "quit=1\n" : "", stderr: renderHuman([{ ...report, verdict: verdictOf(findings2), findings: findings2 }], { color, entry: "credential", op }) };
  }
  const findings = report.findings.filter((f) => f.level !== "ok" && f.level !== "info");
  return { exit: 0, stdout: "", stderr: findings.length ? renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: "explain", op }) : "" };
}
function askerFor(remote, config, fx, gitCanAsk, terminal) {
  const provider = PROVIDERS[remote.provider];
  if (!provider.tokenQuestion || !(remote.transport === "https" || isLoopback(remote.host))) return void 0;
  const askpass = askpassOf(fx.env, config.askPass);
  if (askpass) return askpassAsker(askpass, fx);
  return gitCanAsk && terminal ? ttyAsker(fx) : void 0;
}
async function cliLogin(remote, fx, deadline) {
  const provider = PROVIDERS[remote.provider];
  const cli = provider.gitCli;
  if (!cli) return void 0;
  const [cmd, ...args] = cli.status;
  const r = await fx.run(cmd, args, { env: fx.env, timeoutMs: Math.max(0, deadline - fx.now()) });
  if (r.code !== 0) return void 0;
  return finding(
    "https.cli-login",
    "error",
    `${cmd} is logged in to ${provider.label} on this machine, but Git does not use its token for ${origin(remote)}.
\`${cli.setup}\` makes Git ask ${cmd} for it, so no token needs pasting.`,
    [cli.setup, "git push    # again"]
  );
}
async function answered(asked, remote, fx, color, before = [], op = "push") {
  const said = (f) => f.level === "warn" || f.level === "error" && (asked.kind === "stop" || f.id.startsWith("fetch."));
  const findings = [...asked.kind === "stop" ? before : [], ...asked.findings].filter(said);
  const report = { remote: remote.url, url: remote.url, transport: remote.transport, provider: remote.provider, verdict: verdictOf(findings), findings };
  const stderr = findings.length ? renderHuman([report], { color, entry: asked.kind === "stop" ? "credential" : "notice", op }) : "";
  if (asked.kind === "stop") return { exit: 0, stdout: "quit=1\n", stderr };
  await fx.cache.set(askedKey(remote), { findings: asked.findings });
  return { exit: 0, stdout: `username=${asked.username}
password=${asked.password}
`, stderr };
}

// hooks/pre-push.ts
var PRE_PUSH_USAGE = "usage: hf-hooks pre-push REMOTE URL < ref-lines    (Git runs this; see `hf-hooks install`)";
async function prePush(args, stdin, fx, color) {
  if (args.length !== 2) return { exit: 2, stderr: `${PRE_PUSH_USAGE}
` };
  const parsed = parseRefLines(stdin);
  if ("error" in parsed) return { exit: 2, stderr: mask(`hf-hooks pre-push: ${parsed.error}
${PRE_PUSH_USAGE}
`) };
  const { config, problems } = await loadConfig(fx);
  if (!config.enabled) return { exit: 0, stderr: "" };
  const [remote, url] = args;
  const target = targetFor({ remote, url, refs: parsed.refs }, config);
  const ctx = contextFor(config, fx);
  const { report, readyKey } = await check(target, "pre-push", fx, ctx);
  if (readyKey && config.cacheTtl > 0) await fx.cache.markReady(readyKey, Math.floor(fx.now() / 1e3) + config.cacheTtl);
  const quiet = report.verdict === "ready" && !problems.length;
  return {
    exit: allows(report.verdict, config.strict) ? 0 : 1,
    stderr: quiet ? "" : renderHuman([report], { color, entry: "pre-push", problems })
  };
}

// hooks/pre-commit.ts
var USAGE = "hf-hooks pre-commit: run it from pre-commit at the pre-push stage (stages: [pre-push] in .pre-commit-config.yaml); PRE_COMMIT_REMOTE_URL is not set\n";
var OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var DAY_SECONDS = 86400;
async function preCommit(fx, color) {
  const e = fx.env;
  const { PRE_COMMIT_REMOTE_NAME: remote, PRE_COMMIT_REMOTE_URL: url, PRE_COMMIT_LOCAL_BRANCH: local, PRE_COMMIT_REMOTE_BRANCH: target } = e;
  if (!remote || !url || !local || !target) return { exit: 2, stderr: USAGE };
  const to = e.PRE_COMMIT_TO_REF ?? (await fx.run("git", ["rev-parse", "-q", "--verify", `${local}^{commit}`], { env: e, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim();
  if (!OID.test(to)) return { exit: 2, stderr: `hf-hooks pre-commit: cannot tell what ${local} is
` };
  const from = e.PRE_COMMIT_FROM_REF && OID.test(e.PRE_COMMIT_FROM_REF) ? e.PRE_COMMIT_FROM_REF : "0".repeat(to.length);
  const outcome = await prePush([remote, url], Buffer.from(`${local} ${to} ${target} ${from}
`), fx, color);
  return { ...outcome, stderr: outcome.stderr + await onceADay(fx) };
}
async function onceADay(fx) {
  const dir = (await fx.run("git", ["rev-parse", "--absolute-git-dir"], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim();
  const key = cacheKey("pre-commit-note", dir);
  if (await fx.cache.get(key, DAY_SECONDS)) return "";
  await fx.cache.set(key, true);
  return 'hf-hooks (pre-commit): this checks a push once Git has connected. `npx hf-hooks install` adds what runs before that: the SSH check in core.sshCommand and the credential helper that asks for a token instead of a password (README "What it checks").\n';
}

// hooks/ssh/wrapper.ts
async function sshWrapper(args, fx, color) {
  let pre;
  try {
    pre = await preflight(args, fx);
  } catch (error) {
    fx.stderr(internalError("the SSH check", "connecting anyway", error, fx.env));
  }
  if (pre?.report.findings.length) fx.stderr(renderHuman([pre.report], { color, entry: "ssh" }));
  if (pre && !pre.allowed) return 255;
  const real = await fx.execSsh(wrappedSsh(fx.env), args);
  if (real.code !== 0 && pre) {
    const why = await explainRefusal(pre.target, pre.report, real.stderr, fx, pre.ctx).catch(() => void 0);
    if (why) fx.stderr(renderHuman([why], { color, entry: "explain" }));
  }
  return real.code;
}
async function sshExplain(args, stderr, fx, color) {
  const request = parseGitSshArgs(args);
  if (request?.service === "git-upload-pack") return fetchRefused(request, fx, color);
  if (request?.service !== "git-receive-pack") return 0;
  const { config } = await loadConfig(fx);
  const target = targetFor({ url: urlOf(request) }, config);
  const none = { remote: target.remote ?? target.url, url: target.url, verdict: "ready", findings: [] };
  const why = await explainRefusal(target, none, stderr, fx, contextFor(config, fx));
  if (why) fx.stderr(renderHuman([why], { color, entry: "explain" }));
  return 0;
}
async function fetchRefused(request, fx, color) {
  const { config } = await loadConfig(fx);
  if (!config.enabled) return 0;
  const target = targetFor({ url: urlOf(request) }, config);
  if ("error" in target.parsed || !PROVIDERS[target.parsed.provider].fetchRequests) return 0;
  const { report } = await check(target, "doctor", fx, { ...contextFor(config, fx), op: "fetch" });
  const findings = report.findings.filter((f) => f.level === "error" || f.level === "warn");
  if (findings.length) fx.stderr(renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: "explain", op: "fetch" }));
  return 0;
}
function urlOf(r) {
  const host = r.host.includes(":") ? `[${r.host}]` : r.host;
  return `ssh://${r.user ? `${r.user}@` : ""}${host}${r.port ? `:${r.port}` : ""}/${(r.path ?? "").replace(/^\/+/, "")}`;
}
async function preflight(args, fx) {
  const request = parseGitSshArgs(args);
  if (request?.service !== "git-receive-pack") return void 0;
  const { config } = await loadConfig(fx);
  if (!config.enabled) return void 0;
  const target = targetFor({ url: urlOf(request) }, config);
  const ctx = contextFor(config, fx);
  const { report } = await check(target, "ssh-connect", fx, ctx);
  await markReady(fx, config.cacheTtl, report.verdict === "ready");
  const shown = { ...report, findings: report.findings.filter((f) => f.level !== "ok") };
  return { target, ctx, report: shown, allowed: allows(report.verdict, config.strict) };
}
var HANDOFF_SECONDS = 60;
async function markReady(fx, ttl, ready) {
  const now = Math.floor(fx.now() / 1e3);
  const key = fx.env.HF_HOOKS_SSH_KEY ?? "";
  const git = fx.env.HF_HOOKS_GIT_PID ?? "";
  if (ready && ttl > 0 && /^[0-9a-f]{64}$/.test(key)) await fx.cache.markReady(key, now + ttl);
  if (!/^[1-9][0-9]{0,9}$/.test(git)) return;
  await (ready ? fx.cache.markReady(`push-${git}`, now + HANDOFF_SECONDS) : fx.cache.unmarkReady(`push-${git}`));
}

// hooks/commands.ts
var HOOK_COMMANDS = ["pre-push", "pre-commit", "ssh", "ssh-explain", "credential"];
var CHECK_BROKE = 70;
async function readStdin() {
  if (process.stdin.isTTY) return new Uint8Array();
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function runHook(argv) {
  const [command, ...args] = argv;
  const fx = realEffects();
  const color = wantsColor(process.stderr.isTTY, process.env);
  const internal = (where, error, exit) => {
    fx.stderr(internalError(where, "letting Git carry on", error, fx.env));
    return exit;
  };
  switch (command) {
    case "ssh":
      return sshWrapper(args, fx, color);
    case "pre-commit":
      try {
        const outcome = await preCommit(fx, color);
        fx.stderr(outcome.stderr);
        return outcome.exit;
      } catch (error) {
        return internal("the pre-commit hook", error, 0);
      }
    case "ssh-explain":
      try {
        return await sshExplain(args, Buffer.from(await readStdin()).toString("utf8"), fx, color);
      } catch (error) {
        return internal("the SSH explanation", error, 0);
      }
    case "credential":
      try {
        const outcome = await credentialHelper(args[0], Buffer.from(await readStdin()).toString("utf8"), fx, color);
        fx.stderr(outcome.stderr);
        process.stdout.write(outcome.stdout);
        return outcome.exit;
      } catch (error) {
        return internal("the credential helper", error, 0);
      }
    case "pre-push":
      try {
        const outcome = await prePush(args, await readStdin(), fx, color);
        fx.stderr(outcome.stderr);
        return outcome.exit;
      } catch (error) {
        return internal("the pre-push check", error, CHECK_BROKE);
      }
    default:
      fx.stderr(`hf-hooks: unknown hook command '${command ?? ""}' (one of ${HOOK_COMMANDS.join(", ")})
`);
      return 2;
  }
}
export {
  CHECK_BROKE,
  HOOK_COMMANDS,
  runHook
};
