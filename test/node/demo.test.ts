/**
 * The demo feeds: committed files are exactly what demo/generate.mjs writes (deterministic), every item validates
 * against the feed format, and the sample has the variety the demo pages rely on.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canApply, opportunityStatus, parseFeed, STATUSES, KINDS } from '../../src/sdk/index.js';
import type { FeedResult, Opportunity } from '../../src/sdk/index.js';
import {
  APPLY_DEMO_ID,
  APPLY_ENDPOINT,
  LARGE_COUNT,
  REFERENCE_DATE,
  buildLarge,
  committedFeeds,
  serialize,
} from '../../demo/generate.mjs';

const DATA = fileURLToPath(new URL('../../demo/data/', import.meta.url));
const read = (name: string): string => readFileSync(join(DATA, name), 'utf8');
const parsed = (name: string): FeedResult => parseFeed(read(name));
const REF = new Date(`${REFERENCE_DATE}T12:00:00Z`);
const ONE_YEAR_LATER = new Date(REF.getTime() + 365 * 86_400_000);
const countryOf = (o: Opportunity) => o.location?.country ?? o.provider.country;
const VALID_FEEDS = ['opportunities.json', 'university.json', 'network.json'];

describe('demo feeds: generation', () => {
  it('committed feeds are byte-identical to a fresh run of demo/generate.mjs', () => {
    const fresh = committedFeeds();
    for (const [name, content] of Object.entries(fresh)) {
      assert.equal(read(name), content, `demo/data/${name} is out of date: run node demo/generate.mjs`);
    }
  });

  it('generating twice gives the same bytes (seeded, no clock)', () => {
    assert.deepEqual(committedFeeds(), committedFeeds());
    assert.equal(serialize(buildLarge(300), { compact: true }), serialize(buildLarge(300), { compact: true }));
  });

  it('committed JSON stays small (< 2 MB together)', () => {
    const committed = readdirSync(DATA).filter((f) => f.endsWith('.json') && f !== 'large.json');
    assert.deepEqual(committed.sort(), Object.keys(committedFeeds()).sort());
    const total = committed.reduce((sum, f) => sum + statSync(join(DATA, f)).size, 0);
    assert.ok(total < 2 * 1024 * 1024, `committed feeds weigh ${total} bytes`);
  });
});

describe('demo feeds: validity', () => {
  for (const name of VALID_FEEDS) {
    it(`${name} parses with no issues at all`, () => {
      const { opportunities, issues } = parsed(name);
      assert.deepEqual(issues.map((i) => i.message), []);
      assert.ok(opportunities.length > 0);
    });
  }

  it('opportunities.json and network.json can be merged: no id is used twice', () => {
    const ids = [...parsed('opportunities.json').opportunities, ...parsed('network.json').opportunities].map((o) => o.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('broken.json keeps its valid items and reports each bad one', () => {
    const { opportunities, issues } = parsed('broken.json');
    assert.ok(opportunities.length >= 3);
    assert.ok(opportunities.some((o) => o.id === 'ok-unsafe-html'), 'unsafe HTML is valid input (it is sanitised on display)');
    const errors = issues.filter((i) => i.severity === 'error');
    const dropped = new Set(errors.map((i) => i.id ?? `#${i.index}`));
    for (const id of ['bad-country', 'bad-date', 'bad-url', 'bad-kind', 'bad-range', 'bad-currency', 'bad-level', 'bad-select', 'no-title']) {
      assert.ok(dropped.has(id), `${id} should be dropped with a message`);
    }
    assert.ok(errors.some((i) => /already used/.test(i.message)), 'a duplicate id is reported');
    assert.ok(errors.length >= 12);
  });
});

describe('demo feeds: a realistic sample', () => {
  const { opportunities: items } = parsed('opportunities.json');

  it('has about 300 opportunities of every kind', () => {
    assert.ok(items.length >= 250 && items.length <= 400, `${items.length} items`);
    const kinds = new Set(items.map((o) => o.kind));
    for (const k of KINDS) assert.ok(kinds.has(k), `no ${k}`);
  });

  it('has many more job-shadowing requests than offers', () => {
    const js = items.filter((o) => o.kind === 'job-shadowing');
    const requests = js.filter((o) => o.direction === 'request').length;
    const offers = js.length - requests;
    assert.ok(offers >= 1 && requests >= 5 * offers, `${requests} requests, ${offers} offers`);
  });

  it('gives every status on the reference date', () => {
    const statuses = new Set(items.map((o) => opportunityStatus(o, REF)));
    for (const s of STATUSES) assert.ok(statuses.has(s), `no ${s} opportunity on ${REFERENCE_DATE}`);
  });

  it('spans many countries, languages, currencies and provider types', () => {
    assert.ok(new Set(items.map(countryOf)).size >= 20);
    const langs = new Set(items.flatMap((o) => Object.keys(o.title)));
    for (const l of ['en', 'nl', 'sv', 'fi', 'de', 'fr', 'es', 'pl', 'it']) assert.ok(langs.has(l), `no title in ${l}`);
    assert.ok(items.some((o) => o.language === 'sv' && !('en' in o.title)), 'a Swedish-only item');
    assert.ok(items.some((o) => o.language === 'nl' && !('en' in o.title)), 'a Dutch-only item');
    assert.deepEqual(new Set(items.flatMap((o) => (o.fee ? [o.fee.currency] : []))), new Set(['EUR', 'SEK', 'PLN']));
    const types = new Set<string | undefined>(items.map((o) => o.provider.type));
    for (const t of ['hei', 'vet', 'company', 'ngo', 'adult-education']) assert.ok(types.has(t), `no ${t} provider`);
    assert.ok(parsed('network.json').opportunities.some((o) => o.provider.type === 'network'));
    assert.ok(items.some((o) => o.provider.erasmusCode?.includes(' ') && o.provider.schac), 'Erasmus and SCHAC codes');
  });

  it('describes VET placements with ECVET learning outcomes', () => {
    const vet = items.filter((o) => o.kind === 'vet-placement');
    assert.ok(vet.length >= 10);
    assert.ok(vet.every((o) => (o.learningOutcomes?.length ?? 0) > 0 && o.recognition?.ecvet !== undefined));
  });

  it('feeds the pre-filtered partner page (country FI,SE + topic libraries)', () => {
    const nordicLibraries = items.filter((o) => ['FI', 'SE'].includes(countryOf(o)!) && o.topics?.includes('libraries'));
    assert.ok(nordicLibraries.length >= 5);
  });

  it('points every application form at the demo endpoint, with the documented fields', () => {
    const forms = [...items, ...parsed('university.json').opportunities, ...parsed('network.json').opportunities].flatMap((o) =>
      o.application?.form ? [o.application.form] : [],
    );
    assert.ok(forms.length >= 20);
    for (const form of forms) {
      assert.equal(form.endpoint, APPLY_ENDPOINT);
      const byName = new Map(form.fields.map((f) => [f.name, f]));
      assert.equal(byName.get('givenName')?.required, true);
      assert.equal(byName.get('email')?.type, 'email');
      assert.equal(byName.get('country')?.type, 'country');
      assert.equal(byName.get('languageLevel')?.type, 'language-level');
      assert.equal(byName.get('motivation')?.maxLength, 2000);
      assert.ok(form.privacy?.policyUrl);
    }
  });

  it('keeps the apply demo and other form items open for a year after the reference date', () => {
    const demo = items.find((o) => o.id === APPLY_DEMO_ID);
    assert.ok(demo?.application?.form, `${APPLY_DEMO_ID} has a form`);
    assert.ok(canApply(demo, REF) && canApply(demo, ONE_YEAR_LATER));
    const stillOpen = items.filter((o) => o.application?.form && canApply(o, ONE_YEAR_LATER));
    assert.ok(stillOpen.length >= 4, `${stillOpen.length} form items open on ${ONE_YEAR_LATER.toISOString()}`);
  });
});

describe('demo feeds: large', () => {
  it(`builds ${LARGE_COUNT} valid items with unique ids`, () => {
    const { opportunities, issues } = parseFeed(buildLarge());
    assert.equal(issues.length, 0, issues.slice(0, 3).map((i) => i.message).join('\n'));
    assert.equal(opportunities.length, LARGE_COUNT);
  });
});
