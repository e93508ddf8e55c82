import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OpportunityInput } from '../src/sdk/index.js';
import { items, NOW, opportunity } from './support/fixtures.js';
import { deep, until } from './support/play.js';

interface CardArgs {
  item: OpportunityInput;
  now: string;
  headingLevel: number;
  href?: string;
}

/**
 * `<opp-card>`: one opportunity as a compact card, alone in a host's own list or inside `<opp-results>`. Statuses are
 * shown in words and computed at `now` (fixed here, so the stories look the same on any day).
 */
const meta = {
  title: 'Elements/Card',
  component: 'opp-card',
  args: { item: items.open, now: NOW, headingLevel: 2 },
  argTypes: { item: { control: 'object', description: 'Feed item (parsed with `parseFeed` before it is given to the card)' } },
  render: ({ item, now, headingLevel, href }) =>
    html`<div style="max-inline-size: 24rem">
      <opp-card .opportunity=${opportunity(item)} now=${now} heading-level=${headingLevel} href=${ifDefined(href)}></opp-card>
    </div>`,
} satisfies Meta<CardArgs>;
export default meta;
type Story = StoryObj<CardArgs>;

export const Open: Story = {};
export const ClosingSoon: Story = { name: 'Closing soon', args: { item: items.closingSoon } };
export const Closed: Story = { args: { item: items.closed } };
export const Upcoming: Story = { name: 'Upcoming (applications open later)', args: { item: items.upcoming } };
export const Past: Story = { args: { item: items.past } };
export const Cancelled: Story = { args: { item: items.cancelled } };

/** An offer and a request side by side: a request says so next to the kind, and without a URL its title is a button. */
export const RequestVsOffer: Story = {
  name: 'Request vs offer',
  render: ({ now }) => html`<ul style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; list-style: none; margin: 0; padding: 0">
    <li><opp-card .opportunity=${opportunity(items.open)} now=${now}></opp-card></li>
    <li><opp-card .opportunity=${opportunity(items.request)} now=${now}></opp-card></li>
  </ul>`,
};

/**
 * Feed text in a language other than the UI's: the card falls back (UI English, title only in Swedish and Finnish →
 * Swedish, the item's language) and marks the text with `lang` so screen readers pronounce it correctly.
 */
export const MultilingualFallback: Story = {
  name: 'Multilingual fallback (lang marking)',
  args: { item: items.multilingual },
  play: async ({ canvasElement }) => {
    const title = await until(() => deep(canvasElement, 'opp-card', '[part~="title"]'), 'the card title');
    if (title.getAttribute('lang') !== 'sv') throw new Error(`the Swedish title is not marked lang="sv" (lang=${title.getAttribute('lang')})`);
  },
};

/** Only the required fields (id, kind, title, provider name): nothing breaks, no empty labels. */
export const Minimal: Story = { name: 'Minimal item', args: { item: items.minimal } };

/** Long words, a long provider, a long place and many languages in a 320 px column. */
export const LongTexts: Story = {
  name: 'Long texts at 320 px',
  render: ({ now }) => html`<div style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed #6b7280">
    <opp-card .opportunity=${opportunity(items.long)} now=${now}></opp-card>
  </div>`,
};

/** Inside a finder the title links to the deep link (`href`) instead of the opportunity's own page. */
export const WithHref: Story = { name: 'With href (deep link)', args: { href: '?opp=ugent-library-week-2027', headingLevel: 3 } };

/** In a list sorted by deadline (`sort="deadline"`, set by `<opp-results>`): the deadline leads, even once passed. */
export const DeadlineOrder: Story = {
  name: 'In deadline order',
  render: ({ now }) => html`<ul style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; list-style: none; margin: 0; padding: 0">
    <li><opp-card sort="deadline" .opportunity=${opportunity(items.closingSoon)} now=${now}></opp-card></li>
    <li><opp-card sort="deadline" .opportunity=${opportunity(items.closed)} now=${now}></opp-card></li>
  </ul>`,
};
