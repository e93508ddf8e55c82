/**
 * The format readers as a feed client's reader: what makes `createClient` read CSV, iCalendar, RSS, Atom and
 * schema.org pages besides JSON. The SDK core reads JSON only and never imports this package; a page or element that
 * wants every format passes `formatsReader` as `read` (or calls `createFormatsClient`). Small on purpose: JSON still
 * goes straight to `parseFeed`, and the format parsers load only when a feed is in another format.
 *
 * ```ts
 * import { createFormatsClient } from 'opportunity-kit/formats';
 * const { opportunities } = await createFormatsClient({ feeds: 'https://example.eu/events.ics' }).load();
 * ```
 */
import { createClient, isJsonFeed } from '../sdk/client/index.js';
import type { ClientOptions, FeedClient, FeedReader } from '../sdk/client/index.js';

const parser = () => import('../sdk/feed/parse.js');

/** Reads a feed in any format `readFeed` knows: JSON through `parseFeed`, the rest through the lazily loaded readers. */
export const formatsReader: FeedReader = async (text, info) => {
  if (isJsonFeed(text, info)) return (await parser()).parseFeed(text);
  const { readFeed } = await import('./index.js');
  return readFeed(text, {
    ...(info.contentType ? { contentType: info.contentType } : {}),
    ...(info.defaults ? { defaults: info.defaults } : {}),
    ...(info.format ? { format: info.format as never } : {}),
    baseUrl: info.url,
  });
};
formatsReader.preload = () => void parser().catch(() => undefined);

/** `createClient` with `formatsReader`: a feed client that reads every format (an explicit `read` still wins). */
export function createFormatsClient(options: ClientOptions): FeedClient {
  return createClient({ read: formatsReader, ...options });
}
