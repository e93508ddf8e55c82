/**
 * English UI strings of the finder, card, detail and stats elements. The reference catalogue: every other language
 * implements the same keys (`satisfies FinderMessages`). Functions take counts and use `plural()` for plural rules.
 */
import { plural } from '../plural.js';

export const finder = {
  loading: 'Loading opportunities…',
  /** Announced in the live region and shown above the results. */
  resultCount: (n: number) => plural('en', n, { one: `${n} opportunity`, other: `${n} opportunities` }),
};

export type FinderMessages = typeof finder;
