// The repo card's metadata: the YAML front matter of README.md, which the Hub verifies on
// push ("Sorry, your push was rejected during YAML metadata verification:"). Its block is
// found as huggingface_hub finds it (repocard.py REGEX_YAML_BLOCK); YAML that does not parse
// is certain to be refused; what the Hub's own validator says comes from its API (hf_api.py
// _validate_yaml: POST /api/validate-yaml {content, repoType}, 400 with `errors`).
import { type Effects } from '../effects.ts';
import { type Route } from '../net/route.ts';
import { parseJson } from '../providers/types.ts';

const YAML_BLOCK = /^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))/;

/** Why the front matter does not parse (with its line in the file), or undefined when it does or there is none. */
export async function frontMatterError(readme: string): Promise<string | undefined> {
  const m = YAML_BLOCK.exec(readme);
  if (!m) return undefined;
  // The YAML parser loads only here: most pushes carry no README.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(m[2], { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (!error) return undefined;
  // Line numbers in the file: the lines before the YAML, plus those before the error in it.
  const before = m[1].split(/\r\n|\r|\n/).length - 1;
  const line = before + m[2].slice(0, error.pos[0]).split(/\r\n|\r|\n/).length;
  return `${error.message.split('\n')[0]} (README.md line ${line})`;
}

export type Verdict = { errors: string[]; warnings: string[] } | { error: string };

/** The Hub's own verdict on the card, anonymously: the card is about to be public to the server anyway. */
export async function validateRemotely(url: string, readme: string, repoType: string, fx: Effects, deadline: number, route: Route): Promise<Verdict> {
  const a = await fx.httpPost(url, { 'content-type': 'application/json', accept: 'application/json' }, JSON.stringify({ content: readme, repoType }), deadline - fx.now(), route);
  if ('error' in a) return { error: a.error };
  const body = parseJson(a.body);
  const messages = (list: unknown) => (Array.isArray(list) ? list.map((e) => String(e?.message ?? e)).filter(Boolean) : []);
  if (a.status === 200) return { errors: [], warnings: messages(body?.warnings) };
  if (a.status === 400) return { errors: messages(body?.errors), warnings: messages(body?.warnings) };
  return { error: `${new URL(url).host} answered ${a.status}` };
}
