import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { partStory } from '../support/parts.js';

/**
 * `<opp-results>`: the count (announced), sort order, chips and cards, or the loading, empty and error states (see
 * Elements/Finder for every state).
 */
const meta = { title: 'Parts/Results', component: 'opp-results' } satisfies Meta;
export default meta;

export const InAProvider: StoryObj = {
  name: 'In a provider',
  ...partStory('part-results', html`<opp-results heading-level="2"></opp-results>`, { pageSize: 4 }),
};
