import { bitbucket } from './bitbucket.ts';
import { generic } from './generic.ts';
import { github } from './github.ts';
import { gitlab } from './gitlab.ts';
import { huggingface } from './huggingface.ts';
import { type Provider, type ProviderName } from './types.ts';

export const PROVIDERS: Record<ProviderName, Provider> = { huggingface, github, gitlab, bitbucket, generic };

export function providerByHost(host: string): Provider | undefined {
  return Object.values(PROVIDERS).find((p) => p.hosts.includes(host));
}

export const ALL_TOKEN_PATTERNS: RegExp[] = Object.values(PROVIDERS).flatMap((p) => [...p.tokenPatterns]);
