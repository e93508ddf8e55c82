import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFeed, toJsonLd } from '../../src/formats/index.js';
import type { FeedIssue } from '../../src/sdk/feed/parse.js';
import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(join(here, '../fixtures/formats', name), 'utf8');
const errors = (r: { issues: FeedIssue[] }) => r.issues.filter((i) => i.severity === 'error');
const byId = (list: Opportunity[], id: string) => list.find((o) => o.id === id)!;

describe('readFeed: RSS', () => {
  it('reads a WordPress feed: entities, CDATA HTML, categories, channel title and language', async () => {
    const r = await readFeed(fixture('wordpress.rss'), { defaults: { provider: { name: 'Universidad de Granada', country: 'ES' } } });
    assert.deepEqual(r.feed.title, { 'en-US': 'International Office – Universidad de Granada' });
    assert.equal(r.feed.language, 'en-US');
    assert.equal(r.feed.updated, '2026-11-20T10:00:00Z');
    assert.equal(r.opportunities.length, 2);
    const week = r.opportunities[0]!;
    assert.equal(week.id, 'https://internacional.ugr.es/?p=4521');
    assert.equal(week.kind, 'staff-week');
    assert.deepEqual(week.title, { 'en-US': 'Erasmus+ Staff Week 2027: “Internationalisation at Home” & Virtual Exchange' });
    assert.equal(week.url, 'https://internacional.ugr.es/2026/11/staff-week-2027/');
    assert.deepEqual(week.topics, ['international-relations', 'virtual-exchange']);
    const html = week.description!['en-US']!;
    assert.match(html, /^<p>The University of Granada&#8217;s International Office invites colleagues to a week on <strong>internationalisation at home<\/strong> &amp; virtual exchange\.<\/p>/);
    assert.match(html, /<li>Tuesday&ndash;Thursday: workshops &amp; job shadowing in faculties<\/li>/);
    assert.match(html, /<script>/, 'HTML is kept as published; it is sanitised at render');
    assert.equal(week.summary!['en-US'], 'The University of Granada’s International Office invites colleagues to a week on internationalisation at home …');
    assert.equal(week.image, 'https://internacional.ugr.es/wp-content/uploads/2026/11/alhambra.jpg');
    assert.equal(week.updated, '2026-11-18T09:00:00Z');

    const shadow = r.opportunities[1]!;
    assert.equal(shadow.kind, 'job-shadowing');
    assert.deepEqual(shadow.title, { 'en-US': 'Job shadowing offer: Admissions & Student Services' }, 'double-escaped entity decoded');
    assert.equal(shadow.updated, '2026-10-12T12:30:00Z');
    assert.deepEqual(shadow.topics, ['admissions']);
  });

  it('reports items it cannot use, with their place in the file', async () => {
    const r = await readFeed(fixture('wordpress.rss'), { defaults: { provider: { name: 'Universidad de Granada' } } });
    const news = r.issues.filter((i) => i.index === 2);
    assert.ok(news.some((i) => i.severity === 'warning' && /^item 3 \(line 58\): pubDate 'not a date' is not a date/.test(i.message)));
    assert.ok(news.some((i) => i.severity === 'error' && /^item 3 \(line 58\): kind: /.test(i.message)));
    assert.ok(r.issues.some((i) => /1 item has no kind: RSS cannot say/.test(i.message)));
    const withKind = await readFeed(fixture('wordpress.rss'), { defaults: { kind: 'other', provider: { name: 'UGR' } } });
    assert.equal(withKind.opportunities.length, 3);
    assert.equal(withKind.opportunities[0]!.kind, 'staff-week', 'the category wins over defaults');
    assert.equal(withKind.opportunities[2]!.id, 'https://internacional.ugr.es/2026/09/newsletter-autumn/', 'no guid: the link');
  });

  it('reads RSS 1.0 (RDF) with the event module and resolves relative links', async () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:ev="http://purl.org/rss/1.0/modules/event/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://www.uni.example/events"><title>Events</title><link>https://www.uni.example/</link><dc:language>de</dc:language></channel>
  <item rdf:about="https://www.uni.example/events/1">
    <title>Staff Training Week Digitalisierung</title>
    <link>/events/1</link>
    <ev:startdate>2027-06-07</ev:startdate>
    <ev:enddate>2027-06-11</ev:enddate>
    <ev:location>Universität Wien, Universitätsring 1, 1010 Wien, Österreich</ev:location>
    <ev:organizer>Universität Wien</ev:organizer>
    <dc:date>2026-11-01T08:00:00+01:00</dc:date>
  </item>
</rdf:RDF>`;
    const r = await readFeed(rdf, { baseUrl: 'https://www.uni.example/feed.rdf' });
    assert.deepEqual(errors(r), []);
    const o = r.opportunities[0]!;
    assert.equal(o.id, 'https://www.uni.example/events/1');
    assert.equal(o.url, 'https://www.uni.example/events/1');
    assert.equal(o.kind, 'staff-week');
    assert.equal(o.language, 'de');
    assert.deepEqual([o.start, o.end], ['2027-06-07', '2027-06-11']);
    assert.deepEqual(o.location, { city: 'Wien', country: 'AT' });
    assert.deepEqual(o.provider.name, { de: 'Universität Wien' });
  });
});

describe('readFeed: Atom', () => {
  it('reads entries: xhtml, html and text content, categories, xml:lang and xml:base', async () => {
    const r = await readFeed(fixture('atom.xml'), { defaults: { provider: { name: 'Universiteit Gent', country: 'BE' }, kind: 'other' } });
    assert.deepEqual(errors(r), []);
    assert.deepEqual(r.feed.title, { nl: 'Universiteit Gent – staff weeks' });
    assert.equal(r.feed.language, 'nl');
    const [week, shadow, third] = r.opportunities as [Opportunity, Opportunity, Opportunity];
    assert.equal(week.id, 'https://www.ugent.be/staffweek/library-2027');
    assert.equal(week.url, 'https://www.ugent.be/staffweek/library-2027', 'resolved against xml:base');
    assert.deepEqual(week.title, { nl: 'Internationale bibliotheekweek & open science' });
    assert.equal(week.kind, 'staff-week');
    assert.deepEqual(week.topics, ['libraries', 'open-science']);
    assert.match(week.description!.nl!, /^<p>Programma: bezoek aan de <strong>Boekentoren<\/strong> &amp; workshops\.<\/p>\s*<ul><li>Maandag: onthaal<\/li>/);
    assert.deepEqual(week.summary, { nl: 'Vijf dagen over open science en leercentra.' });
    assert.equal(week.updated, '2026-11-18T09:00:00+01:00');
    assert.equal(shadow.language, 'en');
    assert.equal(shadow.kind, 'job-shadowing');
    assert.deepEqual(shadow.description, { en: '<p>Spend a week with our <em>incoming mobility</em> team.</p>' });
    assert.match(third.id, /^entry-[0-9a-z]+$/);
    assert.equal(third.kind, 'other');
    assert.deepEqual(third.description, { nl: 'Tekst zonder HTML: 3 &lt; 5 &amp; meer.' });
  });

  it('warns about a truncated feed and keeps what it could read', async () => {
    const full = fixture('atom.xml');
    const cut = full.slice(0, full.indexOf('<entry xml:lang="en">') + 120);
    const r = await readFeed(cut, { defaults: { provider: { name: 'UGent' }, kind: 'other' } });
    assert.ok(r.issues.some((i) => /looks truncated/.test(i.message)));
    assert.equal(r.opportunities[0]!.id, 'https://www.ugent.be/staffweek/library-2027');
    assert.ok(r.opportunities.length >= 1);
  });

  it('reports XML that is neither RSS nor Atom', async () => {
    const r = await readFeed('<?xml version="1.0"?><kml><Document/></kml>', { format: 'rss' });
    assert.match(errors(r)[0]!.message, /root element is <kml>/);
  });
});

describe('readFeed: HTML with schema.org JSON-LD', () => {
  it('reads a @graph of Course + CourseInstance and an Event', async () => {
    const r = await readFeed(fixture('page.html'), { baseUrl: 'https://www.kuleuven.be/learninglab/courses' });
    assert.deepEqual(r.feed.title, { en: 'Summer courses for teachers & staff weeks – KU Leuven Learning Lab' });
    assert.equal(r.feed.language, 'en');
    assert.equal(r.opportunities.length, 3);
    const [spring, online, week] = r.opportunities as [Opportunity, Opportunity, Opportunity];
    assert.equal(spring.id, 'https://www.kuleuven.be/learninglab/courses#flipped-spring');
    assert.equal(spring.kind, 'course');
    assert.deepEqual(spring.title, { en: 'Flipped classroom design for higher education' });
    assert.deepEqual(spring.provider, { name: { en: 'KU Leuven' }, url: 'https://www.kuleuven.be', city: 'Leuven', country: 'BE' });
    assert.deepEqual(spring.contact, { email: 'learninglab@kuleuven.be' });
    assert.deepEqual(spring.location, { city: 'Leuven', country: 'BE', lat: 50.8777, lon: 4.7005 });
    assert.equal(spring.mode, 'onsite');
    assert.equal(spring.start, '2027-04-12T09:00:00+02:00');
    assert.deepEqual(spring.application, { url: 'https://www.kuleuven.be/learninglab/courses/flipped/apply', places: 24 });
    assert.deepEqual(spring.fee, { amount: 450, currency: 'EUR' });
    assert.deepEqual(spring.recognition, { ects: 3 });
    assert.deepEqual(spring.languages, [{ lang: 'en' }]);
    assert.deepEqual(spring.learningOutcomes, [{ en: 'Design a flipped lesson' }, { en: 'Evaluate active learning' }]);
    assert.equal(online.id, 'https://www.kuleuven.be/learninglab/courses#flipped#2027-09-06');
    assert.equal(online.mode, 'online');
    assert.deepEqual([online.start, online.end], ['2027-09-06', '2027-09-10']);
    assert.equal(week.kind, 'staff-week', 'an Event titled "Staff Week"');
    assert.equal(week.status, 'cancelled');
    assert.equal(week.url, 'https://www.kuleuven.be/learninglab/staffweek-wellbeing');
    assert.deepEqual(week.location, { city: 'Leuven', country: 'BE' });
    assert.deepEqual(week.fee, { amount: 0, currency: 'EUR' });
    assert.equal(week.application?.deadline, '2027-01-31');
    assert.deepEqual(week.provider.name, { en: 'KU Leuven International Office' });
    assert.ok(r.issues.some((i) => i.severity === 'error' && /^\(feed\): JSON-LD block 3 \(line 80\): is not valid JSON/.test(i.message)));
  });

  it('lets defaults.kind win over the kind a type suggests, never over what the data says', async () => {
    const r = await readFeed(fixture('page.html'), { defaults: { kind: 'teaching' } });
    assert.deepEqual(r.opportunities.map((o) => o.kind), ['teaching', 'teaching', 'teaching']);
    // Without a base URL the Event's relative url cannot be resolved: dropped with a warning, the item kept.
    assert.equal(r.opportunities[2]!.url, undefined);
    assert.ok(r.issues.some((i) => i.severity === 'warning' && /url: '\/learninglab\/staffweek-wellbeing' is relative/.test(i.message)));
  });

  it('maps JobPosting, EducationalOccupationalProgram, @type arrays and language-tagged values', async () => {
    const ld = [
      {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'PhD position in marine biology',
        identifier: { '@type': 'PropertyValue', name: 'Ghent University', value: 'vac-2027-041' },
        hiringOrganization: { '@type': 'CollegeOrUniversity', name: 'Ghent University', sameAs: 'https://www.ugent.be' },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Gent', addressCountry: 'BE' } },
        validThrough: '2027-03-01T23:59:00+01:00',
        datePosted: '2026-11-10',
        description: '<p>Four years, fully funded.</p>',
      },
      {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Kitchen placement',
        employmentType: ['INTERN', 'FULL_TIME'],
        hiringOrganization: 'Hotel Alhambra Palace',
        jobLocationType: 'TELECOMMUTE',
      },
      {
        '@context': 'https://schema.org',
        '@type': ['EducationalOccupationalProgram', 'Thing'],
        name: [{ '@language': 'fi', '@value': 'Kansainvälinen kesäkoulu' }, { '@language': 'en', '@value': 'International summer school' }],
        provider: { '@type': 'CollegeOrUniversity', name: 'Aalto University', address: 'Otakaari 1, 02150 Espoo, Finland' },
        applicationDeadline: '2027-04-15',
        applicationStartDate: '2027-01-10',
        maximumEnrollment: 40,
        numberOfCredits: 5,
        inLanguage: ['en', 'fi'],
        startDate: '2027-06-07',
        endDate: '2027-06-18',
        offers: { '@type': 'Offer', priceSpecification: { '@type': 'PriceSpecification', price: 300, priceCurrency: 'EUR' } },
      },
    ];
    const r = await readFeed(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head></html>`);
    assert.deepEqual(errors(r), []);
    const [phd, kitchen, school] = r.opportunities as [Opportunity, Opportunity, Opportunity];
    assert.equal(phd.id, 'vac-2027-041');
    assert.equal(phd.kind, 'research-job');
    assert.equal(phd.application?.deadline, '2027-03-01T23:59:00+01:00');
    assert.equal(phd.updated, '2026-11-10');
    assert.deepEqual(phd.location, { city: 'Gent', country: 'BE' });
    assert.equal(phd.provider.url, 'https://www.ugent.be');
    assert.equal(kitchen.kind, 'traineeship');
    assert.equal(kitchen.mode, 'online');
    assert.deepEqual(kitchen.provider.name, { und: 'Hotel Alhambra Palace' });
    assert.equal(school.kind, 'course');
    assert.deepEqual(school.title, { fi: 'Kansainvälinen kesäkoulu', en: 'International summer school' });
    assert.deepEqual(school.application, { deadline: '2027-04-15', opens: '2027-01-10', places: 40 });
    assert.deepEqual(school.recognition, { ects: 5 });
    assert.deepEqual(school.languages, [{ lang: 'en' }, { lang: 'fi' }]);
    assert.deepEqual(school.fee, { amount: 300, currency: 'EUR' });
    assert.deepEqual([school.provider.city, school.provider.country], ['Espoo', 'FI']);
  });

  it('reports a page without JSON-LD, or with JSON-LD about something else', async () => {
    const none = await readFeed('<!DOCTYPE html><html><body><p>Hi</p></body></html>');
    assert.match(errors(none)[0]!.message, /no schema\.org JSON-LD/);
    const other = await readFeed('<html><script type="application/ld+json">{"@type":"Organization","name":"X"}</script></html>');
    assert.equal(other.opportunities.length, 0);
    assert.match(other.issues[0]!.message, /describes no Event, Course.*\(only Organization\)/);
  });
});

