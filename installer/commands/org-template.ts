// `hf-hooks init-template DIR`: a template repository an organisation can publish
// (GitHub/GitLab template repo, or a Hub repo scaffold), its host and namespace filled in.
import { cp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { mkdirs } from '../../hooks/mkdirs.ts';
import { join, resolve } from 'node:path';
import { providerByHost, sshHostFor } from '../../hooks/providers/index.ts';
import { huskyBlock } from '../plan/shim.ts';
import { type CommandResult, refused } from '../result.ts';
import { inspectDir } from '../effects/files.ts';
import { PACKAGE_ROOT } from '../effects/package-root.ts';
import { packageVersion } from '../effects/runtime.ts';

const NAMESPACE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;

/** hf.co for huggingface.co; a self-hosted server's own name, without the web port. */
function sshHostOf(host: string): string {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  const provider = providerByHost(name);
  return provider ? sshHostFor(provider, name) : name;
}

export async function initTemplate(o: { dir: string; host?: string; namespace?: string }): Promise<CommandResult> {
  const dir = resolve(o.dir);
  const host = o.host ?? 'huggingface.co';
  const namespace = o.namespace ?? 'your-org';
  if (!HOST.test(host)) return refused('init-template', `--host '${host.slice(0, 80)}' is not a host name (like huggingface.co)`);
  if (!NAMESPACE.test(namespace)) return refused('init-template', `--namespace '${namespace.slice(0, 80)}' is not a user or organization name`);
  const existing = await inspectDir(dir);
  if (existing && (existing.kind !== 'dir' || (await readdir(dir)).length)) return refused('init-template', `${dir} already exists and is not an empty directory`);
  const values: Record<string, string> = {
    '@HOST@': host, '@SSH_HOST@': sshHostOf(host), '@NAMESPACE@': namespace, '@VERSION@': await packageVersion(),
  };
  try {
    // fs.cp would make `dir` with Node's recursive mkdir, which can spin forever (hooks/mkdirs.ts).
    await mkdirs(dir);
    await cp(join(PACKAGE_ROOT, 'templates', 'org-template'), dir, { recursive: true });
    // npm drops .gitignore from published packages, so it ships as `gitignore`.
    await rename(join(dir, 'gitignore'), join(dir, '.gitignore'));
    for (const file of ['package.json', 'README.md']) {
      const path = join(dir, file);
      await writeFile(path, (await readFile(path, 'utf8')).replace(/@[A-Z_]+@/g, (m) => values[m] ?? m));
    }
    // The same committed block `install` adds to a husky repo: no machine's path, any version's runtime.
    await mkdirs(join(dir, '.husky'));
    await writeFile(join(dir, '.husky', 'pre-push'), `${huskyBlock(true)}# Your own pre-push steps go below (they get the same arguments and input).\n`);
  } catch (error) {
    // Leave the directory as it was: absent, or empty.
    if (existing) for (const entry of await readdir(dir).catch(() => [])) await rm(join(dir, entry), { recursive: true, force: true });
    else await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    exit: 0,
    stdout: [
      `hf-hooks: wrote an org template repository for ${namespace} on ${host} in ${dir}`,
      '  package.json       hf-hooks and husky as devDependencies; "prepare": "husky" turns the hook on at npm install',
      '  .husky/pre-push    runs the check with this machine\'s hf-hooks, else node_modules/.bin/hf-hooks (no npx lookup on a push)',
      '  .gitattributes     Git LFS for model and data files',
      '  README.md          what the hook does for members, and how to bypass it',
      `next: cd ${dir} && git init && npm install && git add -A && git commit -m "Repository template"`,
    ].join('\n') + '\n',
  };
}
