// The version under test, read from package.json as the build stamps it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './sandbox.ts';

export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
