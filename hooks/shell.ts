// POSIX sh quoting, for every command hf-hooks prints or writes into a hook or config.

/** Single-quoted for sh: `it's` -> `'it'\''s'`. */
export const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The inverse of shQuote for one quoted word. */
export const shUnquote = (s: string): string => s.slice(1, -1).replace(/'\\''/g, "'");

/** A regex source matching one shQuote'd word. */
export const SH_QUOTED = `'(?:[^']|'\\\\'')*'`;

/**
 * A file path as the sh that runs the hooks reads it: Git for Windows' sh takes `C:/x/y`
 * but would read `C:\x\y`'s backslashes as escapes inside double quotes and in `[ -x ]` of
 * some paths; forward slashes work everywhere there. A POSIX path is returned as it is.
 */
export const shellPath = (path: string): string => (/^[A-Za-z]:\\/.test(path) ? path.replace(/\\/g, '/') : path);
