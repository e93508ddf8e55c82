// schema.org per kind (issue 15): what toJsonLd writes for each kind, checked against the required and recommended
// properties the documentation of each type lists, safe to embed, and read back by the JSON-LD reader.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSON_LD_TYPES, jsonLdScriptText, readFeed, toJsonLd } from '../../src/formats/index.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';

type Json = Record<string, any>;

/**
 * The properties each type's documentation lists (paths inside the object; `a|b` = either). Sources:
 * - Google Search Central, "Event (Event) structured data" (Event and its subtypes such as EducationEvent);
 * - Google Search Central, "Course info (Course and CourseInstance) structured data";
 * - Google Search Central, "Job posting (JobPosting) structured data";
 * - schema.org type pages Event, EducationEvent, Course, CourseInstance, JobPosting, Offer, Place, VirtualLocation.
 * `gaps` are listed properties that feed format v1 has no data for (docs/schema-org.md says why): never asserted,
 * but kept here so the list stays the documented one.
 */
const DOCUMENTED: Record<string, { required: string[]; recommended: string[]; gaps?: string[] }> = {
  Event: {
    required: ['name', 'startDate', 'location'],
    recommended: [
      'description', 'endDate', 'eventAttendanceMode', 'eventStatus', 'image', 'offers', 'organizer',
      'offers.availability', 'offers.price', 'offers.priceCurrency', 'offers.url', 'offers.validFrom',
      'organizer.name', 'organizer.url',
    ],
    gaps: ['performer', 'previousStartDate'],
  },
  Course: {
    required: ['name', 'description', 'provider', 'provider.name', 'offers', 'hasCourseInstance', 'hasCourseInstance.0.courseMode'],
    recommended: ['image', 'inLanguage', 'offers.category', 'offers.price', 'offers.priceCurrency', 'hasCourseInstance.0.location', 'provider.url'],
    gaps: ['hasCourseInstance.0.courseSchedule|hasCourseInstance.0.courseWorkload', 'hasCourseInstance.0.instructor', 'aggregateRating', 'syllabusSections'],
  },
  JobPosting: {
    required: ['title', 'description', 'datePosted', 'hiringOrganization', 'hiringOrganization.name', 'jobLocation', 'jobLocation.address'],
    recommended: ['employmentType', 'identifier', 'validThrough', 'hiringOrganization.url', 'jobLocation.address.addressLocality', 'jobLocation.address.addressCountry'],
    gaps: ['baseSalary', 'directApply', 'applicantLocationRequirements'],
  },
};
/** Place (Event location, JobPosting jobLocation): address required; VirtualLocation: url required. */
const PLACE_REQUIRED = ['address', 'address.addressCountry'];

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v === undefined || v === null ? undefined : Array.isArray(v) && !/^\d+$/.test(k) ? (v[0] as Json)?.[k] : (v as Json)[k]), o);
const has = (o: unknown, path: string) => path.split('|').some((p) => {
  const v = get(o, p);
  return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
});
function missing(o: Json, type: string, which: 'required' | 'recommended'): string[] {
  return DOCUMENTED[type]![which].filter((p) => !has(o, p));
}

