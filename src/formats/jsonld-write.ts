/**
 * `toJsonLd`: one opportunity as schema.org JSON-LD, for `<script type="application/ld+json">` on a detail page
 * (search engines; `<opp-detail>` writes it with this module) or for other aggregators. No parser: only the HTML
 * entity decoder of the formats text helpers (for descriptions). The mapping
 * table, kind by kind, is in docs/schema-org.md.
 */
import type { LocalizedText, Opportunity, Organisation } from '../sdk/feed/schema.js';
import { PLAIN_TEXT } from '../sdk/feed/schema.js';
import { localize } from '../sdk/text/localize.js';
import { safeUrl } from '../sdk/text/url.js';
import { escapeHtml, htmlToText } from './html-text.js';
import { prune } from './raw.js';

export interface ToJsonLdOptions {
  /**
   * Write each text in one language, the first of these the text has (then the item's language, English, any).
   * Without it, a text in one language is a plain string and a text in several is an array of
   * `{"@language", "@value"}` values.
   */
  languages?: readonly string[];
  /** Include `"@context": "https://schema.org"` (default true; set false when nesting in an `@graph`). */
  context?: boolean;
}

type Json = Record<string, unknown>;

const ORG_TYPES: Record<string, string> = {
  hei: 'CollegeOrUniversity',
  school: 'School',
  vet: 'EducationalOrganization',
  'adult-education': 'EducationalOrganization',
  ngo: 'NGO',
  'public-authority': 'GovernmentOrganization',
  company: 'Corporation',
};

const STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
};

const ATTENDANCE: Record<string, string> = {
  onsite: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  blended: 'https://schema.org/MixedEventAttendanceMode',
};

const COURSE_MODE: Record<string, string> = { onsite: 'Onsite', online: 'Online', blended: 'Blended' };

const EMPLOYMENT: Record<string, string> = { traineeship: 'INTERN', 'vet-placement': 'INTERN', volunteering: 'VOLUNTEER' };

const SCHEMA = 'https://schema.org/';

/**
 * The schema.org type written for each kind (docs/schema-org.md gives the reasons): `EducationEvent` for the staff
 * mobilities that happen on set days (staff weeks, job shadowing, teaching assignments), `Event` for the rest that is
 * dated (info days and other events), `Course`, `JobPosting` for placements in a workplace and research jobs, and
 * `CreativeWork` for good practice.
 */
export const JSON_LD_TYPES: Readonly<Record<Opportunity['kind'], string>> = {
  'staff-week': 'EducationEvent',
  'job-shadowing': 'EducationEvent',
  teaching: 'EducationEvent',
  other: 'Event',
  course: 'Course',
  traineeship: 'JobPosting',
  'vet-placement': 'JobPosting',
  'research-job': 'JobPosting',
  volunteering: 'JobPosting',
  'good-practice': 'CreativeWork',
};

/**
 * JSON for the inside of a `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c`, `\u003e`,
 * `\u0026` (and U+2028/U+2029 escaped), so no text in it can close the script (`</script>`) or open a comment,
 * whether the script is written into HTML or set as `textContent` and serialised later. `JSON.parse` gives the same
 * value back.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Rich text as HTML built from its plain text (paragraphs and line breaks only): what JobPosting `description` wants. */
const textToHtml = (s: string): string =>
  s
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

/**
 * One opportunity as a schema.org object: `EducationEvent` (staff weeks, job shadowing, teaching), `Event` (other),
 * `Course` with one `CourseInstance` (courses), `JobPosting` (traineeships, VET placements, research jobs,
 * volunteering) or `CreativeWork` (good practice). Dates are written as the feed has them; the opportunity id is the
 * `identifier` (and the `@id` when it is a URL); the kind is the first of the `keywords`, so the reader gets it back.
 * Descriptions are written as plain text (JobPosting: HTML rebuilt from that text), links only when http(s).
 * Read back by `readFeed` with format `html` or JSON-LD.
 */
