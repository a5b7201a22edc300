// POSIX sh quoting, for every command hf-hooks prints or writes into a hook or config.

/** Single-quoted for sh: `it's` -> `'it'\''s'`. */
export const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The inverse of shQuote for one quoted word. */
export const shUnquote = (s: string): string => s.slice(1, -1).replace(/'\\''/g, "'");

/** A regex source matching one shQuote'd word. */
export const SH_QUOTED = `'(?:[^']|'\\\\'')*'`;
