import * as z from 'zod/mini';
import { feedSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of feed format v1, generated from the zod schema on its input side (what a
 * publisher writes). Rules only code can check (real calendar days, ISO code lists, unique ids) are in `parseFeed`.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: 'https://opportunity-kit.eu/schema/opportunity-feed.schema.json',
    title: 'Opportunity feed, version 1',
    description:
      'European mobility and learning opportunities (staff weeks, job shadowing, courses, traineeships, VET placements). See FEED-FORMAT.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
