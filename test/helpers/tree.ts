// A byte-exact picture of a directory, to assert that a command changed nothing.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      const st = lstatSync(p);
      const key = prefix + name;
      const mode = (st.mode & 0o7777).toString(8);
      if (st.isSymbolicLink()) out[key] = `link ${readlinkSync(p)}`;
      else if (st.isDirectory()) {
        out[key] = `dir ${mode}`;
        walk(p, `${key}/`);
      } else out[key] = `file ${mode} ${readFileSync(p).toString('base64')}`;
    }
  };
  walk(dir, '');
  return out;
}
