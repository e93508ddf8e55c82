import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';

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
      // otherwise the built stories throw "Unsupported decorator location" or Lit properties never update.
      tsconfig,
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