const provider = { name: 'Ghent University', country: 'BE', city: 'Gent', type: 'hei', url: 'https://www.ugent.be' } as const;
const application = {
  opens: '2026-12-01',
  deadline: '2027-02-28T23:59:00+01:00',
  url: 'https://www.ugent.be/apply',
  places: 25,
  placesLeft: 4,
};
const feed = parseFeed({
  version: '1',
  language: 'en',
  opportunities: [
    {
      id: 'https://www.ugent.be/staffweek/library',
      kind: 'staff-week',
      title: { en: 'International Library Week', nl: 'Internationale bibliotheekweek' },
      summary: { en: 'Five days on open science.', nl: 'Vijf dagen open science.' },
      description: { en: '<p>Programme</p><ul><li>Visits</li></ul>', nl: '<p>Programma</p>' },
      url: 'https://www.ugent.be/staffweek/library',
      image: 'https://www.ugent.be/img/week.jpg',
      provider,
      location: { city: 'Gent', country: 'BE' },
      mode: 'onsite',
      start: '2027-05-10',
      end: '2027-05-14',
      application,
      audience: ['library-staff', 'administrative-staff'],
      topics: ['libraries', 'open-science'],
      languages: [{ lang: 'en', level: 'B2' }],
      fee: { amount: 150, currency: 'EUR' },
      updated: '2026-11-18T09:00:00Z',
    },
    {
      id: 'shadow-1',
      kind: 'job-shadowing',
      title: 'Shadowing the international office',
      description: 'Two weeks with our incoming mobility team.',
      url: 'https://www.uw.edu.pl/shadowing',
      provider: { name: 'University of Warsaw', country: 'PL', city: 'Warszawa', type: 'hei' },
      mode: 'online',
      start: '2027-03-01',
      end: '2027-03-12',
      application: { ...application, placesLeft: 0 },
      fee: { amount: 0, currency: 'PLN' },
      status: 'cancelled',
    },
    {
      id: 'info-day',
      kind: 'other',
      title: 'Erasmus info day',
      description: 'Everything about going abroad.',
      url: 'https://www.unibo.it/infoday',
      provider: { name: 'Università di Bologna', country: 'IT', city: 'Bologna', url: 'https://www.unibo.it' },
      mode: 'blended',
      start: '2027-02-10T10:00:00+01:00',
      end: '2027-02-10T16:00:00+01:00',
      application: { opens: '2026-12-15', url: 'https://www.unibo.it/infoday/register' },
      fee: { amount: 0, currency: 'EUR' },
    },
    {
      id: 'course-1',
      kind: 'course',
      title: 'Moodle for teachers',
      description: 'A hands-on course.',
      url: 'https://www.tuni.fi/moodle',
      image: 'https://www.tuni.fi/moodle.png',
      provider: { name: 'Tampere University', country: 'FI', city: 'Tampere', url: 'https://www.tuni.fi', type: 'hei' },
      location: { city: 'Tampere', country: 'FI' },
      mode: 'blended',
      start: '2027-09-06',
      end: '2027-09-10',
      application: { deadline: '2027-06-30', url: 'https://www.tuni.fi/moodle/apply', places: 20 },
      fee: { amount: 300, currency: 'EUR' },
      languages: [{ lang: 'en' }],
      recognition: { ects: 3 },
    },
    {
      id: 'trainee-1',
      kind: 'traineeship',
      title: 'Traineeship in the kitchen',
      description: '<p>Six months in our kitchen.</p><p>Board and lodging.</p>',
      url: 'https://www.hotel-x.es/jobs/kitchen',
      provider: { name: 'Hotel X', country: 'ES', city: 'Granada', type: 'company', url: 'https://www.hotel-x.es' },
      location: { city: 'Granada', country: 'ES' },
      start: '2027-04-01',
      application: { deadline: '2027-01-31' },
      updated: '2026-11-01',
    },
    {
      id: 'phd-1',
      kind: 'research-job',
      title: 'Doctoral researcher in hydrology',
      description: 'Four years, funded.',
      url: 'https://www.tudelft.nl/jobs/phd-hydrology',
      provider: { name: 'TU Delft', country: 'NL', city: 'Delft', type: 'hei', url: 'https://www.tudelft.nl' },
      location: { city: 'Delft', country: 'NL' },
      application: { opens: '2026-10-01', deadline: '2027-03-01' },
    },
    {
      id: 'vet-1',
      kind: 'vet-placement',
      title: 'Placement in a bakery',
      description: 'Three weeks for VET learners.',
      url: 'https://www.backerei.de/placement',
      provider: { name: 'Bäckerei Müller', country: 'DE', city: 'Köln', type: 'company' },
      location: { city: 'Köln', country: 'DE' },
      application: { deadline: '2027-05-01' },
      updated: '2026-11-10',
    },
  ],
});
const byId = (id: string) => feed.opportunities.find((o) => o.id === id)!;
const ld = (id: string, languages = ['en']) => toJsonLd(byId(id), { languages }) as Json;

