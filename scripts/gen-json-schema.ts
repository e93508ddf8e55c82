// Writes schema/opportunity-feed.schema.json from the zod schema (the single source of truth). A test fails when the
// committed file drifts from what this produces: run `npm run schema` after changing the feed schema
// (src/sdk/feed/schema.ts and the value-schemas.ts and text-schema.ts it builds on).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchema } from '../src/sdk/feed/json-schema.js';

const out = fileURLToPath(new URL('../schema/opportunity-feed.schema.json', import.meta.url));
writeFileSync(out, JSON.stringify(feedJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
