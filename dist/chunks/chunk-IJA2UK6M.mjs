#!/usr/bin/env node
import {
  mask
} from "./chunk-IY7I7MBA.mjs";

// hooks/render.ts
function renderJson(reports, problems = []) {
  const remotes = reports.map((r) => ({
    remote: r.remote,
    url: r.url,
    ...r.transport && { transport: r.transport },
    ...r.provider && { provider: r.provider },
    ...r.repo && { repo: r.repo },
    verdict: r.verdict,
    findings: r.findings,
    ...r.route && { route: r.route }
  }));
  const masked = (_key, value) => typeof value === "string" ? mask(value) : value;
  return mask(JSON.stringify({ version: 1, ...problems.length && { config: problems }, remotes }, masked));
}
function internalError(where, then, error, env) {
  const e = error;
  const detail = env.HF_HOOKS_DEBUG === "1" ? e?.stack ?? String(error) : e?.message ?? String(error);
  const report = env.HF_HOOKS_DEBUG === "1" ? "report it with this output" : "HF_HOOKS_DEBUG=1 shows the stack to report";
  return mask(`hf-hooks: internal error in ${where}, ${then}: ${detail} (a bug in hf-hooks; ${report})
`);
}
function wantsColor(isTTY, env) {
  return Boolean(isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "") && env.TERM !== "dumb";
}
var LABEL = {
  error: ["error", 31],
  warn: ["warning", 33],
  info: ["note", 36],
  ok: ["ok", 32]
};
var HEADLINE = {
  blocked: "push blocked",
  unknown: "could not confirm this push will authenticate; letting Git try",
  warn: "push allowed, with a warning",
  ready: "ready to push"
};
var ESCAPE = {
  "pre-push": "Nothing was sent. To push anyway: git push --no-verify (skips this hook), or HF_HOOKS=0 git push (skips every hf-hooks check).",
  ssh: "Nothing was sent: Git had not connected yet. To try anyway: HF_HOOKS=0 git push (skips every hf-hooks check).",
  credential: "hf-hooks stopped Git before it asked for a password; nothing was sent. To let Git ask anyway: HF_HOOKS=0 git push",
  doctor: "The next push to this remote will be stopped until this is fixed (or bypassed with HF_HOOKS=0 git push).",
  status: "",
  explain: "",
  notice: ""
};
var HEADLINE_FETCH = {
  blocked: "this clone or fetch will fail",
  unknown: "could not confirm a clone or fetch will be let in",
  warn: "a clone or fetch may fail",
  ready: "ready to clone and fetch"
};
var ESCAPE_FETCH = {
  "pre-push": "",
  ssh: "",
  credential: "hf-hooks stopped Git before it asked for a password it could not use. To let Git ask anyway: HF_HOOKS=0 git fetch",
  doctor: "A clone or fetch of this URL will fail until this is fixed; hf-hooks never stops one, it only says why.",
  status: "",
  explain: "",
  notice: ""
};
var MAX_SHOWN = 200;
function printable(text) {
  const escaped = mask(text).replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
  return escaped.length <= MAX_SHOWN ? escaped : `${escaped.slice(0, MAX_SHOWN)}... (${escaped.length - MAX_SHOWN} more characters)`;
}
function renderHuman(reports, opts) {
  const reading = opts.op === "fetch";
  const paint = (code, text) => opts.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const config = opts.problems?.length ? [["hf-hooks: git config: settings it cannot use", ...opts.problems.map((f) => renderFinding(f, paint))].join("\n")] : [];
  const blocks = reports.map((r) => {
    const url = printable(r.url);
    const headline = opts.entry === "explain" ? `why the ${reading ? "clone or fetch" : "push"} failed` : (reading ? HEADLINE_FETCH : HEADLINE)[r.verdict];
    const head = `hf-hooks: ${r.remote === r.url ? url : `${printable(r.remote)} (${url})`}: ${headline}`;
    const body = r.findings.map((f) => renderFinding(f, paint));
    const escape = (reading ? ESCAPE_FETCH : ESCAPE)[opts.entry];
    const tail = r.verdict === "blocked" && escape ? [`  ${escape}`] : [];
    return [head, ...body, ...tail].join("\n");
  });
  return mask([...config, ...blocks].join("\n\n") + "\n");
}
function renderFinding(f, paint) {
  const [label, code] = LABEL[f.level];
  const [what, ...why] = f.message.split("\n");
  const lines = [`  ${paint(code, label)}: ${what} [${f.id}]`, ...why.map((w) => `    ${w}`)];
  if (f.fix.length) lines.push("    Fix:", ...f.fix.map((step) => `      ${step}`));
  if (f.docs) lines.push(`    See: ${f.docs}`);
  return lines.join("\n");
}
function renderFindings(findings, color) {
  const paint = (code, text) => color ? `\x1B[${code}m${text}\x1B[0m` : text;
  return mask(findings.map((f) => renderFinding(f, paint)).join("\n") + (findings.length ? "\n" : ""));
}
var ghData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var ghProperty = (s) => ghData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
var GH_LEVEL = { error: "error", warn: "warning" };
function renderAnnotations(reports) {
  const lines = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const command = GH_LEVEL[f.level];
      if (!command) continue;
      const props = [...f.file ? [`file=${ghProperty(mask(f.file))}`] : [], `title=${ghProperty(mask(`hf-hooks ${f.id} (${r.remote === r.url ? printable(r.url) : r.remote})`))}`];
      const text = [f.message, ...f.fix.length ? ["Fix:", ...f.fix.map((s) => `  ${s}`)] : []].join("\n");
      lines.push(`::${command} ${props.join(",")}::${ghData(mask(text))}`);
    }
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}
function renderSummary(reports) {
  const rows = reports.map((r) => `| ${printable(r.remote === r.url ? r.url : r.remote)} | ${HEADLINE[r.verdict]} | ${r.findings.filter((f) => f.level === "error" || f.level === "warn").map((f) => `\`${f.id}\``).join(" ") || "-"} |`);
  return mask(["### hf-hooks doctor", "", "| remote | verdict | findings |", "|---|---|---|", ...rows, ""].join("\n"));
}

export {
  renderJson,
  internalError,
  wantsColor,
  printable,
  renderHuman,
  renderFindings,
  renderAnnotations,
  renderSummary
};
