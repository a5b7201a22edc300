export interface CommandResult {
  exit: number;
  stdout?: string;
  stderr?: string;
}

export const refused = (command: string, why: string): CommandResult => ({
  exit: 1,
  stderr: `hf-hooks ${command}: ${why}\nNothing was changed.\n`,
});
