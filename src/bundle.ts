/**
 * The script-tag bundle's entry (`dist/opportunity-kit.js`): everything in `opportunity-kit` — the SDK re-exported and
 * every element registered — plus the lazy language catalogues. Load it with
 * `<script type="module" src=".../opportunity-kit.js"></script>`.
 */
import './i18n/loaders.js';
export * from './index.js';