describe('schema.org per kind', () => {
  it('the test feed is valid', () => assert.deepEqual(feed.issues, []));

  it('maps every kind to a documented type', () => {
    assert.deepEqual(JSON_LD_TYPES, {
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
    });
  });

  for (const id of ['https://www.ugent.be/staffweek/library', 'shadow-1', 'info-day']) {
    it(`Event (${id}) has the required and recommended properties`, () => {
      const e = ld(id);
      assert.ok(['Event', 'EducationEvent'].includes(e['@type']));
      assert.deepEqual(missing(e, 'Event', 'required'), []);
      // The staff week has every field; the others have no image, and one organiser no website.
      const absent = id === 'https://www.ugent.be/staffweek/library' ? [] : ['image', 'organizer.url'];
      assert.deepEqual(missing(e, 'Event', 'recommended').filter((p) => !absent.includes(p)), []);
      for (const l of [e.location].flat()) {
        if (l['@type'] === 'VirtualLocation') assert.ok(/^https:\/\//.test(l.url), 'VirtualLocation.url');
        else for (const p of PLACE_REQUIRED) assert.ok(has(l, p), `location.${p}`);
      }
    });
  }

  it('Event: attendance mode, status, place, offers, organizer, audience, language, topics', () => {
    const week = ld('https://www.ugent.be/staffweek/library');
    assert.equal(week['@type'], 'EducationEvent');
    assert.equal(week.name, 'International Library Week');
    assert.equal(week.description, 'Programme\n\n- Visits');
    assert.equal(week.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
    assert.equal(week.eventStatus, 'https://schema.org/EventScheduled');
    assert.deepEqual(week.location, {
      '@type': 'Place',
      name: 'Gent',
      address: { '@type': 'PostalAddress', addressLocality: 'Gent', addressCountry: 'BE' },
    });
    assert.deepEqual(week.organizer, {
      '@type': 'CollegeOrUniversity',
      name: 'Ghent University',
      url: 'https://www.ugent.be',
      address: { '@type': 'PostalAddress', addressLocality: 'Gent', addressCountry: 'BE' },
    });
    assert.deepEqual(week.offers, {
      '@type': 'Offer',
      price: 150,
      priceCurrency: 'EUR',
      url: 'https://www.ugent.be/apply',
      validFrom: '2026-12-01',
      validThrough: '2027-02-28T23:59:00+01:00',
      availability: 'https://schema.org/LimitedAvailability',
    });
    assert.deepEqual(week.audience, [
      { '@type': 'Audience', audienceType: 'library-staff' },
      { '@type': 'Audience', audienceType: 'administrative-staff' },
    ]);
    assert.equal(week.inLanguage, 'en');
    assert.equal(week.keywords, 'staff-week, libraries, open-science');

    const shadow = ld('shadow-1');
    assert.equal(shadow['@type'], 'EducationEvent');
    assert.equal(shadow.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
    assert.equal(shadow.eventStatus, 'https://schema.org/EventCancelled');
    assert.deepEqual(shadow.location, { '@type': 'VirtualLocation', url: 'https://www.uw.edu.pl/shadowing' });
    assert.equal(shadow.offers.availability, 'https://schema.org/SoldOut');
    assert.equal(shadow.offers.price, 0);

    const info = ld('info-day');
    assert.equal(info['@type'], 'Event');
    assert.equal(info.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
    assert.deepEqual(info.location.map((l: Json) => l['@type']), ['Place', 'VirtualLocation']);
    assert.equal(info.offers.availability, 'https://schema.org/InStock');
    assert.equal(info.offers.url, 'https://www.unibo.it/infoday/register');
  });

  it('Course with a CourseInstance has the required and recommended properties', () => {
    const c = ld('course-1');
    assert.equal(c['@type'], 'Course');
    assert.deepEqual(missing(c, 'Course', 'required'), []);
    assert.deepEqual(missing(c, 'Course', 'recommended'), []);
    assert.deepEqual(c.hasCourseInstance, [
      {
        '@type': 'CourseInstance',
        courseMode: 'Blended',
        startDate: '2027-09-06',
        endDate: '2027-09-10',
        location: { '@type': 'Place', name: 'Tampere', address: { '@type': 'PostalAddress', addressLocality: 'Tampere', addressCountry: 'FI' } },
        maximumAttendeeCapacity: 20,
        offers: {
          '@type': 'Offer',
          price: 300,
          priceCurrency: 'EUR',
          url: 'https://www.tuni.fi/moodle/apply',
          validThrough: '2027-06-30',
          availability: 'https://schema.org/InStock',
        },
      },
    ]);
    assert.equal(c.offers.category, 'Paid');
    assert.equal(c.provider.name, 'Tampere University');
  });

  for (const id of ['trainee-1', 'phd-1', 'vet-1']) {
    it(`JobPosting (${id}) has the required and recommended properties`, () => {
      const j = ld(id);
      assert.equal(j['@type'], 'JobPosting');
      assert.deepEqual(missing(j, 'JobPosting', 'required'), []);
      // employmentType only where the kind says it (no hours in the feed for a research job).
      assert.deepEqual(missing(j, 'JobPosting', 'recommended').filter((p) => !(id === 'phd-1' && p === 'employmentType')).filter((p) => !(p === 'hiringOrganization.url' && id === 'vet-1')), []);
      for (const p of PLACE_REQUIRED) assert.ok(has(j.jobLocation, p), `jobLocation.${p}`);
    });
  }

  it('JobPosting: dates, organisation, place, INTERN, HTML description', () => {
    const t = ld('trainee-1');
    assert.equal(t.title, 'Traineeship in the kitchen');
    assert.equal(t.description, '<p>Six months in our kitchen.</p><p>Board and lodging.</p>');
    assert.equal(t.datePosted, '2026-11-01');
    assert.equal(t.validThrough, '2027-01-31');
    assert.equal(t.employmentType, 'INTERN');
    assert.equal(t.jobStartDate, '2027-04-01');
    assert.deepEqual(t.hiringOrganization, {
      '@type': 'Corporation',
      name: 'Hotel X',
      url: 'https://www.hotel-x.es',
      address: { '@type': 'PostalAddress', addressLocality: 'Granada', addressCountry: 'ES' },
    });
    assert.deepEqual(t.jobLocation.address, { '@type': 'PostalAddress', addressLocality: 'Granada', addressCountry: 'ES' });
    assert.equal(ld('vet-1').employmentType, 'INTERN');
    const phd = ld('phd-1');
    assert.equal(phd.employmentType, undefined);
    assert.equal(phd.datePosted, '2026-10-01', 'no updated: the day applications opened');
  });

  it('writes the requested language and says which one', () => {
    const nl = ld('https://www.ugent.be/staffweek/library', ['nl']);
    assert.equal(nl.name, 'Internationale bibliotheekweek');
    assert.equal(nl.description, 'Programma');
    // The week is held in English (its working language): that is its inLanguage.
    assert.equal(nl.inLanguage, 'en');
    const o = parseFeed({
      version: '1',
      opportunities: [{ id: 'x', kind: 'staff-week', title: { fi: 'Kirjastoviikko', en: 'Library week' }, provider: { name: 'UH' }, start: '2027-05-10' }],
    }).opportunities[0]!;
    assert.equal((toJsonLd(o, { languages: ['fi'] }) as Json).inLanguage, 'fi');
    assert.equal((toJsonLd(o, { languages: ['sv', 'en'] }) as Json).inLanguage, 'en');
  });

  it('writes only http(s) links', () => {
    const o = {
      ...byId('info-day'),
      url: 'javascript:alert(1)',
      image: 'data:image/png;base64,AAAA',
      provider: { ...byId('info-day').provider, url: 'ftp://x.example' },
      application: { url: 'javascript:alert(2)' },
    } as unknown as Opportunity;
    const j = JSON.stringify(toJsonLd(o, { languages: ['en'] }));
    assert.doesNotMatch(j, /javascript:|data:|ftp:/);
  });

  it('keeps hostile text as text, and the script text cannot close the script', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028 x';
    const o = parseFeed({
      version: '1',
      opportunities: [
        {
          id: 'h',
          kind: 'traineeship',
          title: hostile,
          description: '<p>Hi</p><script>alert(2)</script><img src=x onerror=alert(3)>&lt;b&gt;bold?&lt;/b&gt;',
          provider: { name: hostile, country: 'BE' },
          updated: '2026-11-01',
        },
      ],
    }).opportunities[0]!;
    const value = toJsonLd(o, { languages: ['en'] }) as Json;
    assert.equal(value.title, hostile, 'the title is the text as written');
    // The description is rebuilt from its text: no element of the feed's HTML survives, escaped text stays text.
    assert.equal(value.description, '<p>Hi</p><p>&lt;b&gt;bold?&lt;/b&gt;</p>');
    const script = jsonLdScriptText(value);
    assert.doesNotMatch(script, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(script), value);
    assert.doesNotMatch(`<script type="application/ld+json">${script}</script>`.slice(0, -9), /<\/script/i);
  });

  it('round-trips through the JSON-LD reader: kind, dates, provider, country', async () => {
    for (const o of feed.opportunities) {
      const html = `<!DOCTYPE html><html lang="en"><head><script type="application/ld+json">${jsonLdScriptText(toJsonLd(o, { languages: ['en'] }))}</script></head></html>`;
      const r = await readFeed(html, { format: 'html' });
      assert.deepEqual(r.issues.filter((i) => i.severity === 'error'), [], o.id);
      assert.equal(r.opportunities.length, 1, o.id);
      const back = r.opportunities[0]!;
      assert.equal(back.id, o.id);
      assert.equal(back.kind, o.kind, `${o.id}: kind`);
      assert.equal(back.start, o.start, `${o.id}: start`);
      assert.equal(back.end, o.end, `${o.id}: end`);
      assert.equal(back.application?.deadline, o.application?.deadline, `${o.id}: deadline`);
      assert.equal(back.provider.name.en ?? Object.values(back.provider.name)[0], o.provider.name.en ?? Object.values(o.provider.name)[0], `${o.id}: provider`);
      assert.equal(back.provider.country, o.provider.country, `${o.id}: provider country`);
      assert.equal(back.location?.country ?? back.provider.country, o.location?.country ?? o.provider.country, `${o.id}: country`);
      assert.equal(back.mode ?? 'onsite', o.mode ?? 'onsite', `${o.id}: mode`);
      if (o.kind !== 'course') assert.equal(back.status ?? 'scheduled', o.status ?? 'scheduled', `${o.id}: status`);
      assert.deepEqual(back.topics, undefined);
      assert.deepEqual(back.tags, o.topics, `${o.id}: topics come back as tags, the kind keyword not among them`);
    }
  });
});
