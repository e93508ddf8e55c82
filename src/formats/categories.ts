/**
 * Categories and kinds: the kind a publisher's category label or a title names, and a list of category labels split
 * into the feed format's `kind`, `topics` and `tags`. Slugs come from the search folding (`foldSlug`).
 */
import { KINDS } from '../sdk/feed/codes.js';
import type { Kind } from '../sdk/feed/codes.js';
import { foldSlug } from '../sdk/search/fold.js';

const KIND_SET: ReadonlySet<string> = new Set(KINDS);

/** Labels publishers use for the kinds, as slugs (plural `s` is tried automatically). */
const KIND_SYNONYMS: Readonly<Record<string, Kind>> = {
  staffweek: 'staff-week',
  'staff-training-week': 'staff-week',
  'staff-training': 'staff-week',
  'staff-mobility-week': 'staff-week',
  'international-staff-week': 'staff-week',
  'erasmus-staff-week': 'staff-week',
  'staff-exchange-week': 'staff-week',
  jobshadowing: 'job-shadowing',
  'job-shadow': 'job-shadowing',
  'work-shadowing': 'job-shadowing',
  'teaching-mobility': 'teaching',
  'teaching-assignment': 'teaching',
  'teaching-staff-mobility': 'teaching',
  'staff-mobility-for-teaching': 'teaching',
  'guest-lecture': 'teaching',
  'training-course': 'course',
  'structured-course': 'course',
  internship: 'traineeship',
  'vet-mobility': 'vet-placement',
  'erasmuspro': 'vet-placement',
  volunteer: 'volunteering',
  'european-solidarity-corps': 'volunteering',
  'research-position': 'research-job',
  'phd-position': 'research-job',
  postdoc: 'research-job',
  'best-practice': 'good-practice',
};

/** The kind a category label names (`Staff weeks`, `job shadowing`, `Internships`), if any. */
export function kindOf(label: string): Kind | undefined {
  const slug = foldSlug(label);
  if (!slug) return undefined;
  for (const s of [slug, slug.replace(/s$/, '')]) {
    if (KIND_SET.has(s)) return s as Kind;
    const syn = KIND_SYNONYMS[s];
    if (syn) return syn;
  }
  return undefined;
}

/** A kind guessed from a title, for formats that cannot say (schema.org `Event`). */
export function kindFromTitle(title: string): Kind | undefined {
  const t = title.toLowerCase();
  if (/staff[\s-]*(training\s+)?week|staffweek|international\s+(staff\s+)?week/.test(t)) return 'staff-week';
  if (/job[\s-]*shadow/.test(t)) return 'job-shadowing';
  if (/teaching\s+(mobility|assignment|staff)/.test(t)) return 'teaching';
  if (/traineeship|internship/.test(t)) return 'traineeship';
  if (/volunteer/.test(t)) return 'volunteering';
  if (/good\s+practice|best\s+practice/.test(t)) return 'good-practice';
  if (/\bph\.?d\b|postdoc|doctoral|research(er)?\s+(position|job|fellow)/.test(t)) return 'research-job';
  return undefined;
}

/**
 * Categories as the feed format wants them: the first that names a kind becomes `kind`; the others become `topics`
 * (as slugs), or `tags` when they give no slug (non-Latin scripts).
 */
export function splitCategories(labels: readonly string[]): { kind?: Kind; topics: string[]; tags: string[] } {
  let kind: Kind | undefined;
  const topics: string[] = [];
  const tags: string[] = [];
  for (const raw of labels) {
    const label = raw.trim();
    if (!label) continue;
    const k = kindOf(label);
    if (k && !kind) {
      kind = k;
      continue;
    }
    if (k && k === kind) continue;
    const slug = foldSlug(label);
    if (slug) {
      if (!topics.includes(slug)) topics.push(slug);
    } else if (!tags.includes(label)) tags.push(label);
  }
  return { ...(kind ? { kind } : {}), topics, tags };
}

