/**
 * Warnings for a valid item whose fields contradict each other or the vocabularies (ISCED-F 2013, the topic list).
 */
import { ISCED_F_CODES } from './code-sets.js';
import { quote } from './describe.js';
import type { FeedIssue, IssuePath } from './issues.js';
import type { Opportunity } from './schema.js';
import { closest } from './suggest.js';
import { instantOf } from './values.js';
import { isTopicSlug, TOPIC_SLUGS } from '../vocab/topics.js';
import { formatPath } from './zod-issues.js';

const later = (a: string, b: string): boolean => instantOf(a, false) > instantOf(b, true);

/**
 * Warnings for what a valid item says that cannot all be true (the item is kept: the publisher may know better):
 * a deadline before the application opens or after the start, more places left than places, a field of education
 * that ISCED-F 2013 does not have, a topic that is not in the topic vocabulary (a publisher's own topic is kept and
 * displays as its humanised slug; the warning names the closest slug of the vocabulary). A few comparisons per item.
 */
export function contradictions(o: Opportunity, prefix: IssuePath, extra: Partial<FeedIssue>): FeedIssue[] {
  const out: FeedIssue[] = [];
  const warn = (path: IssuePath, text: string) => {
    const full = [...prefix, ...path];
    out.push({ path: full, severity: 'warning', ...extra, message: `${formatPath(full)}: ${text}` });
  };
  const a = o.application;
  if (a?.deadline && a.opens && later(a.opens, a.deadline)) {
    warn(['application', 'deadline'], `${quote(a.deadline)} is before application.opens ${quote(a.opens)}; applications would close before they open`);
  }
  if (a?.deadline && o.start && later(a.deadline, o.start)) {
    warn(['application', 'deadline'], `${quote(a.deadline)} is after the start ${quote(o.start)}; the deadline is usually before the opportunity starts`);
  }
  if (a?.places !== undefined && a.placesLeft !== undefined && a.placesLeft > a.places) {
    warn(['application', 'placesLeft'], `${a.placesLeft} is more than application.places (${a.places})`);
  }
  if (o.fields) {
    for (let i = 0; i < o.fields.length; i++) {
      const code = o.fields[i]!;
      if (ISCED_F_CODES.has(code) && !code.startsWith('99')) continue;
      if (code.startsWith('99')) {
        warn(['fields', i], `${quote(code)} is 'field unknown' in ISCED-F 2013; leave it out, or give the field of education`);
        continue;
      }
      const parent = [code.slice(0, 3), code.slice(0, 2)].find((c) => c.length < code.length && ISCED_F_CODES.has(c));
      warn(
        ['fields', i],
        `${quote(code)} is not a field of education in ISCED-F 2013${parent ? `; use ${quote(parent)} if no narrower field fits` : ''}`,
      );
    }
  }
  if (o.topics) {
    for (let i = 0; i < o.topics.length; i++) {
      const slug = o.topics[i]!;
      if (isTopicSlug(slug)) continue;
      const hint = closest(slug, TOPIC_SLUGS);
      warn(
        ['topics', i],
        `${quote(slug)} is not in the topic vocabulary; ${hint ? `did you mean ${quote(hint)}?` : 'it is kept as a topic of your own'}`,
      );
    }
  }
  return out;
}
