// lefthook (evilmartians/lefthook) owns the hook files and rewrites them on `lefthook install`
// (a pre-push it did not write becomes pre-push.old, which it does not run). So hf-hooks goes
// through lefthook.yml, as a `script`: lefthook runs .lefthook/pre-push/<name> with Git's
// arguments as real argv and, with use_stdin, Git's ref lines. (Not a `command`: lefthook
// pastes {1} {2} into `sh -c` unquoted, and skips commands when it finds "no push files".)
// Pure: text in, text out, through the yaml library's Document, which keeps comments.
import { isMap, parseDocument } from 'yaml';

export const LEFTHOOK_CONFIGS = ['lefthook.yml', '.lefthook.yml', 'lefthook.yaml', '.lefthook.yaml'];
export const SCRIPT = 'hf-hooks.sh';
const PATH = ['pre-push', 'scripts', SCRIPT];
const ENTRY = { runner: 'sh', use_stdin: true };

/** The config with hf-hooks' script declared; undefined when the text is not a YAML mapping. */
export function withScript(text: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) return undefined;
  if (doc.hasIn(PATH)) return text;
  doc.setIn(PATH, doc.createNode(ENTRY));
  return doc.toString();
}

/** The config without it, and without the maps that held only it. */
export function withoutScript(text: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length || !doc.hasIn(PATH)) return undefined;
  doc.deleteIn(PATH);
  for (const path of [['pre-push', 'scripts'], ['pre-push']]) {
    const node = doc.getIn(path, true);
    if (isMap(node) && node.items.length === 0) doc.deleteIn(path);
  }
  // A file install created from nothing goes back to nothing, not `{}`.
  const text2 = doc.toString();
  return text2.trim() === '{}' ? '' : text2;
}

export const hasScript = (text: string): boolean => {
  const doc = parseDocument(text);
  return !doc.errors.length && doc.hasIn(PATH);
};
