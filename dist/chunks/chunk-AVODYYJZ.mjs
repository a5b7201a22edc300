#!/usr/bin/env node
import {
  configSections,
  credentialSections,
  readHelpers,
  readRecord,
  recordPath
} from "./chunk-YCUP2CUS.mjs";
import {
  lfsEndpoint,
  loadConfig
} from "./chunk-6A5AD3DO.mjs";
import {
  realEffects
} from "./chunk-LOFWLFWJ.mjs";
import {
  classify,
  origin
} from "./chunk-S6JSQCXY.mjs";
import {
  PROVIDERS
} from "./chunk-UAV5VOJE.mjs";
import {
  git
} from "./chunk-C7SDGCTL.mjs";

// installer/effects/wiring.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function readWiring(cwd, commonDir, env) {
  const [local, effective, variant, text, record, { config }] = await Promise.all([
    git(cwd, ["config", "--local", "--get", "core.sshCommand"]),
    git(cwd, ["config", "--get", "core.sshCommand"]),
    git(cwd, ["config", "--local", "--get", "ssh.variant"]),
    readFile(join(commonDir, "config"), "utf8").catch(() => ""),
    readRecord(commonDir),
    loadConfig(realEffects(env))
  ]);
  const urls = /* @__PURE__ */ new Set();
  for (const [name, pushUrls] of Object.entries(config.remotes)) {
    for (const url of pushUrls) {
      const r = classify(url, config);
      if ("error" in r || !r.host || !PROVIDERS[r.provider].tokenShape) continue;
      if (r.transport === "https" || r.transport === "http") urls.add(origin(r));
      const lfs = lfsEndpoint(r, name, config.lfs);
      const at = lfs ? classify(lfs, config) : void 0;
      if (at && !("error" in at) && at.host && (at.transport === "https" || at.transport === "http")) urls.add(origin(at));
    }
  }
  const helpers = await readHelpers(cwd, "local", [...urls]);
  const sections = configSections(text);
  return {
    ssh: {
      ...local.ok && { local: local.stdout },
      ...effective.ok && { effective: effective.stdout },
      ...variant.ok && { variant: variant.stdout },
      hasSshSection: sections.has("ssh")
    },
    credential: { urls: [...urls], helpers, sections: credentialSections(sections) },
    ...record && { record },
    recordPath: recordPath(commonDir)
  };
}

export {
  readWiring
};