export function toJsonLd(o: Opportunity, options: ToJsonLdOptions = {}): Json {
  const text = (t: LocalizedText | undefined, map: (s: string) => string = (s) => s): unknown => {
    if (!t) return undefined;
    if (options.languages) {
      const v = localize(t, options.languages, o.language)?.value;
      return v === undefined ? undefined : map(v);
    }
    const entries = Object.entries(t);
    if (entries.length === 1) return map(entries[0]![1]);
    return entries.map(([lang, value]) => (lang === PLAIN_TEXT ? { '@value': map(value) } : { '@language': lang, '@value': map(value) }));
  };
  const organisation = (p: Organisation): Json => ({
    '@type': ORG_TYPES[p.type ?? ''] ?? 'Organization',
    name: text(p.name),
    url: safeUrl(p.url),
    address: p.city || p.country ? { '@type': 'PostalAddress', addressLocality: p.city, addressCountry: p.country } : undefined,
  });
  const physical = (): Json | undefined => {
    const l = o.location;
    if (l && (l.city || l.country || l.region || l.lat !== undefined)) {
      return {
        '@type': 'Place',
        name: l.city,
        address: { '@type': 'PostalAddress', addressLocality: l.city, addressRegion: l.region, addressCountry: l.country },
        geo: l.lat !== undefined && l.lon !== undefined ? { '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lon } : undefined,
      };
    }
    const p = o.provider;
    if (p.city || p.country) {
      return { '@type': 'Place', name: text(p.name), address: { '@type': 'PostalAddress', addressLocality: p.city, addressCountry: p.country } };
    }
    return undefined;
  };
  const a = o.application;
  const place = (): unknown => {
    const virtual = { '@type': 'VirtualLocation', url: safeUrl(o.url) ?? safeUrl(a?.url) };
    if (o.mode === 'online') return virtual;
    const here = physical();
    if (o.mode === 'blended') return here ? [here, virtual] : virtual;
    return here;
  };
  const applyUrl = safeUrl(a?.url) ?? safeUrl(o.url);
  const offers =
    o.fee || applyUrl || a?.deadline || a?.opens || a?.placesLeft !== undefined
      ? {
          '@type': 'Offer',
          price: o.fee?.amount,
          priceCurrency: o.fee?.currency,
          description: text(o.fee?.covers),
          url: applyUrl,
          validFrom: a?.opens,
          validThrough: a?.deadline,
          availability:
            SCHEMA + (a?.placesLeft === 0 ? 'SoldOut' : a?.placesLeft !== undefined ? 'LimitedAvailability' : 'InStock'),
        }
      : undefined;
  // The kind first (the reader takes a keyword that names a kind as the kind), then topics and tags.
  const keywords = [...new Set([...(o.kind === 'other' ? [] : [o.kind]), ...(o.topics ?? []), ...(o.tags ?? [])])];
  // The language it happens in; else the language the texts are written in (the one picked, with `languages`).
  const picked = options.languages ? localize(o.title, options.languages, o.language)?.lang : undefined;
  const textLanguage = picked && picked !== PLAIN_TEXT && picked !== 'und' ? picked : o.language && o.language !== PLAIN_TEXT ? o.language : undefined;
  const inLanguage = o.languages?.length
    ? o.languages.length === 1
      ? o.languages[0]!.lang
      : o.languages.map((l) => l.lang)
    : textLanguage;
  const type = JSON_LD_TYPES[o.kind];
  const job = type === 'JobPosting';
  const description = o.description ?? o.summary;
  const audience = o.audience?.map((x) => ({ '@type': 'Audience', audienceType: x }));
  const common: Json = {
    ...(options.context === false ? {} : { '@context': 'https://schema.org' }),
    '@type': type,
    ...(safeUrl(o.id) ? { '@id': o.id } : {}),
    identifier: job ? { '@type': 'PropertyValue', name: text(o.provider.name), value: o.id } : o.id,
    name: job ? undefined : text(o.title),
    title: job ? text(o.title) : undefined,
    description: text(description, job ? (s) => textToHtml(htmlToText(s)) : htmlToText),
    url: safeUrl(o.url),
    image: safeUrl(o.image),
    inLanguage,
    keywords: keywords.length ? keywords.join(', ') : undefined,
  };
  let out: Json;
  switch (type) {
    case 'Course': {
      const instance =
        o.start || o.end || o.mode || o.location
          ? {
              '@type': 'CourseInstance',
              courseMode: o.mode ? COURSE_MODE[o.mode] : undefined,
              startDate: o.start,
              endDate: o.end,
              location: o.mode === 'online' ? undefined : physical(),
              eventStatus: o.status ? STATUS[o.status] : undefined,
              maximumAttendeeCapacity: a?.places,
              remainingAttendeeCapacity: a?.placesLeft,
              offers,
            }
          : undefined;
      // Google's Course info wants the offer on the course too, with a category (Free / Paid).
      const courseOffers = offers && {
        ...offers,
        category: o.fee ? (o.fee.amount === 0 ? 'Free' : 'Paid') : undefined,
      };
      out = {
        ...common,
        provider: organisation(o.provider),
        numberOfCredits: o.recognition?.ects,
        teaches: o.learningOutcomes?.map((t) => text(t)),
        audience,
        offers: courseOffers,
        hasCourseInstance: instance ? [instance] : undefined,
      };
      break;
    }
    case 'JobPosting':
      out = {
        ...common,
        // No "first seen" in an opportunity: its last change, else the day applications opened.
        datePosted: o.updated ?? a?.opens,
        validThrough: a?.deadline,
        hiringOrganization: organisation(o.provider),
        jobLocation: o.mode === 'online' ? undefined : physical(),
        jobLocationType: o.mode === 'online' ? 'TELECOMMUTE' : undefined,
        employmentType: EMPLOYMENT[o.kind],
        jobStartDate: o.start,
        totalJobOpenings: a?.places,
        url: common.url ?? applyUrl,
      };
      break;
    case 'CreativeWork':
      out = { ...common, creator: organisation(o.provider), dateModified: o.updated };
      break;
    default:
      out = {
        ...common,
        startDate: o.start,
        endDate: o.end,
        eventStatus: STATUS[o.status ?? 'scheduled'],
        eventAttendanceMode: o.mode ? ATTENDANCE[o.mode] : undefined,
        location: place(),
        organizer: organisation(o.provider),
        offers,
        audience,
        maximumAttendeeCapacity: a?.places,
        remainingAttendeeCapacity: a?.placesLeft,
      };
  }
  return prune(out);
}
