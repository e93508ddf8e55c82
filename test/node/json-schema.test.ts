/**
 * The published JSON Schema is generated from the zod schema: the committed file must be what the generator makes
 * now, and the FEED-FORMAT.md examples must parse cleanly.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { feedJsonSchema } from '../../src/sdk/feed/json-schema.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import { KINDS } from '../../src/sdk/feed/codes.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const committed = JSON.parse(read('../../schema/opportunity-feed.schema.json')) as Record<string, unknown>;

type Json = Record<string, any>;

describe('schema/opportunity-feed.schema.json', () => {
  it('is what feedJsonSchema() generates (no drift)', () => {
    assert.deepStrictEqual(
      committed,
      JSON.parse(JSON.stringify(feedJsonSchema())),
      'schema/opportunity-feed.schema.json is out of date: run `npm run schema` and commit the result',
    );
  });

  it('describes the contract: draft 2020-12, required fields, every opportunity field', () => {
    const schema = feedJsonSchema() as Json;
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://opportunity-kit.eu/schema/opportunity-feed.schema.json');
    assert.deepEqual(schema.required, ['version', 'opportunities']);
    const opp = schema.properties.opportunities.items as Json;
    assert.deepEqual([...opp.required].sort(), ['id', 'kind', 'provider', 'title']);
    assert.deepEqual(
      Object.keys(opp.properties).sort(),
      [
        'application', 'audience', 'contact', 'description', 'direction', 'duration', 'end', 'entryRequirements',
        'eqfLevel', 'fee', 'feedback', 'fields', 'funding', 'id', 'image', 'kind', 'language', 'languages',
        'learningOutcomes', 'learningSetting', 'location', 'mode', 'provider', 'recognition', 'start', 'status',
        'summary', 'tags', 'title', 'topics', 'updated', 'url', 'volumeOfLearning',
      ],
    );
    assert.deepEqual(opp.properties.kind.enum, [...KINDS]);
  });

  it('publishes Text as a string or a map from language tag to string', () => {
    const title = (feedJsonSchema() as Json).properties.opportunities.items.properties.title as Json;
    assert.deepEqual(title, {
      anyOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          propertyNames: { type: 'string', description: 'BCP 47 language tag', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
          additionalProperties: { type: 'string', minLength: 1 },
          minProperties: 1,
        },
      ],
    });
  });
});

describe('the FEED-FORMAT.md examples', () => {
  it('the example feed parses with zero issues', () => {
    const r = parseFeed(read('../fixtures/feeds/example.json'));
    assert.deepEqual(r.issues, []);
    assert.equal(r.opportunities.length, 1);
    const o = r.opportunities[0]!;
    assert.equal(o.id, 'ugent-2027-library-week');
    assert.deepEqual(o.title, { en: 'International Library Staff Week', nl: 'Internationale bibliotheekweek' });
    assert.deepEqual(o.summary, { en: 'Five days on open science services and learning centres.' });
    assert.equal(o.provider.erasmusCode, 'B GENT01');
    assert.equal(o.application!.deadline, '2027-02-28T23:59:00+01:00');
    assert.deepEqual(r.feed, {
      version: '1',
      title: { en: 'Staff weeks at Ghent University' },
      language: 'en',
      publisher: { name: { en: 'Ghent University' }, url: 'https://www.ugent.be' },
      updated: '2026-11-20T10:00:00Z',
    });
  });

  it('the example feed with the example application form parses with zero issues', () => {
    const r = parseFeed(read('../fixtures/feeds/example-with-form.json'));
    assert.deepEqual(r.issues, []);
    const form = r.opportunities[0]!.application!.form!;
    assert.deepEqual(
      form.fields.map((f) => [f.name, f.type]),
      [
        ['givenName', 'text'],
        ['email', 'email'],
        ['role', 'select'],
        ['motivation', 'textarea'],
        ['cv', 'file'],
      ],
    );
    assert.deepEqual(form.fields[1]!.label, { en: 'E-mail' });
    assert.deepEqual(form.consents, [{ name: 'newsletter', label: { en: 'Send me future staff weeks' }, required: false }]);
  });
});
