// The certificates a request trusts: Node's roots plus those Git is told about (route.ts).
// Added to a default context, which keeps Node's parsed roots (1 ms), rather than passing
// `ca`, which replaces them and re-parses ~150 roots per request (20-30 ms).
import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Route } from './route.ts';

/** Where curl finds the system's CA bundle on the usual distributions (its configure's ca-bundle search). */
const SYSTEM_BUNDLES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt', '/etc/ssl/ca-bundle.pem', '/etc/ssl/cert.pem'];

let system: Promise<string | undefined> | undefined;

/** The system bundle Git's curl trusts by default, if there is one. */
export function systemBundle(): Promise<string | undefined> {
  system ??= (async () => {
    for (const path of SYSTEM_BUNDLES) if (await access(path).then(() => true, () => false)) return path;
    return undefined;
  })();
  return system;
}

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

async function certificates(path: string, dir: boolean): Promise<string[] | undefined> {
  if (!dir) return readFile(path, 'utf8').then((t) => t.match(PEM) ?? [], () => undefined);
  const names = await readdir(path).catch(() => undefined);
  if (!names) return undefined;
  const files = await Promise.all(names.map((n) => readFile(join(path, n), 'utf8').catch(() => '')));
  return [...new Set(files.flatMap((t) => t.match(PEM) ?? []))];
}

/** Where a retry looks when a certificate is not trusted: SSL_CERT_FILE, then the system bundle. */
export async function widerTrust(route: Route): Promise<Route['ca']> {
  const bundle = await systemBundle();
  return [...(route.fallbackCa ?? []), ...(bundle ? [{ path: bundle, source: 'the system CA bundle' }] : [])];
}

/**
 * No context when nothing is added (Node's default). Git's settings must name something that
 * works (Git would fail on it too); the wider trust is taken as far as it can be read.
 */
export async function secureContextFor(ca: Route['ca'], wider: Route['ca']): Promise<{ context?: import('node:tls').SecureContext } | { error: string }> {
  if (!ca.length && !wider.length) return {};
  const pems: string[] = [];
  for (const s of ca) {
    const found = await certificates(s.path, !!s.dir);
    if (!found) return { error: `${s.source} names ${s.path}, which cannot be read` };
    if (!found.length) return { error: `${s.source} names ${s.path}, which holds no PEM certificate` };
    pems.push(...found);
  }
  for (const s of wider) pems.push(...((await certificates(s.path, false)) ?? []));
  const tls = await import('node:tls');
  const context = tls.createSecureContext();
  // The native context's addCACert is what Node's own `ca` option calls for each entry; where
  // it is missing (a future Node), the roots are passed along with the extras instead.
  const native = (context as unknown as { context?: { addCACert?: (pem: string) => void } }).context;
  if (typeof native?.addCACert !== 'function') return { context: tls.createSecureContext({ ca: [...tls.rootCertificates, ...pems] }) };
  for (const pem of pems) native.addCACert(pem);
  return { context };
}
