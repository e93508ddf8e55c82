/**
 * The demo feed (demo/data/opportunities.json, feed format v1, 315 items) as the text a server sends, and parsed.
 * Imported as text (`?raw`): msw serves the real bytes, and the type checker never has to infer a 765 KB literal.
 */
import raw from '../../demo/data/opportunities.json?raw';
import { parseFeed } from '../../src/sdk/index.js';
import type { Opportunity } from '../../src/sdk/index.js';

export const DEMO_FEED_TEXT: string = raw;

let parsed: Opportunity[] | undefined;
export function demoOpportunities(): Opportunity[] {
  parsed ??= parseFeed(raw).opportunities;
  return parsed;
}

/** One item of the demo feed by id; throws when the feed no longer has it (so a story never renders empty). */
export function demoItem(id: string): Opportunity {
  const o = demoOpportunities().find((x) => x.id === id);
  if (!o) throw new Error(`stories: the demo feed has no opportunity "${id}" (demo/data/opportunities.json)`);
  return o;
}

/** The demo item with an application form used by the detail and apply stories. */
export const FORM_ITEM_ID = 'itajarvi-library-week-2028';
