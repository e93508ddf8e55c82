import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { memoryCache } from '../src/sdk/index.js';
import type { OppFinder } from '../src/index.js';
import { DEMO_FEED_TEXT } from './support/demo-feed.js';
import { feedOf, items, NOW, smallFeed } from './support/fixtures.js';
import { demoFeed, failing, feed, feedUrl, hanging } from './support/msw.js';
import { deep, finderStatus, settled, type, until } from './support/play.js';

interface FinderArgs {
  feed: string;
  kind?: string;
  country?: string;
  topic?: string;
  status?: string;
  pageSize?: number;
  sort?: string;
  now: string;
  noUrl: boolean;
}

const render = (a: FinderArgs, clientOptions?: OppFinder['clientOptions']) => html`<opp-finder
  feed=${a.feed}
  kind=${ifDefined(a.kind)}
  country=${ifDefined(a.country)}
  topic=${ifDefined(a.topic)}
  status=${ifDefined(a.status)}
  page-size=${ifDefined(a.pageSize)}
  sort=${ifDefined(a.sort)}
  now=${a.now}
  ?no-url=${a.noUrl}
  .clientOptions=${clientOptions}
></opp-finder>`;

const ready = (status: 'ready' | 'error' | 'loading' = 'ready') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await finderStatus(canvasElement, 'opp-finder', status);
  };

/**
 * `<opp-finder>`: search, filters with counts, chips, results, pagination and the detail, over one or more feeds
 * (answered here by msw), with designed loading, empty, error, partly-failed and stale states.
 */
const meta = {
  title: 'Elements/Finder',
  component: 'opp-finder',
  args: { feed: feedUrl('finder-default'), now: NOW, noUrl: true, pageSize: 12 },
  render: (a) => render(a),
  parameters: { msw: { handlers: [demoFeed(feedUrl('finder-default'))] } },
  play: ready(),
} satisfies Meta<FinderArgs>;
export default meta;
type Story = StoryObj<FinderArgs>;

/** The demo feed (315 opportunities), everything left to the visitor; the query lives in the URL (pages are links). */
export const Default: Story = { args: { noUrl: false } };

/**
 * A partner portal's finder: fixed to staff weeks in Finland and Sweden that are open, 6 a page, soonest deadline
 * first. The fixed facets are not offered as removable chips.
 */
export const PartnerPortal: Story = {
  name: 'Pre-filtered (partner portal)',
  args: { feed: feedUrl('finder-partner'), kind: 'staff-week', country: 'FI,SE', status: 'open,closing-soon', pageSize: 6, sort: 'deadline' },
  parameters: { msw: { handlers: [demoFeed(feedUrl('finder-partner'))] } },
};

/** The visitor's search matches nothing: "No … match your search", a hint, and "Clear filters". */
export const EmptyResult: Story = {
  name: 'Empty result',
  args: { feed: feedUrl('finder-empty') },
  parameters: { msw: { handlers: [demoFeed(feedUrl('finder-empty'))] } },
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-finder', 'ready');
    const input = await until(() => deep<HTMLInputElement>(canvasElement, 'opp-search-box', 'input[type="search"]'), 'the search field');
    type(input, 'zzzqqxx underwater basket weaving');
    input.form!.requestSubmit();
    await until(() => deep(canvasElement, '[part~="empty"]'), 'the empty state');
    await settled(canvasElement);
  },
};

/** A feed that lists nothing at all. */
export const EmptyFeed: Story = {
  name: 'Empty feed',
  args: { feed: feedUrl('finder-empty-feed') },
  parameters: { msw: { handlers: [feed(feedUrl('finder-empty-feed'), feedOf([]))] } },
};

/** The feed takes its time (this one never answers): skeleton cards, the count says "Loading…", `aria-busy`. */
export const Loading: Story = {
  args: { feed: feedUrl('finder-loading') },
  parameters: { msw: { handlers: [hanging(feedUrl('finder-loading'))] } },
  render: (a) => render(a, { timeout: 3_600_000, retry: 0, cache: false }),
  play: ready('loading'),
};

/** The only feed answers 500 (no retries here, no cached copy): what went wrong, "Try again", the publisher's site. */
export const FeedError: Story = {
  name: 'Feed error (500) with retry',
  args: { feed: feedUrl('finder-error') },
  parameters: { msw: { handlers: [failing(feedUrl('finder-error'), 500)] } },
  render: (a) => render(a, { retry: 0, cache: false }),
  play: ready('error'),
};

