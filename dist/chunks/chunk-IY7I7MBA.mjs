#!/usr/bin/env node
import {
  ALL_TOKEN_PATTERNS
} from "./chunk-UAV5VOJE.mjs";

// hooks/mask.ts
var TOKEN_PREFIX = /^(?:hf_oauth_|hf_jwt_|api_org_|github_pat_|ATATT|ATCTT|ATBB|[a-z]+[_-])/;
var maskToken = (token) => `${TOKEN_PREFIX.exec(token)?.[0] ?? ""}****`;
var STARTS = ALL_TOKEN_PATTERNS.map((p) => new RegExp(`(?=(${p.source}))`, "g"));
function mask(text) {
  const out = text.replace(/(\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s:@]*):[^/\s@]*@/g, "$1:****@");
  const spans = [];
  for (const start of STARTS) for (const m of out.matchAll(start)) spans.push([m.index, m.index + m[1].length]);
  if (!spans.length) return out;
  spans.sort((a, b) => a[0] - b[0]);
  let result = "";
  let at = 0;
  for (let i = 0; i < spans.length; ) {
    const from = spans[i][0];
    let to = spans[i][1];
    for (i++; i < spans.length && spans[i][0] <= to; i++) to = Math.max(to, spans[i][1]);
    result += out.slice(at, from) + maskToken(out.slice(from, to));
    at = to;
  }
  return result + out.slice(at);
}

export {
  maskToken,
  mask
};