describe('toJsonLd', () => {
  const feed = parseFeed({
    version: '1',
    opportunities: [
      {
        id: 'https://www.ugent.be/staffweek/library',
        kind: 'staff-week',
        language: 'en',
        title: { en: 'Library Staff Week', nl: 'Bibliotheekweek' },
        description: '<p>Programme</p>',
        url: 'https://www.ugent.be/staffweek/library',
        provider: { name: 'Ghent University', country: 'BE', city: 'Gent', type: 'hei', url: 'https://www.ugent.be' },
        location: { city: 'Gent', country: 'BE', lat: 51.05, lon: 3.72 },
        mode: 'blended',
        start: '2027-05-10',
        end: '2027-05-14',
        application: { deadline: '2027-02-28', url: 'https://www.ugent.be/apply', places: 25, placesLeft: 0 },
        fee: { amount: 150, currency: 'EUR' },
        topics: ['libraries'],
        status: 'cancelled',
      },
      {
        id: 'course-1',
        kind: 'course',
        title: 'Moodle for teachers',
        provider: { name: 'Tampere University' },
        mode: 'online',
        start: '2027-09-06',
        recognition: { ects: 3 },
        languages: [{ lang: 'en' }, { lang: 'fi' }],
      },
      {
        id: 'job-1',
        kind: 'traineeship',
        title: 'Traineeship in the kitchen',
        provider: { name: 'Hotel X', country: 'ES', city: 'Granada' },
        application: { deadline: '2027-01-31' },
        updated: '2026-11-01',
      },
    ],
  });

  it('writes Event, Course + CourseInstance and JobPosting', () => {
    assert.deepEqual(feed.issues, []);
    const [week, course, job] = feed.opportunities.map((o) => toJsonLd(o)) as [Record<string, any>, Record<string, any>, Record<string, any>];
    assert.equal(week['@context'], 'https://schema.org');
    assert.equal(week['@type'], 'EducationEvent');
    assert.equal(week['@id'], 'https://www.ugent.be/staffweek/library');
    assert.deepEqual(week.name, [{ '@language': 'en', '@value': 'Library Staff Week' }, { '@language': 'nl', '@value': 'Bibliotheekweek' }]);
    assert.equal(week.eventStatus, 'https://schema.org/EventCancelled');
    assert.equal(week.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
    assert.equal(week.location[0]['@type'], 'Place');
    assert.equal(week.location[1]['@type'], 'VirtualLocation');
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
      validThrough: '2027-02-28',
      availability: 'https://schema.org/SoldOut',
    });
    assert.equal(week.maximumAttendeeCapacity, 25);
    assert.equal(toJsonLd(feed.opportunities[0]!, { languages: ['nl'] }).name, 'Bibliotheekweek');

    assert.equal(course['@type'], 'Course');
    assert.deepEqual(course.hasCourseInstance, [{ '@type': 'CourseInstance', courseMode: 'Online', startDate: '2027-09-06' }]);
    assert.equal(course.numberOfCredits, 3);
    assert.deepEqual(course.inLanguage, ['en', 'fi']);

    assert.equal(job['@type'], 'JobPosting');
    assert.equal(job.title, 'Traineeship in the kitchen');
    assert.equal(job.employmentType, 'INTERN');
    assert.equal(job.validThrough, '2027-01-31');
    assert.equal(job.datePosted, '2026-11-01');
    assert.deepEqual(job.identifier, { '@type': 'PropertyValue', name: 'Hotel X', value: 'job-1' });
    assert.equal(job.hiringOrganization.name, 'Hotel X');
  });

  it('is read back by the HTML reader', async () => {
    const graph = { '@context': 'https://schema.org', '@graph': feed.opportunities.map((o) => toJsonLd(o, { context: false })) };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head></html>`;
    const r = await readFeed(html);
    assert.deepEqual(errors(r), []);
    assert.deepEqual(r.opportunities.map((o) => [o.id, o.kind]), [
      ['https://www.ugent.be/staffweek/library', 'staff-week'],
      ['course-1', 'course'],
      ['job-1', 'traineeship'],
    ]);
    const week = byId(r.opportunities, 'https://www.ugent.be/staffweek/library');
    const source = feed.opportunities[0]!;
    assert.deepEqual(week.title, source.title);
    for (const k of ['start', 'end', 'status', 'mode', 'fee', 'url'] as const) assert.deepEqual(week[k], source[k], k);
    assert.deepEqual(week.location, source.location);
  });
});
