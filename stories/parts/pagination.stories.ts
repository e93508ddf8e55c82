import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { partStory } from '../support/parts.js';

/**
 * `<opp-pagination>`: previous, numbered pages with gaps, next. Links when the finder keeps its state in the URL,
 * buttons otherwise (as here: the provider has `no-url`).
 */
const meta = { title: 'Parts/Pagination', component: 'opp-pagination' } satisfies Meta;
export default meta;

export const InAProvider: StoryObj = {
  name: 'In a provider',
  ...partStory('part-pagination', html`<opp-pagination></opp-pagination>`, { pageSize: 10 }),
};