/** The feed failed once; the visitor pressed "Try again" and it loaded. */
export const FeedErrorRetried: Story = {
  name: 'Feed error, then "Try again"',
  args: { feed: feedUrl('finder-error-retry') },
  parameters: {
    msw: { handlers: [failing(feedUrl('finder-error-retry'), 503, { once: true }), demoFeed(feedUrl('finder-error-retry'))] },
  },
  render: (a) => render(a, { retry: 0, cache: false }),
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-finder', 'error');
    const retry = await until(() => deep<HTMLButtonElement>(canvasElement, 'opp-results', '[part~="retry"]'), 'Try again');
    retry.click();
    await finderStatus(canvasElement, 'opp-finder', 'ready');
  },
};

/** Two feeds, one of them gone (404): the other's opportunities, and a quiet note naming the missing source. */
export const PartlyFailed: Story = {
  name: 'Partly failed feeds (one 404)',
  args: { feed: `${feedUrl('finder-partly-ok')} ${feedUrl('finder-partly-missing')}` },
  parameters: {
    msw: { handlers: [feed(feedUrl('finder-partly-ok'), smallFeed), failing(feedUrl('finder-partly-missing'), 404)] },
  },
  render: (a) => render(a, { retry: 0, cache: false }),
};

const staleUrl = feedUrl('finder-stale');
const staleCache = memoryCache();
void staleCache.set(staleUrl, { text: DEMO_FEED_TEXT, contentType: 'application/json', fetchedAt: '2026-11-20T07:30:00Z' });

/** The feed is down (503) but a copy from three days ago is cached: the listing, with a note saying how old it is. */
export const StaleCache: Story = {
  name: 'Stale cache note',
  args: { feed: staleUrl },
  parameters: { msw: { handlers: [failing(staleUrl, 503)] } },
  render: (a) => render(a, { retry: 0, cache: staleCache }),
  play: async (context) => {
    await ready()(context);
    await until(() => deep(context.canvasElement, 'opp-results', '[part~="note"]'), 'the stale note');
  },
};

/** A visitor opened one opportunity: the detail replaces the list, focus on its heading, "Back to results". */
export const DetailOpen: Story = {
  name: 'Detail open',
  args: { feed: feedUrl('finder-detail'), kind: 'staff-week', pageSize: 6 },
  parameters: { msw: { handlers: [demoFeed(feedUrl('finder-detail'))] } },
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-finder', 'ready');
    const link = await until(() => deep<HTMLElement>(canvasElement, 'opp-card', '[part~="link"]'), 'a card link');
    link.click();
    await until(() => deep(canvasElement, 'opp-detail', '[part~="base"]'), 'the detail');
    await settled(canvasElement);
  },
};

/**
 * A shared link to an opportunity the feed no longer lists (`?opp=…` in the page URL): "no longer listed" and the way
 * back to the results.
 */
export const DeepLinkNotFound: Story = {
  name: 'Deep link to a removed opportunity',
  args: { feed: feedUrl('finder-not-found'), noUrl: false },
  parameters: { msw: { handlers: [demoFeed(feedUrl('finder-not-found'))] } },
  beforeEach: () => {
    const url = new URL(location.href);
    url.searchParams.set('opp', 'staff-week-that-was-removed');
    history.replaceState(history.state, '', url);
    return () => {
      url.searchParams.delete('opp');
      history.replaceState(history.state, '', url);
    };
  },
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-finder', 'ready');
    await until(() => deep(canvasElement, 'opp-detail', '[part~="not-found"]'), 'the not-found message');
  },
};

/** On a phone (360 px) the filters fold into a "Filters" toggle above the results. */
export const Narrow: Story = {
  name: 'Narrow (360 px)',
  args: { feed: feedUrl('finder-narrow'), pageSize: 4 },
  parameters: { msw: { handlers: [demoFeed(feedUrl('finder-narrow'))] } },
  render: (a) => html`<div style="inline-size: 360px; max-inline-size: 100%">${render(a)}</div>`,
};

/** Only the hand-written items, every status at once (past ones hidden by default, shown as a removable chip). */
export const EveryStatus: Story = {
  name: 'Every status',
  args: { feed: feedUrl('finder-statuses'), status: 'upcoming,open,closing-soon,closed,past,cancelled' },
  parameters: { msw: { handlers: [feed(feedUrl('finder-statuses'), feedOf(Object.values(items)))] } },
};
