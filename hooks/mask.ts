// Tokens are printed only as their family prefix: hf_****, hf_oauth_****, ghp_****, glpat-****.
import { ALL_TOKEN_PATTERNS } from './providers/index.ts';

const TOKEN_PREFIX = /^(?:hf_oauth_|hf_jwt_|api_org_|github_pat_|ATATT|ATCTT|ATBB|[a-z]+[_-])/;

export const maskToken = (token: string): string => `${TOKEN_PREFIX.exec(token)?.[0] ?? ''}****`;

/** Every token-shaped string and every `user:password@` in a URL, masked. */
export function mask(text: string): string {
  let out = text.replace(/(\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s:@]*):[^/\s@]*@/g, '$1:****@');
  for (const pattern of ALL_TOKEN_PATTERNS) out = out.replace(pattern, maskToken);
  return out;
}
