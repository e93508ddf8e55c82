import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feedOf, items, NOW } from './support/fixtures.js';
import { demoFeed, failing, feed, feedUrl } from './support/msw.js';
import { finderStatus } from './support/play.js';

interface StatsArgs {
  feed: string;
  kind?: string;
  limit?: number;
  now: string;
}

/**
 * `<opp-stats>`: how many opportunities are upcoming and open now, and the top countries and areas of expertise as a
 * table with bars (the numbers are text; the bars are decoration).
 */
const meta = {
  title: 'Elements/Stats',
  component: 'opp-stats',
  args: { feed: feedUrl('stats'), now: NOW },
  parameters: { msw: { handlers: [demoFeed(feedUrl('stats'))] } },
  render: (a) =>
    html`<opp-stats feed=${a.feed} kind=${ifDefined(a.kind)} limit=${ifDefined(a.limit)} now=${a.now} .clientOptions=${{ retry: 0 }}></opp-stats>`,
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-stats', 'ready');
  },
} satisfies Meta<StatsArgs>;
export default meta;
type Story = StoryObj<StatsArgs>;

/** The whole demo feed. */
export const Default: Story = {};

/** Pre-filtered like a finder (staff weeks only), top 8. */
export const StaffWeeks: Story = {
  name: 'Staff weeks, top 8',
  args: { feed: feedUrl('stats-staff-weeks'), kind: 'staff-week', limit: 8 },
  parameters: { msw: { handlers: [demoFeed(feedUrl('stats-staff-weeks'))] } },
};

/** Nothing upcoming (only past and cancelled items). */
export const NothingUpcoming: Story = {
  name: 'Nothing upcoming',
  args: { feed: feedUrl('stats-empty') },
  parameters: { msw: { handlers: [feed(feedUrl('stats-empty'), feedOf([items.past, items.cancelled]))] } },
};

/** The feed failed: a message and "Try again". */
export const FeedError: Story = {
  name: 'Feed error',
  args: { feed: feedUrl('stats-error') },
  parameters: { msw: { handlers: [failing(feedUrl('stats-error'), 500)] } },
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-stats', 'error');
  },
};
