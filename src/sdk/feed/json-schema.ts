import * as z from 'zod/mini';
import { feedSchema, textSchema, textShape } from './schema.js';

const options = { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' } as const;

/**
 * The JSON Schema (draft 2020-12) of feed format v1, generated from the zod schema on its input side (what a
 * publisher writes). Rules only code can check (real calendar days, ISO code lists, unique ids) are in `parseFeed`.
 *
 * `textSchema` checks Text in one hand-written pass for speed; it is published as `textShape`, the plain zod
 * description of the same rules (a test checks the two agree).
 */
export function feedJsonSchema(): Record<string, unknown> {
  const { $schema: _, ...text } = z.toJSONSchema(textShape, options) as Record<string, unknown>;
  const schema = z.toJSONSchema(feedSchema, {
    ...options,
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== (textSchema as unknown)) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      Object.assign(jsonSchema, structuredClone(text));
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://opportunity-kit.eu/schema/opportunity-feed.schema.json',
    title: 'Opportunity feed, version 1',
    description:
      'European mobility and learning opportunities (staff weeks, job shadowing, courses, traineeships, VET placements). See FEED-FORMAT.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
