// What the content findings say: which files, how big, which commit brought them in, the
// server's own words, and fixes that work when pasted (git lfs migrate rewrites only the
// commits the remote does not have yet, so a plain push follows).
import { type Finding, finding } from '../findings.ts';
import { type Provider } from '../providers/types.ts';
import { type Breach } from './rules.ts';

export interface Where {
  /** What `git push` names: the remote, or the URL. */
  to: string;
  /** The local branch to rewrite, and what of it the remote has (a ref or an oid), if anything. */
  localRef: string;
  remoteHas?: string;
  remoteRef: string;
}

export interface Located extends Breach {
  commit?: { commit: string; subject: string };
}

const KiB = 1024;
const MiB = KiB * KiB;
const GiB = MiB * KiB;
export const bytes = (n: number): string =>
  n >= GiB ? `${(n / GiB).toFixed(1)} GiB` : n >= MiB ? `${(n / MiB).toFixed(1)} MiB` : n >= KiB ? `${(n / KiB).toFixed(1)} KiB` : `${n} B`;

const SHOWN = 5;

/** A content finding names the (first) file it is about, for CI annotations. */
const inFile = (file: string, f: Finding): Finding => ({ ...f, file });

function listed(files: Located[], ref: string): string {
  const one = (f: Located) => `${f.path} (${bytes(f.size)}${f.commit ? `, added in ${f.commit.commit.slice(0, 7)} "${f.commit.subject.slice(0, 60)}"` : ''})`;
  const shown = files.slice(0, SHOWN).map(one).join(', ');
  return `${shown}${files.length > SHOWN ? ` and ${files.length - SHOWN} more` : ''} (ref: ${ref})`;
}

/** `*.ext` for a file with an extension, else its path: what .gitattributes should route through LFS. */
export const lfsPattern = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? `*${name.slice(dot)}` : path;
};

const quoted = (s: string) => `"${s.replace(/(["\\$`])/g, '\\$1')}"`;

/** Move the files into LFS in the commits that are not on the remote yet, then push again. */
export function migrateFix(files: Located[], w: Where): string[] {
  const patterns = [...new Set(files.map((f) => lfsPattern(f.path)))];
  const exclude = w.remoteHas ? ` --exclude-ref=${w.remoteHas}` : '';
  return [
    'git lfs install --skip-repo    # the LFS filters, once per machine (hf-hooks\' hook runs the upload); the Hub also takes git-xet: git xet install',
    `git lfs migrate import --include=${quoted(patterns.join(','))} --include-ref=${w.localRef}${exclude}    # rewrites the commits since ${files.length === 1 ? 'it' : 'they'} came in (none of them is on the remote yet): the files become LFS files and .gitattributes tracks ${patterns.join(', ')}`,
    `git push ${w.to} ${w.localRef === w.remoteRef ? w.localRef.replace(/^refs\/heads\//, '') : `${w.localRef}:${w.remoteRef}`}`,
  ];
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function tooLarge(files: Located[], certain: boolean, limit: number, p: Provider, w: Where, said: string, docs?: string): Finding {
  const n = files.length;
  return inFile(files[0].path, finding('content.too-large', certain ? 'error' : 'warn',
    `${n} ${plural(n, 'file', 'files')} in this push ${plural(n, 'is', 'are')} ${bytes(limit)} or larger and not in LFS: ${listed(files, w.remoteRef)}.\n` +
      (certain ? `${p.label} refuses the push after the whole pack was sent: "${said}"` : `${p.label} warns: "${said}"`),
    migrateFix(files, w), docs));
}

export function binary(files: Located[], certain: boolean, limit: number, p: Provider, w: Where, said: string, docs?: string): Finding {
  const n = files.length;
  const why = files.find((f) => f.note)?.note;
  return inFile(files[0].path, finding('content.binary', certain ? 'error' : 'warn',
    `${n} binary ${plural(n, 'file', 'files')} (a NUL byte, as Git and the server tell) in this push ${plural(n, 'is', 'are')} not in LFS: ${listed(files, w.remoteRef)}.\n` +
      (certain ? `${p.label} refuses binary files over ${bytes(limit)} outside LFS/Xet, after the whole pack was sent: "${said}"`
        : `${p.label} refuses binary files over ${bytes(limit)} outside LFS/Xet for sure${why ? `, and ${why}` : ''}; hf-hooks lets Git try.`),
    migrateFix(files, w), docs));
}

export function lfsTooLarge(files: Located[], certain: boolean, p: Provider, agentFix: string[]): Finding {
  const n = files.length;
  const list = files.slice(0, SHOWN).map((f) => `${f.path} (${bytes(f.size)})`).join(', ');
  if (certain) {
    return inFile(files[0].path, finding('content.lfs-too-large', 'error',
      `${n} LFS ${plural(n, 'file is', 'files are')} larger than ${p.label} stores: ${list}.\n${files[0].note ?? ''}.`,
      ['Split the file into parts under 200 GB (the size hub-docs recommends), then commit the parts']));
  }
  return inFile(files[0].path, finding('content.lfs-too-large', 'warn',
    `${n} LFS ${plural(n, 'file is', 'files are')} over 5 GB: ${list}, and no transfer agent for large files is set up (lfs.customtransfer.*).\n` +
      "git-lfs's basic transfer uploads at most 5 GB in one piece; the upload may fail before the pack is sent.",
    agentFix));
}

export function lfsNotInstalled(paths: string[]): Finding {
  return finding('content.lfs-not-installed', 'info',
    `.gitattributes routes ${paths.slice(0, SHOWN).join(', ')} through Git LFS (filter=lfs), but ${plural(paths.length, 'it', 'they')} went into the commit whole.\n` +
      'git-lfs was not installed or not set up (git lfs install) when the file was added, so the filter never ran.',
    ['git lfs install --skip-repo    # sets up the filter for every repository of this user (hf-hooks\' hook runs the upload)']);
}

export function metadataInvalid(file: string, why: string[], p: Provider, said: string, certain: boolean): Finding {
  return inFile(file, finding('content.metadata-invalid', certain ? 'error' : 'warn',
    `The metadata at the top of ${file} (the YAML between the --- lines) ${certain ? 'is refused' : 'has warnings'}: ${why.join('; ')}.\n` +
      (certain ? `${p.label} refuses the push after the pack was sent: "${said}"` : `${p.label} accepts it, with these warnings.`),
    [`Edit the YAML at the top of ${file}`, `git commit -am "Fix the ${file} metadata"`, 'git push'],
    'https://huggingface.co/docs/hub/model-cards#model-card-metadata'));
}

export function unchecked(why: string): Finding {
  return finding('content.unchecked', 'warn',
    `What this push would send could not be checked: ${why}.\nA shallow or partial clone cannot list every object; hf-hooks lets Git try.`,
    ['git fetch --unshallow    # if this is a shallow clone, then push again']);
}
