/** The opportunity-kit version these elements belong to (package.json's `version`; a test keeps them equal). */
export const VERSION = '0.1.0';
