#!/usr/bin/env node
import {
  usesLfs
} from "./chunk-JWOZLOUV.mjs";
import "./chunk-2YHAO2P4.mjs";
import {
  check,
  contextFor,
  loadConfig,
  targetFor
} from "./chunk-6A5AD3DO.mjs";
import {
  realEffects
} from "./chunk-LOFWLFWJ.mjs";
import "./chunk-CZAYE72Y.mjs";
import "./chunk-OQJT763T.mjs";
import {
  renderAnnotations,
  renderHuman,
  renderJson,
  renderSummary
} from "./chunk-IJA2UK6M.mjs";
import {
  allows,
  parseGitUrl
} from "./chunk-S6JSQCXY.mjs";
import "./chunk-IY7I7MBA.mjs";
import "./chunk-UAV5VOJE.mjs";
import "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";

// installer/commands/doctor.ts
import { appendFile } from "node:fs/promises";
async function doctor(o, fx = realEffects(o.env)) {
  const lfsUsed = o.json || o.fetch || o.lfsNote === false ? Promise.resolve(false) : usesLfs(fx);
  const done = await diagnose(o, fx);
  if (!("reports" in done)) return done;
  const { reports, problems, exit } = done;
  if (!reports.length) return { exit: 0, stdout: o.json ? `${renderJson([], problems)}
` : "hf-hooks doctor: this repository has no remotes to check.\n" };
  await githubSummary(reports, fx.env);
  if (o.json) return { exit, stdout: `${renderJson(reports, problems)}
` };
  const lfs = !await lfsUsed ? void 0 : await (await import("./lfs-4RJ6ZS77.mjs")).carriedNote(process.cwd());
  const annotations = fx.env.GITHUB_ACTIONS === "true" ? renderAnnotations(reports) : "";
  return { exit, stdout: renderHuman(reports, { color: o.color, entry: "doctor", problems, ...o.fetch && { op: "fetch" } }) + (lfs ? `hf-hooks: ${lfs}
` : "") + annotations };
}
async function diagnose(o, fx) {
  if (o.ref?.startsWith("-")) return { exit: 2, stderr: `hf-hooks doctor: --ref '${o.ref.slice(0, 80)}' is not a ref
` };
  const { config, problems } = await loadConfig(fx);
  const remotes = o.fetch ? Object.fromEntries(Object.entries(config.fetchUrls).map(([name, url]) => [name, [url]])) : config.remotes;
  const targets = resolveTargets(o.targets, remotes);
  if ("error" in targets) return { exit: 2, stderr: `hf-hooks doctor: ${targets.error}
` };
  if (!targets.length) return { reports: [], problems, exit: 0 };
  const ctx = { ...contextFor(config, fx, !o.offline), ...o.ref && { pushRef: o.ref }, ...o.fetch && { op: "fetch" } };
  const one = async (t) => (await check(targetFor({ url: t.url, remote: t.remote === t.url ? void 0 : t.remote }, config), "doctor", fx, ctx)).report;
  const reports = o.interactive && !o.json ? await withSpinners(targets, one) : await Promise.all(targets.map(one));
  return { reports, problems, exit: reports.every((r) => allows(r.verdict, config.strict)) ? 0 : 1 };
}
function resolveTargets(args, remotes) {
  if (!args.length) return Object.entries(remotes).flatMap(([remote, urls]) => urls.map((url) => ({ remote, url })));
  const out = [];
  for (const arg of args) {
    if (remotes[arg]) out.push(...remotes[arg].map((url) => ({ remote: arg, url })));
    else if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\/|^[^/:]+@[^/:]+:|^[^/]+:/.test(arg) && !("error" in parseGitUrl(arg))) out.push({ remote: arg, url: arg });
    else return { error: `'${arg.slice(0, 200)}' is neither a remote of this repository nor a URL (remotes: ${Object.keys(remotes).join(", ") || "none"})` };
  }
  return out;
}
async function withSpinners(targets, check2) {
  const { default: ora } = await import("ora");
  const pending = new Set(targets.map((t) => t.remote));
  const spinner = ora({ text: `checking ${[...pending].join(", ")}`, isEnabled: true }).start();
  const symbol = { ready: "ok", warn: "!", unknown: "?", blocked: "x" };
  return Promise.all(targets.map(async (t) => {
    const report = await check2(t);
    pending.delete(t.remote);
    spinner.stopAndPersist({ symbol: symbol[report.verdict], text: `${t.remote}: ${report.verdict}` });
    if (pending.size) spinner.start(`checking ${[...pending].join(", ")}`);
    return report;
  }));
}
async function githubSummary(reports, env) {
  if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_STEP_SUMMARY || !reports.length) return;
  await appendFile(env.GITHUB_STEP_SUMMARY, renderSummary(reports)).catch(() => {
  });
}
export {
  diagnose,
  doctor,
  githubSummary
};
