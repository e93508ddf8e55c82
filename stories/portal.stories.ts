import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NOW } from './support/fixtures.js';
import { demoFeed, feedUrl } from './support/msw.js';
import { finderStatus } from './support/play.js';

/**
 * `<opp-finder-provider>` shares one finder (feeds, pre-filter, query, URL state) with the parts placed inside it, so a
 * portal lays out `<opp-search-box>`, `<opp-filters>`, `<opp-results>`, `<opp-pagination>`, `<opp-detail>` and
 * `<opp-stats>` in its own grid.
 */
const meta = {
  title: 'Elements/Portal layout (provider + parts)',
  component: 'opp-finder-provider',
  parameters: { msw: { handlers: [demoFeed(feedUrl('portal'))] } },
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-finder-provider', 'ready');
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const styles = html`<style>
  .portal {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'search' 'stats' 'filters' 'results' 'detail';
  }
  @media (min-width: 60rem) {
    .portal {
      grid-template-columns: 16rem minmax(0, 1fr);
      grid-template-areas: 'search search' 'stats stats' 'filters results' 'filters detail';
    }
  }
  .portal > header { grid-area: search; }
  .portal > .stats { grid-area: stats; }
  .portal > aside { grid-area: filters; }
  .portal > main { grid-area: results; display: grid; gap: 1rem; }
  .portal > opp-detail { grid-area: detail; }
  .portal h2 { margin: 0 0 0.5rem; font-size: 1.25rem; }
</style>`;

/** A network's portal: header search, headline stats, filters in a side column, results and pages in the main one. */
export const CustomGrid: Story = {
  name: 'Custom grid',
  render: () => html`${styles}
    <opp-finder-provider feed=${feedUrl('portal')} now=${NOW} page-size="6" no-url>
      <div class="portal">
        <header><opp-search-box></opp-search-box></header>
        <section class="stats" aria-label="Statistics"><opp-stats heading-level="2"></opp-stats></section>
        <aside aria-label="Filters"><opp-filters></opp-filters></aside>
        <main>
          <opp-results heading-level="2"></opp-results>
          <opp-pagination></opp-pagination>
        </main>
        <opp-detail heading-level="2"></opp-detail>
      </div>
    </opp-finder-provider>`,
};

/** The smallest portal: a search box and results, pre-filtered to courses. */
export const SearchAndResults: Story = {
  name: 'Search box and results only',
  parameters: { msw: { handlers: [demoFeed(feedUrl('portal-small'))] } },
  render: () => html`<opp-finder-provider feed=${feedUrl('portal-small')} now=${NOW} kind="course" page-size="4" no-url>
    <opp-search-box></opp-search-box>
    <opp-results no-sort></opp-results>
  </opp-finder-provider>`,
};
