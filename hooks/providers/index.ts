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

/** Deployments named by each provider's endpoint variable (HF_ENDPOINT), without a trailing slash. */
export function endpointsFrom(env: NodeJS.ProcessEnv): Partial<Record<ProviderName, string>> {
  const out: Partial<Record<ProviderName, string>> = {};
  for (const p of Object.values(PROVIDERS)) {
    const value = p.endpointEnv ? env[p.endpointEnv] : undefined;
    if (value) out[p.name] = value.replace(/\/+$/, '');
  }
  return out;
}

/** The host to push to over SSH for a web host: the provider's SSH host for its own hosts. */
export function sshHostFor(provider: Provider, host: string): string {
  return provider.hosts.includes(host) && provider.sshHost ? provider.sshHost : host;
}
