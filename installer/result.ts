export interface CommandResult {
  exit: number;
  stdout?: string;
  stderr?: string;
}

/** A command that did not do what was asked. `left`: what it changed and could not put back. */
export const refused = (command: string, why: string, left: string[] = []): CommandResult => ({
  exit: 1,
  stderr: `hf-hooks ${command}: ${why}\n${left.length
    ? `It undid what it had done, except for: ${left.join(', ')}. Check those, then run the same command again.\n`
    : 'Nothing was changed.\n'}`,
});
