/**
 * Feeds for the element tests. Statuses are computed at NOW (`now` attribute), so every test sees the same ones:
 * open, closing-soon, upcoming, closed, past and cancelled items, a request, an online course, a multilingual title,
 * an application form, and a description full of things the sanitiser must remove.
 */
import { http, HttpResponse } from 'msw';
import { parseFeed } from '../../../src/sdk/index.js';
import type { FeedInput, Opportunity, OpportunityInput } from '../../../src/sdk/index.js';
import { worker } from './msw.js';

export const NOW = '2027-01-15T12:00:00Z';

export const DIRTY_DESCRIPTION =
  '<p class="x" style="color:red" id="p1" onclick="alert(1)">Programme: <strong>open science</strong>, <em>learning centres</em>.</p>' +
  '<script>window.__pwned = true</script>' +
  '<img src="https://example.eu/a.png" onerror="window.__pwned = true">' +
  '<p><a href="javascript:alert(1)">bad link</a> <a href="https://www.ugent.be/programme">programme</a> ' +
  '<a href="mailto:staffweek@ugent.be">mail us</a> <a href="/relative">relative</a></p>' +
  '<h3>Day one</h3><ul><li>Welcome</li><li>Tour</li></ul>' +
  '<table><tr><th>Day</th><td>Monday</td></tr></table>' +
  '<iframe src="https://evil.example"></iframe><style>p{display:none}</style>';

export const items: OpportunityInput[] = [
  {
    id: 'ugent-library-week',
    kind: 'staff-week',
    title: { en: 'International Library Staff Week', nl: 'Internationale bibliotheekweek' },
    summary: 'Five days on open science services and learning centres.',
    description: DIRTY_DESCRIPTION,
    url: 'https://www.ugent.be/staffweek/library',
    provider: { name: 'Ghent University', country: 'BE', city: 'Gent', type: 'hei', url: 'https://www.ugent.be' },
    location: { city: 'Gent', country: 'BE' },
    mode: 'onsite',
    start: '2027-05-10',
    end: '2027-05-14',
    application: { opens: '2026-12-01', deadline: '2027-02-28T23:59:00+01:00', url: 'https://www.ugent.be/staffweek/apply', places: 25 },
    audience: ['library-staff', 'administrative-staff'],
    topics: ['libraries', 'open-science'],
    fields: ['0322'],
    languages: [{ lang: 'en', level: 'B2' }],
    fee: { amount: 150, currency: 'EUR', covers: 'Lunches, social programme' },
    learningOutcomes: ['Plan open science services', 'Compare learning centre models'],
    recognition: { ects: 2, note: 'Certificate of attendance' },
    contact: { name: 'Staff week team', email: 'staffweek@ugent.be', phone: '+32 9 000 00 00', url: 'https://www.ugent.be/contact' },
    updated: '2026-11-18T09:00:00Z',
  },
  {
    id: 'helsinki-ir-week',
    kind: 'staff-week',
    title: 'International Relations Week',
    provider: { name: 'University of Helsinki', country: 'FI', city: 'Helsinki', type: 'hei' },
    start: '2027-04-20',
    end: '2027-04-24',
    application: { deadline: '2027-01-20', email: 'ir-week@helsinki.fi' },
    topics: ['international-relations'],
    audience: ['administrative-staff'],
    languages: [{ lang: 'en' }],
    fee: { amount: 0, currency: 'EUR' },
  },
  {
    id: 'tampere-hr-week',
    kind: 'staff-week',
    title: 'Human Resources Week',
    provider: { name: 'Tampere University', country: 'FI', city: 'Tampere', type: 'hei' },
    start: '2027-06-01',
    end: '2027-06-05',
    application: { opens: '2027-02-01', deadline: '2027-03-15', url: 'https://www.tuni.fi/hr-week' },
    topics: ['human-resources', 'international-relations'],
  },
  {
    id: 'lund-shadowing',
    kind: 'job-shadowing',
    title: 'Job shadowing in the international office',
    provider: { name: 'Lund University', country: 'SE', city: 'Lund', type: 'hei' },
    start: '2027-03-01',
    end: '2027-03-05',
    application: { deadline: '2027-01-10' },
    topics: ['international-relations'],
  },
  {
    id: 'salamanca-past',
    kind: 'staff-week',
    title: 'Erasmus Staff Week 2026',
    provider: { name: 'Universidad de Salamanca', country: 'ES', city: 'Salamanca', type: 'hei' },
    start: '2026-05-04',
    end: '2026-05-08',
    topics: ['international-relations'],
  },
  {
    id: 'lyon-online-course',
    kind: 'course',
    title: 'Digital teaching online',
    provider: { name: 'Université de Lyon', country: 'FR', type: 'hei' },
    mode: 'online',
    start: '2027-03-10',
    end: '2027-03-31',
    application: { deadline: '2027-03-01', url: 'https://www.univ-lyon.fr/course' },
    topics: ['ict'],
    languages: [{ lang: 'fr', level: 'B1' }],
    fee: { amount: 0, currency: 'EUR' },
  },
  {
    id: 'krakow-request',
    kind: 'job-shadowing',
    direction: 'request',
    title: 'Looking for a host library',
    provider: { name: 'Jagiellonian University', country: 'PL', type: 'hei' },
    topics: ['libraries'],
  },
  {
    id: 'umea-traineeship',
    kind: 'traineeship',
    title: { sv: 'Praktik inom vård och omsorg', en: 'Traineeship in health and care' },
    provider: { name: 'Umeå kommun', country: 'SE', type: 'public-authority' },
    start: '2027-04-01',
    end: '2027-05-31',
    application: {
      deadline: '2027-02-15',
      form: {
        endpoint: 'https://apply.example.eu/api/applications',
        fields: [{ name: 'givenName', type: 'text', label: 'Given name', required: true, autocomplete: 'given-name' }],
      },
    },
    topics: ['health-and-care'],
  },
  {
    id: 'bologna-cancelled',
    kind: 'staff-week',
    title: 'Cancelled Staff Week',
    provider: { name: 'Università di Bologna', country: 'IT', type: 'hei' },
    start: '2027-05-01',
    end: '2027-05-05',
    status: 'cancelled',
    topics: ['international-relations'],
  },
];

