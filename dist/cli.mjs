#!/usr/bin/env node
import "./chunks/chunk-2YHAO2P4.mjs";

// cli.ts
import { parseArgs } from "node:util";
var interactive = () => Boolean(process.stderr.isTTY) && (process.stderr.columns ?? 0) > 0 && !process.env.CI;
var color = async (isTTY, env) => (await import("./chunks/render-GGUBDUTX.mjs")).wantsColor(isTTY, env);
var hook = async (argv2) => ({ exit: await (await import("./chunks/commands-WYOGK6EU.mjs")).runHook(argv2) });
var LOCK_WAIT_MS = 6e4;
async function locked(command, env, fn) {
  const [{ withLock }, { dataRoot }, { homedir }, { refused }] = await Promise.all([
    import("./chunks/lock-A3OKHOZZ.mjs"),
    import("./chunks/layout-FMV2RLPJ.mjs"),
    import("node:os"),
    import("./chunks/result-VSDLWFBS.mjs")
  ]);
  const r = await withLock(dataRoot(env, homedir()), fn, LOCK_WAIT_MS);
  return "ok" in r ? r.ok : refused(command, r.busy);
}
var COMMANDS = {
  install: {
    forms: [
      ["[--dry-run]", "add the checks to this repository, chaining any pre-push hook already there"],
      ["--global", "for every repository of this user: global config, and init.templateDir for new ones"],
      ["--template DIR", "write a Git template directory an organisation can ship (git clone --template=DIR)"]
    ],
    flags: { "dry-run": { type: "boolean" }, global: { type: "boolean" }, template: { type: "string" } },
    run: ({ values, cwd, env }) => locked("install", env, async () => {
      const dryRun = Boolean(values["dry-run"]);
      if (values.global) return (await import("./chunks/global-K5CASKUQ.mjs")).installGlobal({ env, node: process.execPath, dryRun });
      if (typeof values.template === "string") return (await import("./chunks/template-3GXRIYXW.mjs")).installTemplate({ dir: values.template, env, node: process.execPath, dryRun });
      return (await import("./chunks/install-RSFEAFS7.mjs")).install({ cwd, env, dryRun, node: process.execPath });
    })
  },
  uninstall: {
    forms: [["[--global | --template DIR]", "remove what install added and put back exactly what was there before"]],
    flags: { global: { type: "boolean" }, template: { type: "string" } },
    run: ({ values, cwd, env }) => locked("uninstall", env, async () => {
      if (values.global) return (await import("./chunks/global-K5CASKUQ.mjs")).uninstallGlobal({ env });
      if (typeof values.template === "string") return (await import("./chunks/template-3GXRIYXW.mjs")).uninstallTemplate({ dir: values.template });
      return (await import("./chunks/uninstall-MKY37P4K.mjs")).uninstall({ cwd, env });
    })
  },
  status: {
    forms: [["[--global]", "what is installed where, and whether Git will run it"]],
    flags: { global: { type: "boolean" } },
    run: async ({ values, cwd, env }) => {
      const { status, statusGlobal } = await import("./chunks/status-HULG53LC.mjs");
      const o = { cwd, env, color: await color(process.stdout.isTTY, env) };
      return values.global ? statusGlobal(o) : status(o);
    }
  },
  "init-template": {
    forms: [["DIR [--host HOST] [--namespace NS]", "write an org template repository (husky + hf-hooks as devDependencies)"]],
    flags: { host: { type: "string" }, namespace: { type: "string" } },
    positionals: [1, 1],
    run: async ({ values, positionals }) => (await import("./chunks/org-template-O65QYGJ3.mjs")).initTemplate({
      dir: positionals[0],
      host: values.host,
      namespace: values.namespace
    })
  },
  doctor: {
    forms: [
      ["[REMOTE-OR-URL...] [--ref REF] [--json] [--offline]", "will the next push (of REF, default the current branch) to each remote work? (exit 1 if one is blocked)"],
      ["--fetch [REMOTE-OR-URL...] [--json] [--offline]", "will a clone or fetch of each remote work with the credential Git would use? (private and gated repos)"]
    ],
    flags: { json: { type: "boolean" }, offline: { type: "boolean" }, ref: { type: "string" }, fetch: { type: "boolean" } },
    positionals: [0, Infinity],
    run: async ({ values, positionals, env }) => (await import("./chunks/doctor-VLVUYG3D.mjs")).doctor({
      targets: positionals,
      json: Boolean(values.json),
      offline: Boolean(values.offline),
      env,
      fetch: Boolean(values.fetch),
      ...values.ref !== void 0 && { ref: values.ref },
      // A terminal that reports no width (a bare pty) would make the spinner redraw forever.
      interactive: interactive(),
      color: await color(process.stdout.isTTY, env)
    })
  },
  "pre-push": { forms: [["REMOTE URL", "the check Git runs before a push (ref lines on stdin)"]], raw: true, run: (_, argv2) => hook(argv2) },
  "pre-commit": { forms: [["", "the same check as a pre-commit hook at the pre-push stage (.pre-commit-hooks.yaml)"]], raw: true, run: (_, argv2) => hook(argv2) },
  ssh: { forms: [["ARGS...", "the SSH check Git runs as core.sshCommand, then your own ssh"]], raw: true, run: (_, argv2) => hook(argv2) },
  credential: { forms: [["get|store|erase", "the credential helper Git asks last for provider hosts (attributes on stdin)"]], raw: true, run: (_, argv2) => hook(argv2) }
};
function usageText() {
  const lines = Object.entries(COMMANDS).flatMap(([name, c]) => c.forms.map(([synopsis, about]) => {
    const head = `  ${name} ${synopsis}`;
    return head.length < 24 ? `${head.padEnd(25)}${about}` : `${head}
${" ".repeat(25)}${about}`;
  }));
  return `usage: hf-hooks <command> [options]

${lines.join("\n")}

Skip the check for one push: git push --no-verify, or HF_HOOKS=0 git push.
`;
}
var usage = (why) => ({ exit: 2, stderr: `hf-hooks: ${why}

${usageText()}` });
async function main(argv2) {
  const [name, ...rest] = argv2;
  if (name === "--help" || name === "-h" || name === "help") return { exit: 0, stdout: usageText() };
  if (name === "--version" || name === "-v") {
    const { packageVersion } = await import("./chunks/runtime-7XXPUFZB.mjs");
    return { exit: 0, stdout: `${await packageVersion()}
` };
  }
  const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!command) return usage(name ? `unknown command '${name}'` : "no command given");
  const input = { values: {}, positionals: [], cwd: process.cwd(), env: process.env };
  if (command.raw) return command.run(input, argv2);
  try {
    ({ values: input.values, positionals: input.positionals } = parseArgs({ args: rest, options: command.flags ?? {}, strict: true, allowPositionals: Boolean(command.positionals) }));
  } catch (error) {
    return usage(error.message);
  }
  const [min, max] = command.positionals ?? [0, 0];
  if (input.positionals.length < min || input.positionals.length > max) return usage(`${name} takes ${min === max ? min : `${min} or more`} argument${max === 1 ? "" : "s"}`);
  if (input.values.global && input.values.template) return usage("--global and --template are two different installs; pick one");
  return command.run(input, argv2);
}
async function failure(error, command) {
  const e = error;
  if (e?.code && e.syscall) {
    const why = /^[A-Z]+: ([^,]+)/.exec(e.message)?.[1] ?? e.code;
    return { exit: 1, stderr: `hf-hooks${command ? ` ${command}` : ""}: could not ${e.syscall}${e.path ? ` ${e.path}` : ""}: ${why}
` };
  }
  const { internalError } = await import("./chunks/render-GGUBDUTX.mjs");
  return { exit: 1, stderr: internalError(`hf-hooks${command ? ` ${command}` : ""}`, "nothing more was done", error, process.env) };
}
var argv = process.argv.slice(2);
var result = await main(argv).catch((error) => failure(error, argv[0]));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write((await import("./chunks/mask-CRG474E4.mjs")).mask(result.stderr));
process.exitCode = result.exit;
setTimeout(() => process.exit(), 500).unref();
