// Every Hugging Face fact the pack relies on (DESIGN.md section 5).
import { type Provider, type Repo } from './types.ts';

const PREFIX_TYPES: Record<string, Repo['type']> = { datasets: 'dataset', spaces: 'space', kernels: 'kernel' };

/** `<ns>/<name>` (model), `datasets/<ns>/<name>`, `spaces/<ns>/<name>`; `gpt2` is a legacy model. */
function parseRepo(path: string): Repo | undefined {
  const parts = path.split('/');
  const type = PREFIX_TYPES[parts[0]];
  const rest = type ? parts.slice(1) : parts;
  if (rest.length < 1 || rest.length > 2 || rest.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  const [namespace, name] = rest.length === 2 ? rest : [undefined, rest[0]];
  return namespace ? { type: type ?? 'model', namespace, name } : { type: type ?? 'model', name };
}

export const huggingface: Provider = {
  name: 'huggingface',
  label: 'Hugging Face',
  hosts: ['huggingface.co', 'hf.co'],
  parseRepo,
  tokenPatterns: [/\bhf_[A-Za-z0-9]{6,}/g, /\bapi_org_[A-Za-z0-9]{6,}/g],
  tokensPage: 'https://huggingface.co/settings/tokens',
  keysPage: 'https://huggingface.co/settings/keys',
  hostKeysPage: 'https://huggingface.co/docs/hub/security-git-ssh',
  // "Hi anonymous, welcome to Hugging Face." when the key is on no account.
  greeting(text) {
    const m = /\bHi (\S+), welcome to Hugging Face\b/.exec(text);
    if (!m) return undefined;
    return m[1] === 'anonymous' ? { anonymous: true } : { user: m[1] };
  },
};
