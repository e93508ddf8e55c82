import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

/** Autodocs pages need @storybook/addon-docs; without it Storybook still builds, with stories only. */
const hasDocsAddon = (() => {
  try {
    createRequire(import.meta.url).resolve('@storybook/addon-docs/package.json');
    return true;
  } catch {
    return false;
  }
})();

/**
 * package.json's `sideEffects` lists the built files (dist/…) that register elements. Vite applies it to this
 * package's own sources too, so a build from source would drop `import './define/opp-card.js'` (and the stories' and
 * preview's top-level code) as "side-effect free": the elements would never be defined. Storybook builds from source,
 * so every module of this project outside node_modules keeps its side effects here.
 */
function sourcesHaveSideEffects(): Plugin {
  return {
    name: 'opportunity-kit:sources-have-side-effects',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.includes('/node_modules/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(root) || resolved.id.includes('/node_modules/')) return resolved;
      return { ...resolved, moduleSideEffects: true };
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: hasDocsAddon ? ['@storybook/addon-docs'] : [],
  // The msw worker script (public/mockServiceWorker.js) is served at the root, next to iframe.html.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // The elements use legacy decorators with `useDefineForClassFields: false` (see tsconfig.json). Vite 8 compiles
      // TypeScript with oxc, which reads those options from this tsconfig for every file, stories included;
      // otherwise the built stories render nothing (class fields shadow Lit's reactive accessors) or throw
      // "Unsupported decorator location".
      tsconfig,
      plugins: [sourcesHaveSideEffects()],
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
