import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { partStory } from '../support/parts.js';

/**
 * `<opp-search-box>`: a labelled search field with a hint; typing searches after a pause, Enter at once. Place it in an
 * `<opp-finder-provider>` (see "Portal layout" for every part together).
 */
const meta = { title: 'Parts/Search box', component: 'opp-search-box' } satisfies Meta;
export default meta;

export const InAProvider: StoryObj = { name: 'In a provider', ...partStory('part-search', html`<opp-search-box></opp-search-box>`) };
