import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { items, NOW, opportunity } from './support/fixtures.js';
import { demoFeed, feedUrl } from './support/msw.js';
import { finderStatus, settled } from './support/play.js';

/**
 * Theming without `!important`: the public `--opp-*` custom properties (they inherit through shadow roots) for colours,
 * radius and spacing, and `::part()` for anything else — including nested parts a finder re-exports (`card-title`,
 * `card-badge`, `search-input`, …).
 */
const meta = { title: 'Guides/Theming' } satisfies Meta;
export default meta;
type Story = StoryObj;

const brand = html`<style>
  /* light-dark() pairs: right in whichever scheme the elements use (the visitor's, the page's or the theme's). */
  .brand {
    --opp-color-accent: light-dark(#6a1b4d, #f3b6dc);
    --opp-color-on-accent: light-dark(#ffffff, #2a0a1e);
    --opp-color-focus: light-dark(#6a1b4d, #f3b6dc);
    --opp-color-surface: light-dark(#fbf7f9, #24161f);
    --opp-color-line: light-dark(#e3d3dc, #4a3342);
    --opp-radius: 0;
    --opp-space: 1.25rem;
    --opp-card-min-width: 15rem;
    font-family: Georgia, 'Times New Roman', serif;
  }
  .brand opp-card::part(base),
  .brand opp-finder::part(card) {
    border-inline-start: 6px solid var(--opp-color-accent);
  }
  .brand opp-card::part(title),
  .brand opp-finder::part(card-title) {
    font-variant: small-caps;
    letter-spacing: 0.02em;
  }
  .brand opp-card::part(badge),
  .brand opp-finder::part(card-badge) {
    border-radius: 0;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .brand opp-finder::part(search-input) {
    border-width: 2px;
  }
</style>`;

/** Custom properties and `::part` on cards. */
export const Cards: Story = {
  name: 'Cards: custom properties and ::part',
  render: () => html`${brand}
    <ul class="brand" style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; list-style: none; margin: 0; padding: 0">
      ${[items.open, items.closingSoon, items.closed, items.cancelled].map(
        (item) => html`<li><opp-card .opportunity=${opportunity(item)} now=${NOW}></opp-card></li>`,
      )}
    </ul>`,
  play: async ({ canvasElement }) => settled(canvasElement),
};

/** The same brand on a whole finder, through the parts it re-exports. */
export const Finder: Story = {
  name: 'Finder: nested parts',
  parameters: { msw: { handlers: [demoFeed(feedUrl('theming-finder'))] } },
  render: () => html`${brand}
    <div class="brand">
      <opp-finder feed=${feedUrl('theming-finder')} now=${NOW} page-size="6" no-url></opp-finder>
    </div>`,
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-finder', 'ready');
  },
};
