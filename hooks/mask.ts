// Tokens are printed only as their family prefix: hf_****, hf_oauth_****, ghp_****, glpat-****.
import { ALL_TOKEN_PATTERNS } from './providers/index.ts';

const TOKEN_PREFIX = /^(?:hf_oauth_|hf_jwt_|api_org_|github_pat_|ATATT|ATCTT|ATBB|[a-z]+[_-])/;

export const maskToken = (token: string): string => `${TOKEN_PREFIX.exec(token)?.[0] ?? ''}****`;

/** Each pattern as a zero-width lookahead, so every place a token starts is found, overlaps too. */
const STARTS = ALL_TOKEN_PATTERNS.map((p) => new RegExp(`(?=(${p.source}))`, 'g'));

/**
 * Every token-shaped string and every `user:password@` in a URL, masked. Spans are found
 * for every pattern at every position and merged before anything is replaced: replacing
 * one match at a time let a match end inside the next token ("hf_AAAAAAhf_BBBB..." would
 * keep "_BBBB...").
 */
export function mask(text: string): string {
  const out = text.replace(/(\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s:@]*):[^/\s@]*@/g, '$1:****@');
  const spans: [number, number][] = [];
  for (const start of STARTS) for (const m of out.matchAll(start)) spans.push([m.index, m.index + m[1].length]);
  if (!spans.length) return out;
  spans.sort((a, b) => a[0] - b[0]);
  let result = '';
  let at = 0;
  for (let i = 0; i < spans.length;) {
    const from = spans[i][0];
    let to = spans[i][1];
    for (i++; i < spans.length && spans[i][0] <= to; i++) to = Math.max(to, spans[i][1]);
    result += out.slice(at, from) + maskToken(out.slice(from, to));
    at = to;
  }
  return result + out.slice(at);
}
