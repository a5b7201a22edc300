// `hf-hooks pre-push REMOTE URL`, ref lines on stdin: Git's pre-push hook contract.
import { type Effects } from './effects.ts';
import { check, loadConfig } from './engine.ts';
import { allows } from './findings.ts';
import { parseRefLines } from './refs.ts';
import { mask, renderHuman } from './render.ts';
import { contextFor, targetFor } from './target.ts';

export interface Outcome {
  exit: number;
  stderr: string;
}

export const PRE_PUSH_USAGE = 'usage: hf-hooks pre-push REMOTE URL < ref-lines    (Git runs this; see `hf-hooks install`)';

export async function prePush(args: string[], stdin: Uint8Array, fx: Effects, color: boolean): Promise<Outcome> {
  // Git's two arguments are data, whatever they start with: a URL or path may begin with
  // '-' (test/e2e/hostile.test.ts), and a usage error here would stop the push.
  if (args.length !== 2) return { exit: 2, stderr: `${PRE_PUSH_USAGE}\n` };
  const parsed = parseRefLines(stdin);
  if ('error' in parsed) return { exit: 2, stderr: mask(`hf-hooks pre-push: ${parsed.error}\n${PRE_PUSH_USAGE}\n`) };
  const { config, problems } = await loadConfig(fx);
  if (!config.enabled) return { exit: 0, stderr: '' };
  const [remote, url] = args;
  const target = targetFor({ remote, url, refs: parsed.refs }, config);
  const ctx = contextFor(config, fx);
  const { report, readyKey } = await check(target, 'pre-push', fx, ctx);
  // The next push of the same URL with the same credential can be allowed by the shim itself.
  if (readyKey && config.cacheTtl > 0) await fx.cache.markReady(readyKey, Math.floor(fx.now() / 1000) + config.cacheTtl);
  const quiet = report.verdict === 'ready' && !problems.length;
  return {
    exit: allows(report.verdict, config.strict) ? 0 : 1,
    stderr: quiet ? '' : renderHuman([report], { color, entry: 'pre-push', problems }),
  };
}
