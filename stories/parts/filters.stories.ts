import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { partStory } from '../support/parts.js';

/**
 * `<opp-filters>`: one group of checkboxes per facet with counts, and a date window. Facets the host fixed to one value,
 * and facets with nothing to choose, are not shown.
 */
const meta = { title: 'Parts/Filters', component: 'opp-filters' } satisfies Meta;
export default meta;

export const InAProvider: StoryObj = {
  name: 'In a provider',
  ...partStory('part-filters', html`<div style="max-inline-size: 20rem"><opp-filters></opp-filters></div>`),
};

/** Pre-filtered to staff weeks: the kind facet is fixed, so it is not offered. */
export const PreFiltered: StoryObj = {
  name: 'Pre-filtered (kind fixed)',
  ...partStory('part-filters-fixed', html`<div style="max-inline-size: 20rem"><opp-filters></opp-filters></div>`, { kind: 'staff-week' }),
};
