import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { en, loadMessages, uiLanguageOf } from '../src/i18n/index.js';
import { NOW } from './support/fixtures.js';
import { demoFeed, feedUrl } from './support/msw.js';
import { deep, finderStatus, until } from './support/play.js';

/**
 * One story per official EU language: a compact finder (search, filters, count, cards with dates, places and fees
 * formatted in that language) under `lang` on the story root, the way a host page sets it. Each story sets the
 * `lang` global, so the toolbar shows which language is on.
 */
const meta = {
  title: 'Languages',
  component: 'opp-finder',
  parameters: { msw: { handlers: [demoFeed(feedUrl('languages'))] } },
  render: () => html`<opp-finder feed=${feedUrl('languages')} now=${NOW} page-size="3" sort="deadline" no-url></opp-finder>`,
  play: async ({ canvasElement, globals }) => {
    // The catalogue is a lazy chunk: wait for it, then for the finder to load and render in that language.
    const lang = uiLanguageOf(String(globals.lang));
    if (!lang) throw new Error(`not a UI language: ${String(globals.lang)}`);
    const messages = await loadMessages(lang);
    if (lang !== 'en' && messages === en) throw new Error(`no catalogue loaded for "${lang}": the UI fell back to English`);
    await finderStatus(canvasElement, 'opp-finder', 'ready');
    const label = await until(() => deep(canvasElement, 'opp-search-box', 'label'), 'the search label');
    if (label.textContent?.trim() !== messages.finder.searchLabel) {
      throw new Error(`the finder is not in "${lang}": "${label.textContent?.trim()}" instead of "${messages.finder.searchLabel}"`);
    }
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

// One story per language, each named in its own language. Written out: Storybook indexes stories statically.
export const Bg: Story = { name: 'Български (bg)', globals: { lang: 'bg' } };
export const Cs: Story = { name: 'Čeština (cs)', globals: { lang: 'cs' } };
export const Da: Story = { name: 'Dansk (da)', globals: { lang: 'da' } };
export const De: Story = { name: 'Deutsch (de)', globals: { lang: 'de' } };
export const El: Story = { name: 'Ελληνικά (el)', globals: { lang: 'el' } };
export const En: Story = { name: 'English (en)', globals: { lang: 'en' } };
export const Es: Story = { name: 'Español (es)', globals: { lang: 'es' } };
export const Et: Story = { name: 'Eesti (et)', globals: { lang: 'et' } };
export const Fi: Story = { name: 'Suomi (fi)', globals: { lang: 'fi' } };
export const Fr: Story = { name: 'Français (fr)', globals: { lang: 'fr' } };
export const Ga: Story = { name: 'Gaeilge (ga)', globals: { lang: 'ga' } };
export const Hr: Story = { name: 'Hrvatski (hr)', globals: { lang: 'hr' } };
export const Hu: Story = { name: 'Magyar (hu)', globals: { lang: 'hu' } };
export const It: Story = { name: 'Italiano (it)', globals: { lang: 'it' } };
export const Lt: Story = { name: 'Lietuvių (lt)', globals: { lang: 'lt' } };
export const Lv: Story = { name: 'Latviešu (lv)', globals: { lang: 'lv' } };
export const Mt: Story = { name: 'Malti (mt)', globals: { lang: 'mt' } };
export const Nl: Story = { name: 'Nederlands (nl)', globals: { lang: 'nl' } };
export const Pl: Story = { name: 'Polski (pl)', globals: { lang: 'pl' } };
export const Pt: Story = { name: 'Português (pt)', globals: { lang: 'pt' } };
export const Ro: Story = { name: 'Română (ro)', globals: { lang: 'ro' } };
export const Sk: Story = { name: 'Slovenčina (sk)', globals: { lang: 'sk' } };
export const Sl: Story = { name: 'Slovenščina (sl)', globals: { lang: 'sl' } };
export const Sv: Story = { name: 'Svenska (sv)', globals: { lang: 'sv' } };
