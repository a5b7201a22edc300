// One request with a hard deadline, over node:http(s) (lighter to start than fetch). The
// modules load on first use: a push that needs no request does not pay for TLS.

export type HttpResult =
  | { status: number; headers: Record<string, string>; body: string }
  | { error: string; timedOut: boolean };

const MAX_BODY = 1 << 20;

export const httpGet = (url: string, headers: Record<string, string>, timeoutMs: number): Promise<HttpResult> =>
  httpRequest('GET', url, headers, undefined, timeoutMs);

/** A POST of a body (the LFS batch API); redirects are not followed, like every request here. */
export const httpPost = (url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<HttpResult> =>
  httpRequest('POST', url, headers, body, timeoutMs);

async function httpRequest(method: string, url: string, headers: Record<string, string>, body: string | undefined, timeoutMs: number): Promise<HttpResult> {
  const secure = url.startsWith('https:');
  const { request } = secure ? await import('node:https') : await import('node:http');
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: HttpResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(r);
    };
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      finish({ error: `not a URL: ${url}`, timedOut: false });
      return;
    }
    const sized = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request(target, { method, headers: { 'user-agent': 'hf-hooks', ...sized, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= MAX_BODY) chunks.push(c);
      });
      res.on('end', () => finish({
        status: res.statusCode ?? 0,
        headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v ?? '')])),
        body: Buffer.concat(chunks).toString('utf8'),
      }));
      res.on('error', (e) => finish({ error: e.message, timedOut: false }));
    });
    const timer = setTimeout(() => {
      finish({ error: `no answer within ${timeoutMs} ms`, timedOut: true });
      req.destroy();
    }, Math.max(0, timeoutMs));
    req.on('error', (e: NodeJS.ErrnoException) => finish({ error: e.code ?? e.message, timedOut: false }));
    req.end(body);
  });
}
