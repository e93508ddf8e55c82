import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NOW } from './fixtures.js';
import { demoFeed, feedUrl } from './msw.js';
import { finderStatus } from './play.js';

/**
 * A story of one finder part inside its own `<opp-finder-provider>` (a part needs one: the provider holds the state)
 * over the demo feed, with a play function that waits for the feed.
 */
export function partStory(name: string, part: TemplateResult, attrs: { pageSize?: number; kind?: string } = {}) {
  return {
    parameters: { msw: { handlers: [demoFeed(feedUrl(name))] } },
    render: () => html`<opp-finder-provider
      feed=${feedUrl(name)}
      now=${NOW}
      page-size=${attrs.pageSize ?? 6}
      kind=${ifDefined(attrs.kind)}
      no-url
    >
      ${part}
    </opp-finder-provider>`,
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      await finderStatus(canvasElement, 'opp-finder-provider', 'ready');
    },
  };
}
