// A PATH on which one program is missing, as on a machine that never installed it: every
// directory of PATH that holds it is replaced by a copy made of links to everything else.
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { type Sandbox } from './sandbox.ts';

export function pathWithout(sb: Sandbox, program: string): string {
  return sb.env.PATH.split(':').map((dir, i) => {
    if (!existsSync(join(dir, program))) return dir;
    const copy = sb.path(`path-without-${program}-${i}`);
    mkdirSync(copy, { recursive: true });
    for (const name of readdirSync(dir)) if (name !== program && !existsSync(join(copy, name))) symlinkSync(join(dir, name), join(copy, name));
    return copy;
  }).join(':');
}
