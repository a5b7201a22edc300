// Asking a person on the terminal, as Git's own prompt does: on /dev/tty (stdin belongs to
// the credential protocol), with the answer hidden. Enter ends it; Ctrl-C, Ctrl-D on an
// empty line, or the time running out cancel it. The terminal is left as it was found.
import { closeSync, openSync, writeSync } from 'node:fs';
import { ReadStream } from 'node:tty';

/** A terminal's bracketed-paste markers around pasted text, which are not part of it. */
const PASTE_MARKS = /\x1b\[20[01]~/g;

export function askTty(question: string, timeoutMs: number): Promise<string | undefined> {
  let inFd: number;
  let outFd: number;
  try {
    inFd = openSync('/dev/tty', 'r');
    outFd = openSync('/dev/tty', 'w');
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const input = new ReadStream(inFd);
    let typed = '';
    let over = false;
    const done = (answer: string | undefined) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      input.setRawMode(false);
      input.destroy();
      writeSync(outFd, '\n');
      closeSync(outFd);
      resolve(answer);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    input.setRawMode(true);
    writeSync(outFd, question);
    input.on('data', (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8').replace(PASTE_MARKS, '')) {
        if (ch === '\r' || ch === '\n') return done(typed);
        if (ch === '\x03' || (ch === '\x04' && !typed)) return done(undefined);
        if (ch === '\x7f' || ch === '\b') typed = typed.slice(0, -1);
        else if (ch >= ' ') typed += ch;
      }
    });
    input.on('error', () => done(undefined));
  });
}
