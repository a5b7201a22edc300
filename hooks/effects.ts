// Everything the check engine does to the outside world comes through here,
// so tests can drive the engine with real processes or with fakes.
import { type RunOptions, type RunResult, run } from './run.ts';

export interface Effects {
  env: NodeJS.ProcessEnv;
  run(cmd: string, args: string[], opts?: RunOptions): Promise<RunResult>;
}

export const realEffects = (env: NodeJS.ProcessEnv = process.env): Effects => ({ env, run });
