// Stamped in by build.mjs; 'dev' when the sources run directly (tests).
declare const __HF_HOOKS_VERSION__: string | undefined;

export const VERSION: string = typeof __HF_HOOKS_VERSION__ === 'string' ? __HF_HOOKS_VERSION__ : 'dev';
