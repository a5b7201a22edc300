// What a fix that stores a token for Git must know to work when pasted: whether a helper
// that keeps passwords is configured, and which one this platform has.
import { type Config } from '../config.ts';
import { type StoreContext } from '../providers/types.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type Remote, isLoopback, origin } from '../remote.ts';

/**
 * The helpers huggingface_hub counts (utils/_git_credential.py GIT_CREDENTIAL_REGEX):
 * an unscoped `credential.helper` naming a helper or a path. Its
 * `--add-to-git-credential` stores nothing without one, and neither does `git credential approve`.
 */
const COUNTED = /^[\w\-/]+(\s|$)/;

/** osxkeychain and manager ship with Git on macOS and Windows; elsewhere store always exists. */
export const platformHelper = (platform: NodeJS.Platform): string =>
  platform === 'darwin' ? 'osxkeychain' : platform === 'win32' ? 'manager' : 'store';

export function storeContext(remote: Remote, config: Config, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): StoreContext {
  const storageHelper = config.credentialHelpers.find((h) => COUNTED.test(h));
  const bridge = bridgeServes(remote, config, env);
  return { ...(bridge && { bridge }), ...(storageHelper && { storageHelper }), platformHelper: platformHelper(platform), url: origin(remote), env };
}

/**
 * Whether the bridge may hand this URL the provider's local token: it is on, the URL is
 * https (or http to loopback), and its host is one the provider's tools send the token to.
 */
export function bridgeServes(remote: Remote, config: Config, env: NodeJS.ProcessEnv): boolean {
  const hosts = PROVIDERS[remote.provider].bridgeHosts?.(env);
  if (!config.bridge || !hosts || !remote.host) return false;
  if (!(remote.transport === 'https' || (remote.transport === 'http' && isLoopback(remote.host)))) return false;
  const port = remote.port && remote.port !== (remote.transport === 'https' ? 443 : 80) ? `:${remote.port}` : '';
  return hosts.includes(`${remote.host}${port}`);
}
