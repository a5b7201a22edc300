export function cardErrors(readme: string): string[];
export function cardWarnings(readme: string): string[];