export function feed(list: OpportunityInput[] = items, extra: Partial<FeedInput> = {}): FeedInput {
  return {
    version: '1',
    title: 'Staff weeks',
    language: 'en',
    publisher: { name: 'Test network', url: 'https://network.example.eu' },
    opportunities: list,
    ...extra,
  } as FeedInput;
}

/** `n` generated open staff weeks (for pagination), titles "Week 001" … */
export function many(n: number, country = 'DE'): OpportunityInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `week-${String(i + 1).padStart(3, '0')}`,
    kind: 'staff-week' as const,
    title: `Week ${String(i + 1).padStart(3, '0')}`,
    provider: { name: 'Test University', country, type: 'hei' as const },
    start: `2027-${String((i % 9) + 3).padStart(2, '0')}-10`,
    end: `2027-${String((i % 9) + 3).padStart(2, '0')}-12`,
    application: { deadline: '2027-12-31' },
    topics: [i % 2 ? 'ict' : 'libraries'],
  }));
}

/** Parsed opportunities, for elements that take `.opportunity` directly. */
export function parsed(list: OpportunityInput[] = items): Opportunity[] {
  return parseFeed(feed(list)).opportunities;
}
export const byId = (id: string): Opportunity => parsed().find((o) => o.id === id)!;

let counter = 0;
/** A fresh feed URL per call, so no cache or handler is shared between tests. */
export function feedUrl(name = 'feed'): string {
  return `${location.origin}/test-feeds/${name}-${++counter}.json`;
}

/** Serve `body` at `url` (a feed object, or a status code for an error). */
export function serve(url: string, body: FeedInput | number | 'network-error', delay = 0): void {
  worker.use(
    http.get(url, async () => {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (body === 'network-error') return HttpResponse.error();
      if (typeof body === 'number') return new HttpResponse(null, { status: body });
      return HttpResponse.json(body);
    }),
  );
}
