// The loopback Hub's check of a repo card's metadata, shared by its pre-receive hook and its
// POST /api/validate-yaml (hf_api.py _validate_yaml: 400 with `errors`, 200 with `warnings`).
// The YAML must parse; a few fields must have the Hub's values (a small subset of its rules:
// enough to show a card that parses and is still refused).
import { parseDocument } from 'yaml';

const BLOCK = /^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))/;
const LICENSES = ['apache-2.0', 'mit', 'openrail', 'cc-by-4.0', 'other'];

/** The errors the Hub would give for this README (empty when it passes). */
export function cardErrors(readme) {
  const m = BLOCK.exec(readme);
  if (!m) return [];
  const doc = parseDocument(m[2], { uniqueKeys: true });
  if (doc.errors.length) return [doc.errors[0].message.split('\n')[0]];
  const data = doc.toJS() ?? {};
  const errors = [];
  if (data.license !== undefined && !LICENSES.includes(data.license)) errors.push(`"license" must be one of [${LICENSES.join(', ')}]`);
  if (typeof data.short_description === 'string' && data.short_description.length > 60) errors.push('"short_description" length must be less than or equal to 60 characters long');
  return errors;
}

/** Warnings the Hub gives for a card it accepts. */
export function cardWarnings(readme) {
  return BLOCK.test(readme) ? [] : ['empty or missing yaml metadata in repo card'];
}
