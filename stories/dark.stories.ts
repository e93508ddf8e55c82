import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoItem, FORM_ITEM_ID } from './support/demo-feed.js';
import { items, NOW, NOW_DATE, opportunity } from './support/fixtures.js';
import { demoFeed, feedUrl } from './support/msw.js';
import { deep, finderStatus, settled, until } from './support/play.js';

/**
 * The dark theme (`--opp-color-scheme: dark`, as `theme="dark"` or the visitor's preference would set it), one story per
 * element family, so the accessibility sweep checks contrast in dark too. Any story can be switched with the toolbar.
 */
const meta = {
  title: 'Guides/Dark theme',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => settled(canvasElement),
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Cards: Story = {
  render: () => html`<ul style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; list-style: none; margin: 0; padding: 0">
    ${[items.open, items.closingSoon, items.upcoming, items.closed, items.past, items.cancelled, items.request].map(
      (item) => html`<li><opp-card .opportunity=${opportunity(item)} now=${NOW}></opp-card></li>`,
    )}
  </ul>`,
};

export const Detail: Story = {
  render: () => html`<opp-detail .opportunity=${opportunity(items.open)} now=${NOW} closable></opp-detail>`,
  play: async ({ canvasElement }) => {
    await until(() => deep(canvasElement, 'opp-detail', '[part~="description"] .prose'), 'the sanitised description');
    await settled(canvasElement);
  },
};

export const Finder: Story = {
  parameters: { msw: { handlers: [demoFeed(feedUrl('dark-finder'))] } },
  render: () => html`<opp-finder feed=${feedUrl('dark-finder')} now=${NOW} page-size="6" no-url></opp-finder>`,
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-finder', 'ready');
  },
};

export const ApplyWithErrors: Story = {
  name: 'Apply, with errors after submit',
  render: () => html`<div style="max-inline-size: 40rem">
    <opp-apply .opportunity=${demoItem(FORM_ITEM_ID)} .now=${NOW_DATE} .storage=${null} min-fill-time="0"></opp-apply>
  </div>`,
  play: async ({ canvasElement }) => {
    const form = await until(() => canvasElement.querySelector<HTMLFormElement>('opp-apply form.opp-apply__form'), 'the form');
    form.requestSubmit();
    await until(() => canvasElement.querySelector('.opp-apply__summary'), 'the error summary');
    await settled(canvasElement);
  },
};

export const Stats: Story = {
  parameters: { msw: { handlers: [demoFeed(feedUrl('dark-stats'))] } },
  render: () => html`<opp-stats feed=${feedUrl('dark-stats')} now=${NOW}></opp-stats>`,
  play: async ({ canvasElement }) => {
    await finderStatus(canvasElement, 'opp-stats', 'ready');
  },
};
