/**
 * `toJsonLd`: one opportunity as schema.org JSON-LD, for `<script type="application/ld+json">` on a detail page
 * (search engines) or for other aggregators. No dependencies. The mapping table is in README-mapping.md.
 */
import type { LocalizedText, Opportunity, Organisation } from '../sdk/feed/schema.js';
import { PLAIN_TEXT } from '../sdk/feed/schema.js';
import { localize } from '../sdk/text/localize.js';
import { prune } from './shared.js';

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

/** The schema.org type written for each kind. */
export const JSON_LD_TYPES: Readonly<Record<Opportunity['kind'], string>> = {
  'staff-week': 'Event',
  'job-shadowing': 'Event',
  teaching: 'Event',
  other: 'Event',
  course: 'Course',
  traineeship: 'JobPosting',
  'vet-placement': 'JobPosting',
  'research-job': 'JobPosting',
  volunteering: 'JobPosting',
  'good-practice': 'CreativeWork',
};

/**
 * One opportunity as a schema.org object: `Event` (staff weeks, job shadowing, teaching, other), `Course` with one
 * `CourseInstance` (courses), `JobPosting` (traineeships, VET placements, research jobs, volunteering) or
 * `CreativeWork` (good practice). Dates are written as the feed has them; the opportunity id is the `identifier`
 * (and the `@id` when it is a URL). Read back by `readFeed` with format `html` or JSON-LD.
 */
export function toJsonLd(o: Opportunity, options: ToJsonLdOptions = {}): Json {
  const text = (t: LocalizedText | undefined): unknown => {
    if (!t) return undefined;
    if (options.languages) return localize(t, options.languages, o.language)?.value;
    const entries = Object.entries(t);
    if (entries.length === 1) return entries[0]![1];
    return entries.map(([lang, value]) => (lang === PLAIN_TEXT ? { '@value': value } : { '@language': lang, '@value': value }));
  };
  const organisation = (p: Organisation): Json => ({
    '@type': ORG_TYPES[p.type ?? ''] ?? 'Organization',
    name: text(p.name),
    url: p.url,
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
  const place = (): unknown => {
    const virtual = { '@type': 'VirtualLocation', url: o.url };
    if (o.mode === 'online') return virtual;
    const here = physical();
    if (o.mode === 'blended') return here ? [here, virtual] : virtual;
    return here;
  };
  const a = o.application;
  const offers =
    o.fee || a?.url || a?.deadline || a?.opens
      ? {
          '@type': 'Offer',
          price: o.fee?.amount,
          priceCurrency: o.fee?.currency,
          description: text(o.fee?.covers),
          url: a?.url ?? o.url,
          validFrom: a?.opens,
          validThrough: a?.deadline,
          availability: a?.placesLeft === 0 ? 'https://schema.org/SoldOut' : undefined,
        }
      : undefined;
  const keywords = [...(o.topics ?? []), ...(o.tags ?? [])];
  const inLanguage = o.languages?.length
    ? o.languages.length === 1
      ? o.languages[0]!.lang
      : o.languages.map((l) => l.lang)
    : o.language && o.language !== PLAIN_TEXT
      ? o.language
      : undefined;
  const type = JSON_LD_TYPES[o.kind];
  const common: Json = {
    ...(options.context === false ? {} : { '@context': 'https://schema.org' }),
    '@type': type,
    ...(/^https?:\/\//i.test(o.id) ? { '@id': o.id } : {}),
    identifier: type === 'JobPosting' ? { '@type': 'PropertyValue', name: text(o.provider.name), value: o.id } : o.id,
    name: type === 'JobPosting' ? undefined : text(o.title),
    title: type === 'JobPosting' ? text(o.title) : undefined,
    description: text(o.description) ?? text(o.summary),
    url: o.url,
    image: o.image,
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
            }
          : undefined;
      out = {
        ...common,
        provider: organisation(o.provider),
        numberOfCredits: o.recognition?.ects,
        teaches: o.learningOutcomes?.map(text),
        offers,
        hasCourseInstance: instance ? [instance] : undefined,
      };
      break;
    }
    case 'JobPosting':
      out = {
        ...common,
        datePosted: o.updated,
        validThrough: a?.deadline,
        hiringOrganization: organisation(o.provider),
        jobLocation: o.mode === 'online' ? undefined : physical(),
        jobLocationType: o.mode === 'online' ? 'TELECOMMUTE' : undefined,
        employmentType: EMPLOYMENT[o.kind],
        jobStartDate: o.start,
        totalJobOpenings: a?.places,
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
        maximumAttendeeCapacity: a?.places,
        remainingAttendeeCapacity: a?.placesLeft,
      };
  }
  return prune(out);
}
