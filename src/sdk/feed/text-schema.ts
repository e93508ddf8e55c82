/**
 * `Text`, the feed format's most frequent value: a plain string, or a map from BCP 47 tag to string. Parsed into the
 * map form with canonical tags; a plain string waits under `PLAIN_TEXT` until the parser knows its language.
 */
import * as z from 'zod/mini';
import { describe, quote } from './describe.js';
import { canonicalLanguageTag } from './language-tag.js';
import { meta, nonEmpty } from './schema-rules.js';
import { languageTagSchema } from './value-schemas.js';

/** Text after parsing: always a map from BCP 47 tag to string. */
export type LocalizedText = Record<string, string>;

/**
 * The key under which a plain-string text is kept until the parser knows its language (the item's `language`, else
 * the feed's); `parseFeed` replaces it, so parsed opportunities never contain it.
 */
export const PLAIN_TEXT = 'und';

const TEXT_EXPECTED = 'expected a string or a map from language tag to string such as {"en": "…"}';

/**
 * `Text` as zod describes it: a non-empty string, or a non-empty map from BCP 47 tag to non-empty string. This is the
 * form the published JSON Schema shows (see json-schema.ts) and the reference `textSchema` is tested against.
 */
export const textShape = z.union(
  [nonEmpty, meta(z.record(languageTagSchema, nonEmpty).check(z.refine((m) => Object.keys(m).length > 0)), { minProperties: 1 })],
  { error: (iss) => (iss.input === undefined ? 'is required' : TEXT_EXPECTED) },
);

type TextIssue = { code: 'custom'; message: string; input: unknown; path: PropertyKey[]; continue: false };
const textIssue = (message: string, input: unknown, path: PropertyKey[] = []): TextIssue => ({
  code: 'custom',
  message,
  input,
  path,
  continue: false,
});

/**
 * `Text`: a plain string or a map from BCP 47 tag to string, parsed into the map form with canonical tags (a plain
 * string is kept under `PLAIN_TEXT` until `parseFeed` knows its language).
 *
 * The rules are exactly `textShape`'s (a test checks both agree on generated input), checked in one pass: as a zod
 * union of a string and a record, a two-language title cost five times as much, and Text is the most frequent value
 * in a feed. Issues point at the key at fault (`title.english: 'english' is not a BCP 47 language tag …`).
 */
export const textSchema = z.custom<LocalizedText, string | Record<string, string>>().check(
  z.check((payload) => {
    const v: unknown = payload.value;
    const issues = payload.issues as unknown as TextIssue[];
    if (typeof v === 'string') {
      const text = v.trim();
      if (text === '') issues.push(textIssue('must not be empty', v));
      else payload.value = { [PLAIN_TEXT]: text };
      return;
    }
    if (!z.core.util.isPlainObject(v)) {
      issues.push(textIssue(v === undefined ? 'is required' : TEXT_EXPECTED, v));
      return;
    }
    const map = v as Record<string, unknown>;
    const out: LocalizedText = {};
    const before = issues.length;
    let size = 0;
    for (const key of Object.keys(map)) {
      // `__proto__` is no language tag: reported like any other bad key (zod's record would skip it silently).
      const tag = key === '__proto__' ? null : canonicalLanguageTag(key.trim());
      if (tag === null) {
        issues.push(textIssue(`${quote(key.trim())} is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'`, key, [key]));
        continue;
      }
      const value = map[key];
      const text = typeof value === 'string' ? value.trim() : undefined;
      if (text === undefined) issues.push(textIssue(`expected string, got ${describe(value)}`, value, [key]));
      else if (text === '') issues.push(textIssue('must not be empty', value, [key]));
      else {
        out[tag] = text;
        size++;
      }
    }
    if (issues.length > before) return;
    if (size === 0) issues.push(textIssue('needs at least one language, such as {"en": "…"}', v));
    else payload.value = out;
  }),
);
