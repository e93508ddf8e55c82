#!/usr/bin/env node
/**
 * Writes the demo feeds in demo/data/ — deterministic: the same code always writes the same bytes (seeded PRNG, a
 * fixed reference date, no clock, no locale).
 *
 *   node demo/generate.mjs            opportunities.json, university.json, network.json, broken.json (committed)
 *   node demo/generate.mjs --large    … and large.json (10,000 items, git-ignored; the demo server makes it on demand)
 *
 * Dates are spread around REFERENCE_DATE (2026-11-23) so that the derived statuses vary: past, closed, closing soon,
 * open, upcoming, cancelled. Pages compute statuses against the real clock, so a few items that have an application
 * form stay open until late 2027 or beyond (see anchors()).
 *
 * Application forms post to `${DEMO_ORIGIN}/api/applications`. The feed format needs an absolute URL, so the
 * generator writes the placeholder origin http://localhost:8040 and demo/server.mjs replaces it with the origin the
 * page was served from (http://127.0.0.1:5173, https://demo.example.eu, …) whenever it serves a feed.
 *
 * All organisations, people, e-mail addresses and web sites in these feeds are fictional.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COUNTRY_NAMES, COURSES, DAY_WORDS, FORM_LABELS, GOOD_PRACTICES, GUIDANCE_NETWORK, PROVIDERS, RESEARCH_JOBS, ROLE_OPTIONS,
  SEASONS, SHADOWING_REQUEST_TITLE, SHADOWING_ROLES, STAFF_WEEK_SUMMARY, STAFF_WEEK_TOPICS, TEACHING_SUBJECTS, TRAINEESHIPS,
  VET_SECTORS, VOLUNTEERING,
} from './content.mjs';

/** The day the sample is written for. */
export const REFERENCE_DATE = '2026-11-23';
/** Placeholder origin in generated feeds; demo/server.mjs rewrites it to the origin it serves from. */
export const DEMO_ORIGIN = 'http://localhost:8040';
export const APPLY_ENDPOINT = `${DEMO_ORIGIN}/api/applications`;
/** The opportunity apply.html opens: it has a form and stays open until 2027-12-15. */
export const APPLY_DEMO_ID = 'itajarvi-library-week-2028';
/** Size of large.json. */
export const LARGE_COUNT = 10_000;

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');
const FEED_UPDATED = `${REFERENCE_DATE}T08:00:00Z`;

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------------------

/** mulberry32: small, fast and good enough for sample data; integer arithmetic only, so identical on every engine. */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** Integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Pick from `list` by `weight(item)`. */
    weighted: (list, weight = (x) => x.weight ?? 1) => {
      const total = list.reduce((s, x) => s + weight(x), 0);
      let r = next() * total;
      for (const x of list) if ((r -= weight(x)) < 0) return x;
      return list[list.length - 1];
    },
    sample: (list, n) => {
      const copy = [...list];
      const out = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: whole days since 1970-01-01 (UTC), written as ISO dates
// ---------------------------------------------------------------------------------------------------------------

const day = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const iso = (d) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const REF = day(REFERENCE_DATE);
const FIRST_DAY = day('2026-06-01');
const LAST_DAY = day('2028-03-31');
const weekday = (d) => (d + 4) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
const nextMonday = (d) => d + ((8 - weekday(d)) % 7);
const prevMonday = (d) => d - ((weekday(d) + 6) % 7);
const yearOf = (d) => iso(d).slice(0, 4);

/** Last Sunday of a month (EU summer time starts and ends then). */
const lastSunday = (year, month) => {
  const d = day(`${year}-${String(month + 1).padStart(2, '0')}-01`) - 1;
  return d - weekday(d);
};
/** UTC offset (hours) of a country's local time on day `d`. */
function utcOffset(country, d) {
  const base = ['PT', 'IE'].includes(country) ? 0 : ['FI', 'EE', 'LV', 'LT', 'GR', 'RO', 'BG', 'CY'].includes(country) ? 2 : 1;
  const y = +yearOf(d);
  const summer = d >= lastSunday(y, 3) && d < lastSunday(y, 10);
  return base + (summer ? 1 : 0);
}
/** A deadline as the publisher writes it: a date, or 23:59 / 12:00 local time with the offset. */
function deadlineValue(rng, d, country) {
  if (rng.chance(0.55)) return iso(d);
  const h = utcOffset(country, d);
  return `${iso(d)}T${rng.chance(0.8) ? '23:59' : '12:00'}:00${h === 0 ? 'Z' : `+0${h}:00`}`;
}
const timestamp = (rng, d) => `${iso(d)}T${String(rng.int(7, 17)).padStart(2, '0')}:${String(rng.int(0, 11) * 5).padStart(2, '0')}:00Z`;

/**
 * Dates for an opportunity that should stand at `plan` on the reference date. `length` is its length in days;
 * `monday` starts it on a Monday. Returns start, end, opens, deadline (as day numbers) and the schedule status.
 */
function schedule(rng, plan, length, { monday = true } = {}) {
  const align = (d) => {
    const s = monday ? nextMonday(d) : d;
    return s > LAST_DAY - 7 ? (monday ? prevMonday : (x) => x)(LAST_DAY - 7 - rng.int(0, 28)) : s;
  };
  let start, deadline, opens;
  switch (plan) {
    case 'past': {
      const latest = REF - length - 3;
      start = rng.int(Math.min(FIRST_DAY, latest), latest);
      if (monday) start = prevMonday(start);
      deadline = start - rng.int(30, 75);
      opens = deadline - rng.int(40, 100);
      break;
    }
    case 'closed':
      start = align(REF + rng.int(10, 110));
      deadline = Math.min(start - 14, REF - rng.int(1, 50));
      opens = deadline - rng.int(40, 100);
      break;
    case 'closing-soon':
      deadline = REF + rng.int(1, 12);
      start = align(deadline + rng.int(30, 90));
      opens = deadline - rng.int(40, 100);
      break;
    case 'upcoming':
      opens = REF + rng.int(5, 240);
      deadline = opens + rng.int(30, 90);
      start = align(deadline + rng.int(20, 60));
      break;
    default: // open, full, cancelled, postponed
      deadline = REF + rng.int(15, 420);
      start = align(deadline + rng.int(20, 60));
      opens = Math.min(REF - rng.int(3, 120), deadline - 30);
  }
  if (deadline >= start) deadline = start - 14;
  return { start, end: start + length - 1, opens, deadline };
}

const PLANS = [
  { plan: 'past', weight: 20 }, { plan: 'closed', weight: 13 }, { plan: 'closing-soon', weight: 6 },
  { plan: 'open', weight: 36 }, { plan: 'upcoming', weight: 17 }, { plan: 'full', weight: 3 },
  { plan: 'cancelled', weight: 4 }, { plan: 'postponed', weight: 1 },
];
const pickPlan = (rng) => rng.weighted(PLANS).plan;

// ---------------------------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------------------------

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const en = (name) => (typeof name === 'string' ? name : name.en);
/** The English name as it reads inside a sentence: "at the University of the Turia", "at Nemunas University". */
const the = (name) => (/\b(of|in)\b|(Association|Foundation|Consortium|Partnership|Centre)$/.test(en(name)) ? `the ${en(name)}` : en(name));
const EN_CITY = {
  Praha: 'Prague', København: 'Copenhagen', Warszawa: 'Warsaw', Firenze: 'Florence', Roma: 'Rome', Lisboa: 'Lisbon', Rīga: 'Riga',
  'Freiburg im Breisgau': 'Freiburg', Sevilla: 'Seville', Gent: 'Ghent', Brugge: 'Bruges',
};
/** A city's English name, for English prose (the feed's `city` fields keep the local name). */
const cityEn = (city) => EN_CITY[city] ?? city;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "1 March and 24 April 2027" / "15 September 2026 and 10 January 2027". */
function between(a, b) {
  const [ya, ma, da] = iso(a).split('-').map(Number);
  const [yb, mb, db] = iso(b).split('-').map(Number);
  return `${da} ${MONTHS[ma - 1]}${ya === yb ? '' : ` ${ya}`} and ${db} ${MONTHS[mb - 1]} ${yb}`;
}
/** A Text: English plus the host's language when the table has it (and the dice say so); a plain string otherwise. */
function text(rng, enText, table, lang, p = 0.7, map = (s) => s) {
  if (lang !== 'en' && table?.[lang] && rng.chance(p)) return { en: enText, [lang]: map(table[lang]) };
  return enText;
}
const list = (items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
const link = (href, label) => `<a href="${esc(href)}">${esc(label)}</a>`;
const mailbox = (p, box) => `${box}@${p.domain}`;
const site = (p, path = '') => `https://www.${p.domain}${path}`;
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const feeAmounts = { EUR: [0, 50, 100, 150, 200, 250], SEK: [0, 1500, 2500], PLN: [0, 400, 650] };

// ---------------------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------------------

function organisation(p) {
  const o = { name: p.name, country: p.country, city: p.city, type: p.type };
  if (p.erasmus) o.erasmusCode = p.erasmus;
  if (p.schac) o.schac = p.schac;
  if (p.pic) o.pic = p.pic;
  o.url = site(p);
  return o;
}
/** Where an organisation is: its city and country, with coordinates when known. */
const place = (p) => (p.lat !== undefined ? { city: p.city, country: p.country, lat: p.lat, lon: p.lon } : { city: p.city, country: p.country });

/** The demo application form in the host's language (when the label table has it) and English. */
export function applicationForm(p, { lang = p.lang, consent = true, cv = true } = {}) {
  const L = (key) => {
    const t = FORM_LABELS[key];
    return lang !== 'en' && t[lang] ? { en: t.en, [lang]: t[lang] } : { en: t.en };
  };
  const fields = [
    { name: 'givenName', type: 'text', label: L('givenName'), required: true, autocomplete: 'given-name' },
    { name: 'familyName', type: 'text', label: L('familyName'), required: true, autocomplete: 'family-name' },
    { name: 'email', type: 'email', label: L('email'), required: true, autocomplete: 'email' },
    { name: 'institution', type: 'text', label: L('institution'), help: L('institutionHelp'), required: true, autocomplete: 'organization' },
    { name: 'country', type: 'country', label: L('country'), required: true, autocomplete: 'country' },
    {
      name: 'role', type: 'select', label: L('role'), required: true,
      options: ROLE_OPTIONS.map((o) => ({ value: o.value, label: lang !== 'en' && o.label[lang] ? { en: o.label.en, [lang]: o.label[lang] } : { en: o.label.en } })),
    },
    { name: 'languageLevel', type: 'language-level', label: L('languageLevel'), required: true },
    { name: 'motivation', type: 'textarea', label: L('motivation'), help: L('motivationHelp'), required: true, maxLength: 2000 },
  ];
  if (cv) fields.push({ name: 'cv', type: 'file', label: L('cv'), accept: '.pdf,application/pdf', maxBytes: 5 * 1024 * 1024 });
  const form = {
    endpoint: APPLY_ENDPOINT,
    fields,
    privacy: {
      controller: p.name,
      purpose: L('purpose'),
      retention: L('retention'),
      legalBasis: L('legalBasis'),
      policyUrl: site(p, '/privacy'),
      contact: mailbox(p, 'dataprotection'),
    },
  };
  if (consent) form.consents = [{ name: 'newsletter', label: L('consent'), required: false }];
  return form;
}

/** Common tail of an offer: application block, status. `plan` decides dates and schedule status. */
function applicationFor(rng, p, when, plan, { places, path, form, email }) {
  const app = {};
  if (when.opens !== undefined && (plan === 'upcoming' || rng.chance(0.6))) app.opens = iso(when.opens);
  if (when.deadline !== undefined) app.deadline = deadlineValue(rng, when.deadline, p.country);
  if (email) app.email = email;
  else app.url = site(p, path);
  if (places !== undefined) {
    app.places = places;
    if (plan === 'full') app.placesLeft = 0;
    else if (['open', 'closing-soon'].includes(plan) && rng.chance(0.5)) app.placesLeft = rng.int(1, places);
  }
  if (form) app.form = form;
  return app;
}
const scheduleStatus = (plan) => (plan === 'cancelled' ? 'cancelled' : plan === 'postponed' ? 'postponed' : undefined);

function finish(o, rng, plan, updatedDay) {
  const s = scheduleStatus(plan);
  if (s) o.status = s;
  o.updated = timestamp(rng, Math.min(REF - 1, updatedDay ?? REF - rng.int(1, 160)));
  return o;
}

// ---------------------------------------------------------------------------------------------------------------
// One builder per kind. Each takes (rng, id, options) and returns one opportunity object.
// ---------------------------------------------------------------------------------------------------------------

function staffWeek(rng, id, { provider: p, topic: t, plan = pickPlan(rng), form = false, days } = {}) {
  p ??= rng.weighted(PROVIDERS.filter((x) => x.type === 'hei'));
  t ??= rng.weighted(STAFF_WEEK_TOPICS);
  days ??= rng.pick([2, 3, 4, 5, 5, 5, 5]);
  const when = schedule(rng, plan, days);
  const year = yearOf(when.start);
  const theme = rng.pick(t.themes);
  const host = the(p.name);
  const currency = p.currency ?? 'EUR';
  const fee = rng.pick(feeAmounts[currency]);
  const accommodation = rng.chance(0.3);
  const path = `/en/staff-week/${year}/${t.topic}`;
  const blended = rng.chance(0.1);
  const lines = [`Day 1: welcome, campus tour and presentations by participants`];
  if (days > 2) lines.push(`Day 2${days > 3 ? `–${days - 1}` : ''}: workshops on ${esc(theme)} and job shadowing in ${t.unit}`);
  lines.push(`Day ${days}: ${days === 2 ? 'workshops, ' : ''}round-up, evaluation and certificates of attendance`);
  const o = {
    id,
    kind: 'staff-week',
    title: text(rng, `${t.title.en} ${year}`, t.title, p.lang, 0.7, (s) => `${s} ${year}`),
    summary: text(rng, `${DAY_WORDS[days]} days at ${host} on ${theme}: workshops, job-shadowing visits to ${t.unit} and a social programme.`,
      STAFF_WEEK_SUMMARY, p.lang, 0.5, (f) => f(days, p.city)),
    description:
      `<p>${esc(host[0].toUpperCase() + host.slice(1))} welcomes colleagues from partner institutions for ${days} days on <strong>${esc(theme)}</strong>.` +
      (blended ? ' Two online sessions before the week prepare the group work.' : '') + '</p>' +
      list(lines) +
      `<p>${accommodation ? 'Accommodation in the university guest house is included in the fee.' : 'Accommodation is not included; we send a list of hotels near the campus.'} ` +
      `Full programme: ${link(site(p, path), `${p.domain}${path}`)}.</p>`,
    url: site(p, path),
    provider: organisation(p),
    location: place(p),
    mode: blended ? 'blended' : 'onsite',
    start: iso(when.start),
    end: iso(when.end),
    application: applicationFor(rng, p, when, plan, { places: rng.pick([15, 20, 20, 25, 30, 40]), path: `${path}/apply`, form: form && applicationForm(p) }),
    audience: [...t.audience],
    topics: [t.topic, ...(t.extraTopics ?? [])],
    fields: [...t.fields],
    languages: [{ lang: 'en', level: rng.pick(['B1', 'B2', 'B2']) }],
    fee: fee === 0 ? { amount: 0, currency } : { amount: fee, currency, covers: accommodation ? `Programme, lunches, social programme and ${['', 'one night', 'two nights', 'three nights', 'four nights'][days - 1]} in the guest house` : 'Programme, lunches, coffee breaks and the social programme' },
    funding: ['erasmus-plus-ka1'],
    contact: { email: mailbox(p, rng.pick(['staffweek', 'staffweek', 'incoming.staff', 'international'])) },
  };
  if (accommodation) o.tags = ['accommodation-included'];
  if (blended) (o.tags ??= []).push('blended-intensive-programme');
  if (plan === 'past' && rng.chance(0.5)) o.feedback = { rating: rng.int(38, 50) / 10, count: rng.int(6, 38) };
  return finish(o, rng, plan);
}

function shadowingRequest(rng, id, { provider: p, role: r, plan } = {}) {
  r ??= rng.pick(SHADOWING_ROLES);
  // A culinary teacher works at a school with a kitchen, not at a health school.
  p ??= rng.pick(PROVIDERS.filter((x) => r.hosts.includes(x.type) && (x.type !== 'vet' || !VET_HOSTS[r.topic] || VET_HOSTS[r.topic].includes(x.key))));
  const area = rng.pick(r.areas);
  const weeks = rng.pick(['one week', 'one or two weeks', 'two weeks', 'up to ten days']);
  const o = {
    id,
    kind: 'job-shadowing',
    direction: 'request',
    title: text(rng, `${r.en} seeks job shadowing: ${area}`, SHADOWING_REQUEST_TITLE, p.lang, 0.5, (f) => f(r.title[p.lang])),
  };
  let when;
  plan ??= rng.weighted([{ plan: 'dated', weight: 6 }, { plan: 'undated', weight: 4 }, { plan: 'past', weight: 2 }]).plan;
  if (plan !== 'undated') {
    const season = rng.pick(SEASONS);
    // A window of 6 to 11 weeks: in 2026 (already over), 2027, or spring 2028.
    const year = plan === 'past' ? 2026 : season.months[0] > 3 ? 2027 : rng.pick([2027, 2027, 2028]);
    const first = Math.max(day(`${year}-${String(season.months[0]).padStart(2, '0')}-01`), plan === 'past' ? FIRST_DAY : REF + 7);
    const from = plan === 'past' ? Math.min(first, REF - 85) : first;
    when = { start: from, end: Math.min(from + rng.int(45, 80), plan === 'past' ? REF - 5 : LAST_DAY) };
    o.summary = `${r.en} from ${the(p.name)} (${cityEn(p.city)}, ${COUNTRY_NAMES[p.country]}) is looking for ${weeks} of job shadowing in ${area}, any time between ${between(when.start, when.end)}. Erasmus+ funding is in place.`;
  } else {
    o.summary = `${r.en} from ${the(p.name)} (${cityEn(p.city)}, ${COUNTRY_NAMES[p.country]}) is looking for ${weeks} of job shadowing in ${area}; dates are flexible. Erasmus+ funding is in place.`;
  }
  o.description =
    `<p>I work as ${/^([aeiou]|HR\b|IT\b)/i.test(r.en) ? 'an' : 'a'} ${/^(?!Erasmus)[A-Z][a-z]/.test(r.en) ? r.en[0].toLowerCase() + r.en.slice(1) : r.en} at ${esc(the(p.name))} and would like to see how a partner organisation works with <strong>${esc(area)}</strong>.</p>` +
    list(['observe daily work and meet colleagues', 'exchange materials and ideas', 'bring back one change to try at home']) +
    `<p>My home institution covers travel and subsistence (Erasmus+ KA1). Please contact our mobility office if you could host me.</p>`;
  o.provider = organisation(p);
  o.location = place(p);
  o.mode = 'onsite';
  if (when) {
    o.start = iso(when.start);
    o.end = iso(when.end);
  }
  o.audience = [...r.audience];
  o.topics = [r.topic];
  o.fields = [...r.fields];
  o.languages = [{ lang: 'en', level: rng.pick(['B1', 'B2', 'C1']) }];
  o.funding = ['erasmus-plus-ka1'];
  o.contact = { name: 'Staff mobility office', email: mailbox(p, rng.pick(['mobility', 'staff.mobility', 'erasmus'])) };
  return finish(o, rng, undefined);
}

function shadowingOffer(rng, id, { provider: p, plan = 'open' } = {}) {
  p ??= rng.pick(PROVIDERS.filter((x) => x.type === 'hei' || x.type === 'vet'));
  const unit = p.type === 'hei' ? rng.pick(['the International Office', 'the University Library', 'the Career Centre']) : 'our workshops and partner companies';
  const o = {
    id,
    kind: 'job-shadowing',
    direction: 'offer',
    title: p.type === 'hei' ? `Job shadowing in ${unit} at ${the(p.name)}` : `Job shadowing for VET teachers at ${the(p.name)}`,
    summary: `We host one or two colleagues at a time for job shadowing in ${unit}, on dates agreed with you.`,
    description: `<p>Spend a week alongside our staff in ${unit}. We agree a programme with you beforehand and can issue an Erasmus+ <strong>certificate of attendance</strong>.</p>` +
      `<p>Send a short motivation and your preferred dates to ${esc(mailbox(p, 'incoming.staff'))}.</p>`,
    provider: organisation(p),
    location: place(p),
    mode: 'onsite',
    application: { email: mailbox(p, 'incoming.staff'), places: rng.int(2, 6) },
    audience: p.type === 'hei' ? ['administrative-staff', 'library-staff'] : ['teachers'],
    topics: [p.type === 'hei' ? 'international-relations' : 'hotel-restaurant-tourism'],
    languages: [{ lang: 'en', level: 'B2' }],
    fee: { amount: 0, currency: p.currency ?? 'EUR' },
    funding: ['erasmus-plus-ka1'],
    contact: { email: mailbox(p, 'incoming.staff') },
  };
  return finish(o, rng, plan);
}

function teaching(rng, id, { provider: p, plan = pickPlan(rng), request = rng.chance(0.3) } = {}) {
  p ??= rng.weighted(PROVIDERS.filter((x) => x.type === 'hei'));
  const s = rng.pick(TEACHING_SUBJECTS);
  const days = rng.pick([3, 5, 5]);
  const when = schedule(rng, request ? 'open' : plan, days);
  const o = {
    id,
    kind: 'teaching',
    ...(request ? { direction: 'request' } : {}),
    title: request ? `Lecturer offers a teaching week: ${s.en}` : `Guest lecturer wanted: ${s.en}`,
    summary: request
      ? `A lecturer at ${the(p.name)} would like to teach 8–12 hours on ${s.en.toLowerCase()} at a partner institution (Erasmus+ teaching mobility).`
      : `${(([h]) => h.toUpperCase())(the(p.name))}${the(p.name).slice(1)} invites a guest lecturer for ${days} days (at least 8 teaching hours) on ${s.en.toLowerCase()} in an English-taught programme.`,
    description: request
      ? `<p>Topics I can teach, at bachelor or master level:</p>${list([esc(s.en), 'a workshop for staff on the same theme'])}<p>Teaching mobility funded by my home institution.</p>`
      : `<p>Our ${s.field.startsWith('09') ? 'health' : 'degree'} programme welcomes a guest lecturer to teach <strong>${esc(s.en)}</strong> to a class of 20–35 international students.</p>` +
        `<p>We need an inter-institutional agreement with your institution; check the list on ${link(site(p, '/en/partners'), 'our partners page')}.</p>`,
    url: site(p, `/en/teaching-mobility/${slug(s.en)}`),
    provider: organisation(p),
    location: place(p),
    mode: 'onsite',
    start: iso(when.start),
    end: iso(when.end),
  };
  if (!request) o.application = applicationFor(rng, p, when, plan, { places: 1, email: mailbox(p, 'teaching.mobility') });
  o.audience = ['academic-staff'];
  o.topics = [s.topic];
  o.fields = [s.field];
  o.languages = [{ lang: 'en', level: 'C1' }];
  o.funding = ['erasmus-plus-ka1'];
  o.contact = { email: mailbox(p, request ? 'mobility' : 'teaching.mobility') };
  return finish(o, rng, request ? undefined : plan);
}

const COURSE_VENUES = {
  euroteach: [['Barcelona', 'ES'], ['Málaga', 'ES'], ['Lisboa', 'PT']],
  florentia: [['Firenze', 'IT'], ['Roma', 'IT']],
  'nordic-edu': [['Helsinki', 'FI'], ['Tampere', 'FI']],
  'dublin-pedagogy': [['Dublin', 'IE'], ['Galway', 'IE']],
  windskill: [['Esbjerg', 'DK']],
};

function course(rng, id, { course: c, provider: p, plan = pickPlan(rng), form = false } = {}) {
  c ??= rng.pick(COURSES);
  p ??= byKey(rng.pick(c.hosts));
  const online = c.online && rng.chance(0.6);
  const [city, country] = rng.pick(COURSE_VENUES[p.key] ?? [[p.city, p.country]]);
  const when = schedule(rng, plan, c.days > 5 ? c.days + 2 : c.days);
  const fee = online ? 40 * c.days + 40 : c.days > 5 ? 790 : 80 * c.days + rng.pick([0, 10, 20]);
  const o = {
    id,
    kind: 'course',
    title: c.en,
    summary: `${c.days > 5 ? 'Two-week' : `${DAY_WORDS[c.days]}-day`} ${online ? 'online ' : ''}course for teachers and staff${online ? '' : ` in ${cityEn(city)}`}, eligible for Erasmus+ KA1 funding.`,
    description:
      `<p>A practical course for <strong>teachers, trainers and school staff</strong>. Small groups (maximum 16), ` +
      `participants from several countries, and a trainer with classroom experience.</p>` +
      list(['morning: input and demonstration', 'afternoon: hands-on work on your own materials', online ? 'final session: peer feedback on a lesson plan' : 'one cultural visit per week']) +
      `<p>Course fee: ${fee} EUR. Read the ${link(site(p, `/courses/${c.key}`), 'course page')} for the daily programme.</p>`,
    url: site(p, `/courses/${c.key}`),
    provider: organisation(p),
    location: online ? { country } : { city, country },
    mode: online ? 'online' : 'onsite',
    start: iso(when.start),
    end: iso(online ? when.start + c.days - 1 : when.end),
    application: applicationFor(rng, p, { ...when, opens: undefined }, plan, { places: rng.pick([12, 14, 16]), path: `/courses/${c.key}/book`, form: form && applicationForm(p, { consent: false }) }),
    audience: ['teachers', 'academic-staff', 'administrative-staff'].slice(0, rng.int(1, 3)),
    topics: [...c.topics],
    fields: [c.field],
    languages: [c.lang ?? { lang: 'en', level: rng.pick(['B1', 'B2']) }],
    fee: { amount: fee, currency: 'EUR', covers: online ? 'Tuition, materials and certificate' : 'Tuition, materials, certificate of attendance and cultural visits' },
    funding: ['erasmus-plus-ka1'],
    recognition: { note: 'Certificate of attendance; Europass Mobility on request.' },
    contact: { email: mailbox(p, 'courses') },
    tags: ['commercial-training'],
  };
  if (rng.chance(0.6)) o.feedback = { rating: Math.min(5, Math.round((c.rating - 0.3 + rng.next() * 0.5) * 10) / 10), count: rng.int(8, 140) };
  return finish(o, rng, plan);
}

const VET_HOSTS = {
  'health-care': ['szs-olomouc', 'koskiseutu', 'roc-waddenland', 'vux-norr', 'ep-alto-minho'],
  'hotel-restaurant-tourism': ['alberghiero-fiori', 'lp-opale', 'fp-costa-sol', 'hotel-kastell', 'ep-alto-minho'],
  'renewable-energy': ['vestjysk', 'windskill', 'bk-rhein-ruhr', 'zst-gdynia', 'ep-alto-minho'],
  ict: ['baltic-code', 'zst-gdynia', 'bk-rhein-ruhr', 'koskiseutu'],
};
const byKey = (key) => PROVIDERS.find((x) => x.key === key);

function vetPlacement(rng, id, { sector: s, provider: p, plan = pickPlan(rng), form = false } = {}) {
  s ??= rng.pick(VET_SECTORS);
  p ??= byKey(rng.pick(VET_HOSTS[s.topic]));
  const long = rng.chance(0.2);
  const weeks = long ? rng.pick([13, 17, 26]) : rng.pick([2, 3, 4, 4, 6]);
  const when = schedule(rng, plan, weeks * 7 - 2);
  const ecvet = rng.int(s.ecvet[0], s.ecvet[1]);
  const o = {
    id,
    kind: 'vet-placement',
    title: text(rng, s.title.en, s.title, p.lang, 0.7),
    summary: `${long ? 'ErasmusPro long-term' : `${weeks}-week`} placement for VET learners at ${p.type === 'company' ? en(p.name) : `${the(p.name)} or one of its partner employers`} in ${cityEn(p.city)}, with a workplace tutor.`,
    description:
      `<p>Learners work alongside experienced staff and are supported by a named <strong>workplace tutor</strong>. ` +
      `The learning agreement follows the ECVET principles: learning outcomes are agreed beforehand, assessed at the host and recognised by the sending school.</p>` +
      list(['induction and safety briefing on day 1', 'weekly progress talk with the tutor', 'final assessment against the agreed learning outcomes']) +
      `<p>Accommodation: ${rng.pick(['host families arranged by us', 'shared flats near the school', 'the school residence'])}. See ${link(site(p, '/erasmus/incoming'), 'incoming learners')}.</p>`,
    url: site(p, `/erasmus/incoming/${s.key}`),
    provider: organisation(p),
    location: place(p),
    mode: 'onsite',
    start: iso(when.start),
    end: iso(when.end),
    application: applicationFor(rng, p, when, plan, { places: rng.int(2, 8), email: mailbox(p, 'erasmus'), form: form && applicationForm(p, { consent: false }) }),
    audience: rng.chance(0.25) ? ['vet-learners', 'adult-learners'] : ['vet-learners'],
    topics: [s.topic],
    fields: [s.field],
    languages: [{ lang: 'en', level: rng.pick(['A2', 'B1']) }],
    fee: { amount: 0, currency: p.currency ?? 'EUR' },
    funding: ['erasmus-plus-ka1'],
    learningOutcomes: [...s.outcomes],
    recognition: { ecvet, note: 'Assessed by the workplace tutor; recognised by the sending school as part of the learner’s qualification (ECVET memorandum of understanding).' },
    contact: { email: mailbox(p, 'erasmus') },
  };
  if (long) o.tags = ['erasmuspro'];
  return finish(o, rng, plan);
}

function traineeship(rng, id, { plan = pickPlan(rng), form = false } = {}) {
  const t = rng.pick(TRAINEESHIPS);
  const p = t.hosts ? byKey(rng.pick(t.hosts)) : rng.weighted(PROVIDERS.filter((x) => x.type === 'hei'));
  const months = rng.int(t.months[0], t.months[1]);
  const when = schedule(rng, plan, months * 30, { monday: false });
  const allowance = p.type === 'company' ? rng.pick([400, 600, 800]) : 0;
  const o = {
    id,
    kind: 'traineeship',
    title: `${t.en} (${months} months)`,
    summary: `A ${months}-month Erasmus+ traineeship at ${the(p.name)} in ${cityEn(p.city)} for students and recent graduates.`,
    description:
      `<p>You join the team as a trainee and work on real tasks with a supervisor. ` +
      (allowance ? `We pay a monthly allowance of <strong>${allowance} EUR</strong> on top of your Erasmus+ grant.` : 'Your Erasmus+ traineeship grant comes from your home institution.') +
      '</p>' + list(['a learning agreement for traineeships signed before you start', 'a weekly meeting with your supervisor', 'a traineeship certificate at the end']),
    url: site(p, `/careers/traineeships/${slug(t.en)}`),
    provider: organisation(p),
    location: place(p),
    mode: rng.chance(0.15) ? 'blended' : 'onsite',
    start: iso(when.start),
    end: iso(when.end),
    application: applicationFor(rng, p, when, plan, { places: rng.int(1, 3), path: `/careers/traineeships/${slug(t.en)}`, form: form && applicationForm(p, { lang: 'en', consent: false }) }),
    audience: ['students', 'recent-graduates'],
    topics: [t.topic],
    fields: [t.field],
    languages: [{ lang: 'en', level: 'B2' }],
    funding: ['erasmus-plus-ka131'],
    contact: { email: mailbox(p, p.type === 'company' ? 'jobs' : 'traineeships') },
  };
  if (t.ects) o.recognition = { ects: t.ects, note: 'Recognised in the Diploma Supplement; credits when the home programme has a traineeship module.' };
  return finish(o, rng, plan);
}

function volunteering(rng, id, { plan = pickPlan(rng) } = {}) {
  const v = rng.pick(VOLUNTEERING);
  const p = byKey(rng.pick(v.hosts));
  const months = rng.int(v.months[0], v.months[1]);
  const when = schedule(rng, plan, months * 30, { monday: false });
  const o = {
    id,
    kind: 'volunteering',
    title: `${v.en} (${cityEn(p.city)})`,
    summary: `European Solidarity Corps volunteering for ${months} months with ${the(p.name)} in ${cityEn(p.city)}. Board, lodging, insurance and pocket money are covered.`,
    description: `<p>For people aged <strong>18–30</strong>. You get language lessons, a mentor and a Youthpass certificate.</p>` +
      list(['about 30 hours a week', 'a shared flat with other volunteers', 'on-arrival training with volunteers from other projects']),
    url: site(p, '/volunteers'),
    provider: organisation(p),
    location: place(p),
    mode: 'onsite',
    start: iso(when.start),
    end: iso(when.end),
    application: applicationFor(rng, p, when, plan, { places: rng.int(1, 4), path: '/volunteers/apply' }),
    audience: ['young-people'],
    topics: [v.topic],
    languages: [{ lang: 'en', level: 'A2' }],
    fee: { amount: 0, currency: p.currency ?? 'EUR' },
    funding: ['european-solidarity-corps'],
    contact: { email: mailbox(p, 'volunteers') },
  };
  return finish(o, rng, plan);
}

function researchJob(rng, id, { plan = pickPlan(rng) } = {}) {
  // Research posts are advertised before they start: "past" and "upcoming" calls become closed and open ones.
  if (plan === 'past') plan = 'closed';
  if (plan === 'upcoming') plan = 'open';
  const r = rng.pick(RESEARCH_JOBS);
  const p = rng.weighted(PROVIDERS.filter((x) => x.type === 'hei' && x.schac));
  const when = schedule(rng, plan, r.months * 30, { monday: false });
  const o = {
    id,
    kind: 'research-job',
    title: `${r.en} (${r.months} months)`,
    summary: `A full-time, ${r.months}-month position at ${the(p.name)} in ${cityEn(p.city)}${r.funding === 'horizon-europe-msca' ? ' within a Marie Skłodowska-Curie doctoral network' : ''}.`,
    description: `<p>We offer a <strong>full-time employment contract</strong>, a research budget and a supervision team of two.</p>` +
      list(['a master’s degree in a relevant field (doctoral positions) or a PhD (postdoctoral positions)', 'excellent written English', 'mobility rule for MSCA positions: you did not live in the host country for more than 12 months in the last 3 years']) +
      `<p>Apply through ${link(site(p, '/jobs'), 'our recruitment portal')} with a CV, a motivation letter and two references.</p>`,
    url: site(p, `/jobs/${slug(r.en)}`),
    provider: organisation(p),
    location: place(p),
    mode: 'onsite',
    start: iso(when.start),
    end: iso(when.end),
    application: applicationFor(rng, p, { ...when, opens: undefined }, plan, { path: '/jobs' }),
    audience: ['researchers'],
    topics: [r.topic],
    fields: [r.field],
    languages: [{ lang: 'en', level: 'C1' }],
    funding: [r.funding],
    contact: { email: mailbox(p, 'recruitment') },
  };
  return finish(o, rng, plan);
}

function goodPractice(rng, id, { practice: g } = {}) {
  g ??= rng.pick(GOOD_PRACTICES);
  const p = byKey(g.partner);
  const net = GUIDANCE_NETWORK;
  const o = {
    id,
    kind: 'good-practice',
    title: g.title,
    summary: g.summary,
    description:
      `<p>${esc(g.summary)}</p>` +
      `<p><strong>What made it work:</strong></p>` +
      list(['a named coordinator with a few hours a week', 'employers and learners involved in the design', 'a short evaluation after each round']) +
      `<p>Collected by the ${esc(net.name.en)} (10 organisations in 9 countries). Read the ${link(site(net, `/practices/${slug(g.title.en)}`), 'full case description')}.</p>`,
    url: site(net, `/practices/${slug(g.title.en)}`),
    provider: organisation(p),
    location: place(p),
    audience: ['administrative-staff', 'teachers'],
    topics: ['placements-career-guidance'],
    fields: ['0923'],
    contact: { email: mailbox(net, 'practices') },
    tags: ['guide-eu'],
  };
  return finish(o, rng, undefined);
}

const OTHER_ITEMS = [
  { title: 'Online info session: Erasmus+ KA1 for adult education', provider: 'midlands-fet', summary: 'A one-hour webinar on accreditation, mobility types and grant rates for adult-education centres.', topics: ['international-relations'], audience: ['administrative-staff', 'teachers'], mode: 'online' },
  { title: 'International Week fair: meet our partner universities', provider: 'nadwislanski', summary: 'Partner universities present their programmes to students on the main campus; stands are free for partners.', topics: ['international-relations'], audience: ['administrative-staff', 'students'], mode: 'onsite' },
  { title: 'Webinar series: recognition of learning outcomes in VET mobility', provider: 'bk-rhein-ruhr', summary: 'Three online sessions on ECVET-style learning agreements, assessment at the host and recognition at home.', topics: ['international-relations'], audience: ['teachers'], mode: 'online' },
];

function other(rng, id, { item, plan = 'open' }) {
  const p = byKey(item.provider);
  const when = schedule(rng, plan, 1, { monday: false });
  const o = {
    id,
    kind: 'other',
    title: item.title,
    summary: item.summary,
    description: `<p>${esc(item.summary)}</p><p>Registration is free but required: ${link(site(p, '/events'), 'events page')}.</p>`,
    url: site(p, '/events'),
    provider: organisation(p),
    location: item.mode === 'online' ? { country: p.country } : place(p),
    mode: item.mode,
    start: iso(when.start),
    application: applicationFor(rng, p, { ...when, opens: undefined }, plan, { path: '/events' }),
    audience: item.audience,
    topics: item.topics,
    fee: { amount: 0, currency: p.currency ?? 'EUR' },
    contact: { email: mailbox(p, 'events') },
  };
  return finish(o, rng, plan);
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-written items: Swedish-only and Dutch-only, and the anchors with forms that stay open into late 2027
// ---------------------------------------------------------------------------------------------------------------

function anchors() {
  const itajarvi = byKey('itajarvi');
  const turia = byKey('turia');
  const euroteach = byKey('euroteach');
  const hmb = byKey('malarbygden');
  const ijssel = byKey('ijsselland');
  return [
    {
      id: APPLY_DEMO_ID,
      kind: 'staff-week',
      title: { en: 'International Library Staff Week 2028: Libraries as Learning Spaces', fi: 'Kansainvälinen kirjastoviikko 2028: kirjasto oppimisen tilana' },
      summary: { en: 'Five days in Joensuu on learning spaces, open science services and library pedagogy, with visits to two campus libraries.', fi: 'Viisi päivää Joensuussa: oppimisympäristöt, avoimen tieteen palvelut ja kirjastopedagogiikka.' },
      description: {
        en: '<p>The University Library of Eastern Lakeland invites <strong>library staff from partner institutions</strong> to a week on how libraries support learning and open science.</p>' +
          '<ul><li>Monday: welcome, tour of the learning centre and participants’ pecha kucha</li><li>Tuesday–Wednesday: workshops on learning-space design and information literacy teaching</li>' +
          '<li>Thursday: job shadowing in a team of your choice, sauna evening</li><li>Friday: open science services, round-up and certificates</li></ul>' +
          '<p>Lunches and the social programme are included. Read the <a href="https://www.itajarvi-yliopisto.fi/en/library/staff-week-2028">full programme</a>.</p>',
        fi: '<p>Itä-Järvisuomen yliopiston kirjasto kutsuu <strong>kumppanikorkeakoulujen kirjastohenkilöstöä</strong> viikoksi oppimisen ja avoimen tieteen tukemisen teemoihin.</p>' +
          '<p>Lue <a href="https://www.itajarvi-yliopisto.fi/kirjasto/henkilostoviikko-2028">koko ohjelma</a>.</p>',
      },
      url: 'https://www.itajarvi-yliopisto.fi/en/library/staff-week-2028',
      provider: organisation(itajarvi),
      location: place(itajarvi),
      mode: 'onsite',
      start: '2028-02-14',
      end: '2028-02-18',
      application: {
        opens: '2026-10-01', deadline: '2027-12-15T23:59:00+02:00', url: 'https://www.itajarvi-yliopisto.fi/en/library/staff-week-2028/apply',
        places: 24, placesLeft: 17, form: applicationForm(itajarvi),
      },
      audience: ['library-staff'],
      topics: ['libraries', 'open-science'],
      fields: ['0322'],
      languages: [{ lang: 'en', level: 'B2' }],
      fee: { amount: 150, currency: 'EUR', covers: { en: 'Programme, lunches and the social programme', fi: 'Ohjelma, lounaat ja vapaa-ajan ohjelma' } },
      funding: ['erasmus-plus-ka1'],
      contact: { name: 'Library staff week team', email: 'library.staffweek@itajarvi-yliopisto.fi' },
      tags: ['sauna-evening'],
      updated: '2026-11-18T09:00:00Z',
    },
    {
      id: 'turia-international-relations-week-2028',
      kind: 'staff-week',
      title: { en: 'International Relations Staff Week 2028', es: 'Semana de formación en relaciones internacionales 2028' },
      summary: { en: 'Five days in Valencia on Erasmus Without Paper, balanced partnerships and welcoming international students.', es: 'Cinco días en Valencia: Erasmus Without Paper, acuerdos equilibrados y acogida de estudiantes internacionales.' },
      description: '<p>Our International Relations Service hosts colleagues from partner universities for a week of <strong>workshops and job shadowing</strong>.</p>' +
        '<ul><li>digital learning agreements and EWP in daily practice</li><li>a visit to the Welcome Point for incoming students</li><li>a paella evening by the Turia gardens</li></ul>',
      url: 'https://www.uturia.es/en/international/staff-week-2028',
      provider: organisation(turia),
      location: place(turia),
      mode: 'onsite',
      start: '2028-03-06',
      end: '2028-03-10',
      application: { opens: '2026-11-01', deadline: '2028-01-15', places: 30, form: applicationForm(turia) },
      audience: ['administrative-staff'],
      topics: ['international-relations'],
      fields: ['0413'],
      languages: [{ lang: 'en', level: 'B2' }, { lang: 'es', level: 'A2' }],
      fee: { amount: 200, currency: 'EUR', covers: 'Programme, lunches, the cultural visit and the farewell dinner' },
      funding: ['erasmus-plus-ka1'],
      contact: { email: 'staffweek@uturia.es' },
      updated: '2026-11-10T11:30:00Z',
    },
    {
      id: 'euroteach-clil-barcelona-2028-01',
      kind: 'course',
      title: 'CLIL in Practice: Teaching Your Subject Through English (January 2028)',
      summary: 'Five-day course for teachers in Barcelona, eligible for Erasmus+ KA1 funding. Book until the course starts or it is full.',
      description: '<p>Plan and try out CLIL lessons for your own subject, with <strong>peer feedback</strong> every afternoon.</p><ul><li>scaffolding language in subject lessons</li><li>assessment in CLIL</li><li>a visit to a bilingual secondary school</li></ul>',
      url: 'https://www.euroteach-academy.eu/courses/clil',
      provider: organisation(euroteach),
      location: { city: 'Barcelona', country: 'ES', lat: 41.3874, lon: 2.1686 },
      mode: 'onsite',
      start: '2028-01-17',
      end: '2028-01-21',
      application: { url: 'https://www.euroteach-academy.eu/courses/clil/book', places: 16, placesLeft: 9, form: applicationForm(euroteach, { consent: false }) },
      audience: ['teachers'],
      topics: ['language-centres', 'teacher-education'],
      fields: ['0114'],
      languages: [{ lang: 'en', level: 'B1' }],
      fee: { amount: 420, currency: 'EUR', covers: 'Tuition, materials, certificate of attendance and one cultural visit' },
      funding: ['erasmus-plus-ka1'],
      recognition: { note: 'Certificate of attendance; Europass Mobility on request.' },
      contact: { email: 'courses@euroteach-academy.eu' },
      tags: ['commercial-training'],
      feedback: { rating: 4.6, count: 212 },
      updated: '2026-11-20T15:00:00Z',
    },
    // ---- Swedish only
    {
      id: 'hmb-personalvecka-2028',
      kind: 'staff-week',
      language: 'sv',
      title: 'Internationell personalvecka 2028: hållbar mobilitet',
      summary: 'Fem dagar i Västerås om gröna resor, inkluderande utbyten och digitala ansökningar. Programmet hålls på engelska.',
      description: '<p>Högskolan i Mälarbygden bjuder in <strong>personal från partnerlärosäten</strong> till en vecka om hållbar mobilitet.</p>' +
        '<ul><li>måndag: välkomstmottagning och campusvandring</li><li>tisdag–torsdag: workshoppar och jobbskuggning på Internationella kontoret</li><li>fredag: summering och intyg</li></ul>' +
        '<p>Läs hela <a href="https://www.hmb.se/internationellt/personalvecka-2028">programmet</a>.</p>',
      url: 'https://www.hmb.se/internationellt/personalvecka-2028',
      provider: organisation(hmb),
      location: place(hmb),
      mode: 'onsite',
      start: '2028-03-13',
      end: '2028-03-17',
      application: { opens: '2026-11-01', deadline: '2027-12-31', places: 25, form: applicationForm(hmb, { lang: 'sv' }) },
      audience: ['administrative-staff'],
      topics: ['international-relations', 'sustainability'],
      fields: ['0413'],
      languages: [{ lang: 'en', level: 'B2' }],
      fee: { amount: 2500, currency: 'SEK', covers: 'Program, luncher och sociala aktiviteter' },
      funding: ['erasmus-plus-ka1'],
      contact: { email: 'staffweek@hmb.se' },
      updated: '2026-11-16T10:00:00Z',
    },
    {
      id: 'vuxnorr-jobbskuggning-vard-2027',
      kind: 'job-shadowing',
      direction: 'request',
      language: 'sv',
      title: 'Vi söker värdar för jobbskuggning inom vård och omsorg',
      summary: 'Sex lärare i vård och omsorg från vårt konsortium söker jobbskuggning hos vuxenutbildningar eller vårdskolor i Finland, Nederländerna eller Tjeckien.',
      description: '<p>Konsortiet <strong>Vuxenutbildning i Norr</strong> består av 13 kommunala vuxenutbildningar. Våra lärare vill se hur andra länder kombinerar språkinlärning och yrkesutbildning inom vård och omsorg.</p>' +
        '<ul><li>en till två veckor, hösten 2027</li><li>finansieras genom Erasmus+ KA1</li><li>vi tar gärna emot era lärare i gengäld</li></ul>',
      provider: organisation(byKey('vux-norr')),
      location: place(byKey('vux-norr')),
      mode: 'onsite',
      start: '2027-09-01',
      end: '2027-11-30',
      audience: ['teachers'],
      topics: ['health-care', 'language-integration'],
      fields: ['0921'],
      languages: [{ lang: 'en', level: 'B1' }],
      funding: ['erasmus-plus-ka1'],
      contact: { name: 'Erasmussamordnare', email: 'erasmus@vuxnorr.se' },
      updated: '2026-11-02T08:15:00Z',
    },
    {
      id: 'vuxnorr-apl-hotell-malta-2027',
      kind: 'vet-placement',
      language: 'sv',
      title: 'Arbetsplatsförlagt lärande på hotell och restaurang i Valletta',
      summary: 'Fyra veckors APL på Malta för vuxna elever inom restaurang och livsmedel. Resa, boende och handledning ingår.',
      description: '<p>Eleverna arbetar i kök eller servering på hotell i Valletta med en <strong>handledare på plats</strong>. Läranderesultaten bedöms enligt ECVET och tillgodoräknas i kursen.</p>',
      provider: organisation(byKey('vux-norr')),
      location: { city: 'Valletta', country: 'MT', lat: 35.8989, lon: 14.5146 },
      mode: 'onsite',
      start: '2027-04-05',
      end: '2027-04-30',
      application: { opens: '2026-11-01', deadline: '2027-01-31', email: 'erasmus@vuxnorr.se', places: 8, placesLeft: 3 },
      audience: ['adult-learners'],
      topics: ['hotel-restaurant-tourism'],
      fields: ['1013'],
      languages: [{ lang: 'en', level: 'A2' }],
      fee: { amount: 0, currency: 'SEK' },
      funding: ['erasmus-plus-ka1'],
      learningOutcomes: ['Tillagar enklare rätter enligt restaurangens recept', 'Arbetar enligt HACCP', 'Kommunicerar med kollegor på engelska'],
      recognition: { ecvet: 5, note: 'Bedöms av handledaren och tillgodoräknas i kursen Matlagning 1.' },
      contact: { email: 'erasmus@vuxnorr.se' },
      updated: '2026-10-28T13:00:00Z',
    },
    {
      id: 'sprakvan-sprakcafe-volontarer',
      kind: 'volunteering',
      language: 'sv',
      title: 'Språkcafé för nyanlända – volontärer sökes',
      summary: 'Var med och samtala på svenska med nyanlända en kväll i veckan i Malmö. Ingen erfarenhet krävs.',
      description: '<p>Vi träffas på stadsbiblioteket varje <strong>onsdag kl. 17–19</strong>. Du får en introduktion och samtalsmaterial.</p>',
      url: 'https://www.sprakvan.se/volontar',
      provider: organisation(byKey('sprakvan')),
      location: place(byKey('sprakvan')),
      mode: 'onsite',
      audience: ['adult-learners'],
      topics: ['language-integration'],
      languages: [{ lang: 'sv', level: 'C1' }],
      fee: { amount: 0, currency: 'SEK' },
      contact: { email: 'volontar@sprakvan.se' },
      updated: '2026-09-12T09:00:00Z',
    },
    {
      id: 'nth-svenska-for-internationell-personal-2027',
      kind: 'course',
      language: 'sv',
      title: 'Svenska för internationell personal (A1–A2), distans',
      summary: 'Kostnadsfri distanskurs i svenska för nyanställd internationell personal och gästforskare.',
      description: '<p>Tolv digitala träffar à 90 minuter med uppgifter mellan träffarna.</p><ul><li>vardagssvenska på jobbet</li><li>svenska högskoleord</li></ul>',
      url: 'https://www.nth.se/sprakcentrum/svenska-a1',
      provider: organisation(byKey('norrland-tech')),
      location: { country: 'SE' },
      mode: 'online',
      start: '2027-02-01',
      end: '2027-05-10',
      application: { deadline: '2027-01-15', url: 'https://www.nth.se/sprakcentrum/svenska-a1/anmalan', places: 30 },
      audience: ['academic-staff', 'administrative-staff'],
      topics: ['language-centres'],
      fields: ['0231'],
      languages: [{ lang: 'sv', level: 'A1' }],
      fee: { amount: 0, currency: 'SEK' },
      contact: { email: 'sprakcentrum@nth.se' },
      updated: '2026-11-05T14:20:00Z',
    },
    {
      id: 'vuxnorr-fortbildning-sfi-digitalt-2027',
      kind: 'course',
      language: 'sv',
      title: 'Fortbildning: digitala verktyg i sfi-undervisningen',
      summary: 'Tre dagar i Sundsvall för lärare i svenska för invandrare, med gäster från Finland och Nederländerna.',
      description: '<p>Praktiska workshoppar om <strong>appar, bildstöd och AI-verktyg</strong> för nybörjare i svenska.</p>',
      provider: organisation(byKey('vux-norr')),
      location: place(byKey('vux-norr')),
      mode: 'onsite',
      start: '2027-05-18',
      end: '2027-05-20',
      application: { opens: '2027-01-10', deadline: '2027-04-15', email: 'fortbildning@vuxnorr.se', places: 24 },
      audience: ['teachers'],
      topics: ['language-integration', 'digital-education'],
      fields: ['0231'],
      languages: [{ lang: 'sv', level: 'C1' }],
      fee: { amount: 1500, currency: 'SEK', covers: 'Luncher och kursmaterial' },
      contact: { email: 'fortbildning@vuxnorr.se' },
      updated: '2026-11-12T07:45:00Z',
    },
    // ---- Dutch only
    {
      id: 'ijsselland-staff-week-duurzame-mobiliteit-2028',
      kind: 'staff-week',
      language: 'nl',
      title: 'Internationale staff week 2028: duurzame mobiliteit',
      summary: 'Vijf dagen in Zwolle over groen reizen, inclusieve uitwisselingen en digitale leerovereenkomsten. Het programma is in het Engels.',
      description: '<p>Hogeschool IJsselland ontvangt <strong>collega’s van partnerinstellingen</strong> voor een week vol workshops en jobshadowing.</p>' +
        '<ul><li>maandag: ontvangst en rondleiding</li><li>dinsdag–donderdag: workshops en jobshadowing bij het International Office</li><li>vrijdag: terugblik en certificaten</li></ul>' +
        '<p>Lees het <a href="https://www.hs-ijsselland.nl/internationaal/staff-week-2028">volledige programma</a>.</p>',
      url: 'https://www.hs-ijsselland.nl/internationaal/staff-week-2028',
      provider: organisation(ijssel),
      location: place(ijssel),
      mode: 'onsite',
      start: '2028-02-07',
      end: '2028-02-11',
      application: { opens: '2026-11-15', deadline: '2027-11-30T23:59:00+01:00', places: 20, placesLeft: 20, form: applicationForm(ijssel, { lang: 'nl' }) },
      audience: ['administrative-staff'],
      topics: ['international-relations', 'sustainability'],
      fields: ['0413'],
      languages: [{ lang: 'en', level: 'B2' }],
      fee: { amount: 175, currency: 'EUR', covers: 'Programma, lunches en sociaal programma' },
      funding: ['erasmus-plus-ka1'],
      contact: { email: 'staffweek@hs-ijsselland.nl' },
      updated: '2026-11-19T10:10:00Z',
    },
    {
      id: 'rocwaddenland-stage-zorg-tampere-2027',
      kind: 'vet-placement',
      language: 'nl',
      title: 'Stage in de zorg in Tampere voor mbo-studenten',
      summary: 'Zes weken stage in de ouderenzorg in Tampere (Finland) voor studenten verzorgende-IG, met begeleiding door een Finse praktijkopleider.',
      description: '<p>In samenwerking met Koskiseudun ammattiopisto lopen studenten stage in <strong>woonzorgcentra</strong> in Tampere.</p><ul><li>voorbereidende cursus Engels</li><li>wekelijks contact met de stagebegeleider</li><li>beoordeling volgens afgesproken leerresultaten</li></ul>',
      provider: organisation(byKey('roc-waddenland')),
      location: { city: 'Tampere', country: 'FI', lat: 61.4981, lon: 23.7610 },
      mode: 'onsite',
      start: '2027-09-06',
      end: '2027-10-15',
      application: { opens: '2027-01-15', deadline: '2027-04-01', email: 'internationaal@rocwaddenland.nl', places: 6 },
      audience: ['vet-learners'],
      topics: ['health-care'],
      fields: ['0921'],
      languages: [{ lang: 'en', level: 'A2' }],
      fee: { amount: 0, currency: 'EUR' },
      funding: ['erasmus-plus-ka1'],
      learningOutcomes: ['Ondersteunt cliënten bij dagelijkse activiteiten volgens het zorgplan', 'Communiceert in het Engels met cliënten en collega’s', 'Werkt volgens de hygiëneprotocollen van de instelling'],
      recognition: { ecvet: 6, note: 'De stage telt mee als bpv-uren binnen de opleiding.' },
      contact: { email: 'internationaal@rocwaddenland.nl' },
      updated: '2026-11-03T12:00:00Z',
    },
    {
      id: 'samenleren-taalmaatjes',
      kind: 'volunteering',
      language: 'nl',
      title: 'Taalmaatjes gezocht voor nieuwkomers in Utrecht',
      summary: 'Oefen een uur per week Nederlands met een nieuwkomer. Je krijgt een training en begeleiding.',
      description: '<p>Als <strong>taalmaatje</strong> spreek je wekelijks af met een nieuwkomer die Nederlands leert. Wij zorgen voor de koppeling en een startworkshop.</p>',
      url: 'https://www.stichtingsamenleren.nl/taalmaatje',
      provider: organisation(byKey('samen-leren')),
      location: place(byKey('samen-leren')),
      mode: 'onsite',
      audience: ['adult-learners'],
      topics: ['language-integration'],
      languages: [{ lang: 'nl', level: 'C1' }],
      fee: { amount: 0, currency: 'EUR' },
      contact: { email: 'taalmaatje@stichtingsamenleren.nl' },
      updated: '2026-10-20T16:30:00Z',
    },
    {
      id: 'kempenland-jobshadowing-internationalisering',
      kind: 'job-shadowing',
      direction: 'offer',
      language: 'nl',
      title: 'Jobshadowing bij onze dienst internationalisering',
      summary: 'We ontvangen het hele jaar door collega’s voor een week jobshadowing bij de dienst internationalisering in Geel.',
      description: '<p>Je volgt onze medewerkers bij <strong>incoming- en outgoingmobiliteit</strong>, partnerschappen en Erasmus Without Paper. Data in overleg.</p>',
      provider: organisation(byKey('kempenland')),
      location: place(byKey('kempenland')),
      mode: 'onsite',
      application: { email: 'international@hogeschool-kempenland.be', places: 4 },
      audience: ['administrative-staff'],
      topics: ['international-relations'],
      fields: ['0413'],
      languages: [{ lang: 'en', level: 'B2' }],
      fee: { amount: 0, currency: 'EUR' },
      funding: ['erasmus-plus-ka1'],
      contact: { email: 'international@hogeschool-kempenland.be' },
      updated: '2026-09-30T09:00:00Z',
    },
    {
      id: 'rocwaddenland-docent-zoekt-jobshadowing',
      kind: 'job-shadowing',
      direction: 'request',
      language: 'nl',
      title: 'Docent zorg zoekt jobshadowingplek in Scandinavië',
      summary: 'Docent verpleegkunde van ROC Waddenland zoekt een week jobshadowing bij een zorgopleiding in Zweden, Finland of Noorwegen in het voorjaar van 2027.',
      description: '<p>Ik wil vooral zien hoe <strong>simulatieonderwijs</strong> en praktijkbegeleiding georganiseerd zijn. Financiering via Erasmus+ is rond.</p>',
      provider: organisation(byKey('roc-waddenland')),
      location: place(byKey('roc-waddenland')),
      mode: 'onsite',
      start: '2027-03-01',
      end: '2027-05-31',
      audience: ['teachers'],
      topics: ['health-care'],
      fields: ['0913'],
      languages: [{ lang: 'en', level: 'B2' }],
      funding: ['erasmus-plus-ka1'],
      contact: { email: 'internationaal@rocwaddenland.nl' },
      updated: '2026-11-14T11:00:00Z',
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Feeds
// ---------------------------------------------------------------------------------------------------------------

const feed = (title, publisher, opportunities, language = 'en') => ({
  version: '1',
  title,
  language,
  publisher,
  updated: FEED_UPDATED,
  opportunities,
});

/** The main sample: ~300 items across Europe. */
export function buildOpportunities(seed = 20261123) {
  const rng = createRng(seed);
  const items = [...anchors()];
  const ids = new Set(items.map((o) => o.id));
  const add = (prefix, build) => {
    let n = 1;
    while (ids.has(`${prefix}-${n}`)) n++;
    const id = `${prefix}-${n}`;
    ids.add(id);
    items.push(build(id));
  };
  const idFor = (o) => o.provider.url.replace(/^https:\/\/www\./, '').split('.')[0];

  // Staff weeks: a fifth of the open ones take applications through the demo form.
  for (let i = 0; i < 115; i++) {
    const plan = pickPlan(rng);
    const p = rng.weighted(PROVIDERS.filter((x) => x.type === 'hei'));
    const form = ['open', 'closing-soon'].includes(plan) && rng.chance(0.3);
    const o = staffWeek(rng, 'tmp', { provider: p, plan, form });
    add(`${idFor(o)}-staff-week-${o.start.slice(0, 4)}`, (id) => ({ ...o, id }));
  }
  // Nordic library staff weeks and librarians looking for hosts, for the partner page (country="FI,SE" topic="libraries").
  const libraries = STAFF_WEEK_TOPICS.find((t) => t.topic === 'libraries');
  for (const [key, plan] of [['oulu-arctic', 'open'], ['abo-kust', 'upcoming'], ['norrland-tech', 'past'], ['malarbygden', 'closing-soon'], ['nasijarvi', 'open']]) {
    const o = staffWeek(rng, 'tmp', { provider: byKey(key), topic: libraries, plan, form: plan === 'open' });
    add(`${idFor(o)}-library-week-${o.start.slice(0, 4)}`, (id) => ({ ...o, id }));
  }
  const librarian = SHADOWING_ROLES.find((r) => r.role === 'librarian');
  for (const key of ['itajarvi', 'malarbygden', 'abo-kust']) add('js-request', (id) => shadowingRequest(rng, id, { provider: byKey(key), role: librarian }));
  // Job shadowing: many people looking, few places offered (as on staffmobility.eu).
  for (let i = 0; i < 46; i++) add('js-request', (id) => shadowingRequest(rng, id));
  for (let i = 0; i < 3; i++) add('js-offer', (id) => shadowingOffer(rng, id));
  for (let i = 0; i < 14; i++) add('teaching', (id) => teaching(rng, id));
  for (const c of COURSES) {
    const sessions = rng.int(1, 3);
    for (let s = 0; s < sessions; s++) {
      const plan = pickPlan(rng);
      const p = byKey(rng.pick(c.hosts));
      const form = ['open', 'closing-soon'].includes(plan) && rng.chance(0.4);
      add(`${p.key}-${c.key}`, (id) => course(rng, id, { course: c, provider: p, plan, form }));
    }
  }
  for (let i = 0; i < 28; i++) add('vet', (id) => vetPlacement(rng, id));
  for (let i = 0; i < 18; i++) {
    const plan = pickPlan(rng);
    const form = ['open', 'closing-soon'].includes(plan) && rng.chance(0.3);
    add('traineeship', (id) => traineeship(rng, id, { plan, form }));
  }
  for (let i = 0; i < 8; i++) add('volunteering', (id) => volunteering(rng, id));
  for (let i = 0; i < 12; i++) add('research', (id) => researchJob(rng, id));
  for (const g of GOOD_PRACTICES) add(`guide-eu-${g.partner}`, (id) => goodPractice(rng, id, { practice: g }));
  for (const item of OTHER_ITEMS) add('event', (id) => other(rng, id, { item, plan: rng.pick(['open', 'past', 'closing-soon']) }));

  return feed(
    { en: 'European mobility and learning opportunities (demo sample)', nl: 'Europese mobiliteits- en leerkansen (demo)', sv: 'Europeiska möjligheter till mobilitet och lärande (demo)' },
    { name: 'opportunity-kit demo', url: `${DEMO_ORIGIN}/` },
    items,
  );
}

/** One university's own feed: Universiteit Scheldeland's staff weeks (for university.html). */
export function buildUniversity(seed = 42) {
  const rng = createRng(seed);
  const p = {
    key: 'scheldeland', name: { nl: 'Universiteit Scheldeland', en: 'Scheldeland University' }, country: 'BE', city: 'Gent', type: 'hei',
    domain: 'scheldeland.be', lang: 'nl', erasmus: 'B  GENT42', schac: 'scheldeland.be', pic: '999845126', lat: 51.0543, lon: 3.7174,
  };
  const T = (topic) => STAFF_WEEK_TOPICS.find((t) => t.topic === topic);
  const week = (id, topic, plan, { title, start, opens, deadline, places = 25, placesLeft, form, fee = 150, days = 5, theme, status, nl }) => {
    const t = T(topic);
    const path = `/en/staff-weeks/${id.replace('scheldeland-', '')}`;
    const o = {
      id,
      kind: 'staff-week',
      title: title ?? { en: `${t.title.en} ${start.slice(0, 4)}`, nl: `${t.title.nl} ${start.slice(0, 4)}` },
      summary: {
        en: `${DAY_WORDS[days]} days in Gent on ${theme}: workshops, job shadowing in ${t.unit} and a walk through the historic city centre.`,
        nl: nl ?? STAFF_WEEK_SUMMARY.nl(days, 'Gent'),
      },
      description:
        `<p>Scheldeland University welcomes colleagues from partner institutions to share practice on <strong>${esc(theme)}</strong>.</p>` +
        list(['Monday: welcome at the Aula and campus tour', `Tuesday–Thursday: workshops and job shadowing in ${t.unit}`, 'Friday: round-up and certificates of attendance']) +
        `<p>Lunches, the boat trip on the Leie and the farewell dinner are included. ${link(site(p, path), 'Full programme')}.</p>`,
      url: site(p, path),
      provider: organisation(p),
      location: place(p),
      mode: 'onsite',
      start,
      end: iso(day(start) + days - 1),
      application: { ...(opens ? { opens } : {}), deadline, url: site(p, `${path}/apply`), places, ...(placesLeft !== undefined ? { placesLeft } : {}), ...(form ? { form: applicationForm(p) } : {}) },
      audience: [...t.audience],
      topics: [t.topic, ...(t.extraTopics ?? [])],
      fields: [...t.fields],
      languages: [{ lang: 'en', level: 'B2' }],
      fee: { amount: fee, currency: 'EUR', covers: { en: 'Programme, lunches, boat trip and farewell dinner', nl: 'Programma, lunches, boottocht en afscheidsdiner' } },
      funding: ['erasmus-plus-ka1'],
      contact: { email: 'staffweek@scheldeland.be' },
    };
    if (status) o.status = status;
    if (plan === 'past') o.feedback = { rating: rng.int(42, 49) / 10, count: rng.int(14, 30) };
    o.updated = timestamp(rng, Math.min(REF - 1, day(opens ?? deadline) + rng.int(0, 20)));
    return o;
  };
  const items = [
    week('scheldeland-research-support-2026', 'research-support', 'past', { start: '2026-06-15', opens: '2026-01-15', deadline: '2026-03-31', theme: 'Horizon Europe proposal support' }),
    week('scheldeland-international-week-2026', 'international-relations', 'past', { title: { en: 'International Week 2026', nl: 'Internationale week 2026' }, start: '2026-10-12', opens: '2026-03-01', deadline: '2026-06-30', places: 40, theme: 'internationalisation at home' }),
    week('scheldeland-student-services-2026', 'academic-affairs', 'closed', { start: '2026-12-07', opens: '2026-06-01', deadline: '2026-10-15', theme: 'student well-being services' }),
    week('scheldeland-international-relations-2027', 'international-relations', 'closing-soon', { start: '2027-03-15', opens: '2026-09-01', deadline: '2026-12-01T23:59:00+01:00', placesLeft: 6, theme: 'Erasmus Without Paper and digital learning agreements', form: true }),
    week('scheldeland-language-centre-2027', 'language-centres', 'cancelled', { start: '2027-02-08', opens: '2026-09-15', deadline: '2026-12-15', theme: 'English-medium instruction', status: 'cancelled' }),
    week('scheldeland-hr-2027', 'human-resources', 'full', { start: '2027-04-19', opens: '2026-09-01', deadline: '2027-01-31', places: 20, placesLeft: 0, theme: 'onboarding international staff' }),
    week('scheldeland-library-2027', 'libraries', 'open', { title: { en: 'International Library Staff Week 2027: Open Science', nl: 'Internationale bibliotheekweek 2027: open science' }, start: '2027-05-10', opens: '2026-11-01', deadline: '2027-02-28T23:59:00+01:00', theme: 'open science services', form: true }),
    week('scheldeland-ict-2027', 'ict', 'upcoming', { start: '2027-06-07', opens: '2027-01-15', deadline: '2027-03-31', fee: 100, days: 4, theme: 'identity management and eduGAIN' }),
    week('scheldeland-green-campus-2027', 'sustainability', 'upcoming', { start: '2027-09-20', opens: '2027-02-01', deadline: '2027-05-31', theme: 'campus carbon accounting' }),
    week('scheldeland-career-centre-2027', 'placements-career-guidance', 'open', { start: '2027-10-11', opens: '2026-11-15', deadline: '2027-06-30', theme: 'employer relations and traineeship matching', form: true }),
    week('scheldeland-digital-teaching-2027', 'digital-education', 'open', { start: '2027-11-15', opens: '2026-11-01', deadline: '2027-09-30', places: 30, fee: 0, days: 3, theme: 'generative AI and assessment', form: true }),
    week('scheldeland-international-week-2028', 'international-relations', 'upcoming', { title: { en: 'International Week 2028', nl: 'Internationale week 2028' }, start: '2028-03-13', opens: '2027-09-01', deadline: '2027-12-15', places: 40, theme: 'the European Universities alliances' }),
  ];
  items.push({
    id: 'scheldeland-job-shadowing-international-office',
    kind: 'job-shadowing',
    direction: 'offer',
    title: { en: 'Job shadowing at the International Relations Office', nl: 'Jobshadowing bij de Dienst Internationale Relaties' },
    summary: { en: 'One week alongside our staff on dates agreed with you, all year round except in August.', nl: 'Een week meelopen met onze medewerkers, op data in overleg, het hele jaar behalve in augustus.' },
    description: '<p>We host <strong>two colleagues at a time</strong>. Send your preferred dates and a short motivation to our incoming staff mailbox.</p>',
    url: site(p, '/en/international/job-shadowing'),
    provider: organisation(p),
    location: place(p),
    mode: 'onsite',
    application: { email: 'incoming.staff@scheldeland.be', places: 2 },
    audience: ['administrative-staff'],
    topics: ['international-relations'],
    fields: ['0413'],
    languages: [{ lang: 'en', level: 'B2' }],
    fee: { amount: 0, currency: 'EUR' },
    funding: ['erasmus-plus-ka1'],
    contact: { email: 'incoming.staff@scheldeland.be' },
    updated: '2026-08-25T09:00:00Z',
  });
  return feed(
    { en: 'Staff weeks at Scheldeland University', nl: 'Staff weeks aan de Universiteit Scheldeland' },
    { name: { nl: 'Universiteit Scheldeland', en: 'Scheldeland University' }, url: 'https://www.scheldeland.be' },
    items,
  );
}

/** The members of the Hanse Higher Education Network, for network.json. */
export const NETWORK_MEMBERS = [
  { key: 'hanse-luebeck', name: { de: 'Hansehochschule Lübeck', en: 'Hanse University of Applied Sciences Lübeck' }, country: 'DE', city: 'Lübeck', type: 'hei', domain: 'hansehochschule-luebeck.de', lang: 'de', erasmus: 'D  LUBECK05', schac: 'hansehochschule-luebeck.de', lat: 53.8655, lon: 10.6866 },
  { key: 'tallinn-digital', name: { et: 'Tallinna Digitaalse Innovatsiooni Kõrgkool', en: 'Tallinn College of Digital Innovation' }, country: 'EE', city: 'Tallinn', type: 'hei', domain: 'tdik.ee', lang: 'et', erasmus: 'EE TALLINN12', schac: 'tdik.ee', lat: 59.4370, lon: 24.7536 },
  { key: 'riga-tech', name: { lv: 'Rīgas Tehniskā akadēmija', en: 'Riga Technical Academy' }, country: 'LV', city: 'Rīga', type: 'hei', domain: 'rta-academy.lv', lang: 'lv', erasmus: 'LV RIGA51', schac: 'rta-academy.lv', lat: 56.9496, lon: 24.1052 },
  { key: 'gdansk-hanza', name: { pl: 'Hanzeatycka Szkoła Wyższa w Gdańsku', en: 'Hanseatic University in Gdańsk' }, country: 'PL', city: 'Gdańsk', type: 'hei', domain: 'hanzeatycka.edu.pl', lang: 'pl', erasmus: 'PL GDANSK15', schac: 'hanzeatycka.edu.pl', lat: 54.3520, lon: 18.6466, currency: 'PLN' },
  { key: 'bergen-vest', name: { nb: 'Høgskolen Bergen Vest', en: 'Bergen West University College' }, country: 'NO', city: 'Bergen', type: 'hei', domain: 'hbv-bergen.no', lang: 'nb', erasmus: 'N  BERGEN17', schac: 'hbv-bergen.no', lat: 60.3913, lon: 5.3221 },
  { key: 'turku-hansa', name: { fi: 'Turun Hansa-ammattikorkeakoulu', sv: 'Hansa yrkeshögskola i Åbo', en: 'Turku Hansa University of Applied Sciences' }, country: 'FI', city: 'Turku', type: 'hei', domain: 'hansa-amk.fi', lang: 'fi', erasmus: 'SF TURKU14', schac: 'hansa-amk.fi', lat: 60.4518, lon: 22.2666 },
  { key: 'visby', name: { sv: 'Högskolan i Hansestaden Visby', en: 'Visby Hanseatic University College' }, country: 'SE', city: 'Visby', type: 'hei', domain: 'hhv-visby.se', lang: 'sv', erasmus: 'S  VISBY02', schac: 'hhv-visby.se', lat: 57.6348, lon: 18.2948, currency: 'SEK' },
  { key: 'kaunas-hanza', name: { lt: 'Kauno Hanzos kolegija', en: 'Kaunas Hanza University of Applied Sciences' }, country: 'LT', city: 'Kaunas', type: 'hei', domain: 'hanzos-kolegija.lt', lang: 'lt', erasmus: 'LT KAUNAS22', schac: 'hanzos-kolegija.lt', lat: 54.8985, lon: 23.9036 },
  { key: 'deventer', name: { nl: 'Hogeschool Hanzestad Deventer', en: 'Deventer Hanseatic University of Applied Sciences' }, country: 'NL', city: 'Deventer', type: 'hei', domain: 'hs-hanzestad.nl', lang: 'nl', erasmus: 'NL DEVENTE03', schac: 'hs-hanzestad.nl', lat: 52.2551, lon: 6.1639 },
  { key: 'brugge', name: { nl: 'Hogeschool Brugge-Oostende', en: 'Bruges-Ostend University College' }, country: 'BE', city: 'Brugge', type: 'hei', domain: 'hs-brugge-oostende.be', lang: 'nl', erasmus: 'B BRUGGE11', schac: 'hs-brugge-oostende.be', lat: 51.2093, lon: 3.2247 },
];
const NETWORK = { key: 'hanse-net', name: { en: 'Hanse Higher Education Network', de: 'Hanse-Hochschulnetzwerk' }, country: 'DE', city: 'Lübeck', type: 'network', domain: 'hanse-he.net', lang: 'en', lat: 53.8655, lon: 10.6866 };

/** The network portal's feed: member staff weeks, members' job-shadowing requests, network events. */
export function buildNetwork(seed = 1358) {
  const rng = createRng(seed);
  const items = [];
  let n = 0;
  const id = (what) => `hanse-net-${what}-${++n}`;
  for (let i = 0; i < 18; i++) {
    const p = rng.pick(NETWORK_MEMBERS);
    const plan = pickPlan(rng);
    const o = staffWeek(rng, id('staff-week'), { provider: p, plan, form: ['open', 'closing-soon'].includes(plan) && rng.chance(0.4) });
    (o.tags ??= []).push('hanse-network');
    items.push(o);
  }
  for (let i = 0; i < 16; i++) {
    const r = rng.pick(SHADOWING_ROLES.filter((x) => x.hosts.includes('hei')));
    const o = shadowingRequest(rng, id('job-shadowing'), { provider: rng.pick(NETWORK_MEMBERS), role: r });
    (o.tags ??= []).push('hanse-network');
    items.push(o);
  }
  const events = [
    ['Hanse Network Annual Conference 2027: Mobility on the Baltic and North Sea', '2027-06-02', '2027-06-04', 'onsite', 'deventer', 'open'],
    ['Webinar: green travel for staff mobility around the Baltic Sea', '2026-12-09', '2026-12-09', 'online', 'visby', 'closing-soon'],
    ['Network workshop: joint blended intensive programmes', '2026-09-23', '2026-09-24', 'onsite', 'gdansk-hanza', 'past'],
    ['Hanse Summer School for International Officers 2027', '2027-08-23', '2027-08-27', 'onsite', 'tallinn-digital', 'upcoming'],
  ];
  for (const [title, start, end, mode, host, plan] of events) {
    const p = NETWORK_MEMBERS.find((m) => m.key === host);
    const deadline = iso(day(start) - (plan === 'closing-soon' ? 2 : 45));
    items.push({
      id: id('event'),
      kind: 'other',
      title,
      summary: `${mode === 'online' ? 'Online event' : `Hosted by ${en(p.name)} in ${p.city}`} for staff of the ten member institutions of the Hanse Higher Education Network.`,
      description: `<p>Open to <strong>all staff of member institutions</strong>; partners from outside the network are welcome as guests.</p>${list(['keynotes and workshops', 'a partner fair', 'a walk through the Hanseatic old town'].slice(0, mode === 'online' ? 1 : 3))}`,
      url: site(NETWORK, `/events/${slug(title).slice(0, 40)}`),
      provider: organisation(NETWORK),
      location: mode === 'online' ? { country: p.country } : place(p),
      mode,
      start,
      end,
      application: { ...(plan === 'upcoming' ? { opens: '2027-02-01' } : {}), deadline, url: site(NETWORK, '/events/register'), places: mode === 'online' ? 300 : 120 },
      audience: ['administrative-staff', 'academic-staff'],
      topics: ['international-relations'],
      fee: { amount: mode === 'online' ? 0 : 120, currency: 'EUR' },
      contact: { email: 'office@hanse-he.net' },
      tags: ['hanse-network'],
      updated: timestamp(rng, REF - rng.int(5, 90)),
    });
  }
  return feed(
    { en: 'Hanse Higher Education Network: staff mobility', de: 'Hanse-Hochschulnetzwerk: Personalmobilität' },
    { name: NETWORK.name, url: site(NETWORK) },
    items,
  );
}

/**
 * A feed with mistakes that publishers really make, to show how issues are reported: each bad item is dropped with a
 * message, the good ones are kept.
 */
export function buildBroken() {
  const rng = createRng(7);
  const good = buildUniversity().opportunities.slice(5, 8).map((o) => ({ ...o, id: `ok-${o.id}` }));
  const base = { ...good[0] };
  const bad = (id, patch) => ({ ...base, id, ...patch });
  return {
    version: '1',
    title: 'A feed with mistakes (demo)',
    language: 'en',
    publisher: { name: 'opportunity-kit demo', url: `${DEMO_ORIGIN}/` },
    updated: FEED_UPDATED,
    opportunities: [
      ...good,
      bad('bad-country', { title: 'Country written out', provider: { ...base.provider, country: 'Belgium' } }),
      bad('bad-date', { title: 'Day-first date', application: { ...base.application, deadline: '28/02/2027' } }),
      bad('bad-url', { title: 'Script URL', url: 'javascript:alert(1)' }),
      bad('bad-kind', { title: 'Unknown kind', kind: 'workshop' }),
      bad('bad-range', { title: 'Ends before it starts', start: '2027-05-14', end: '2027-05-10' }),
      bad('bad-currency', { title: 'Currency name', fee: { amount: 150, currency: 'EURO' } }),
      bad('bad-level', { title: 'Language level out of CEFR', languages: [{ lang: 'en', level: 'B3' }] }),
      bad('bad-select', {
        title: 'Select without options',
        application: { ...base.application, form: { endpoint: APPLY_ENDPOINT, fields: [{ name: 'role', type: 'select', label: 'Your role' }] } },
      }),
      { ...base, id: undefined, title: 'No id at all' },
      { id: 'no-title', kind: 'course', provider: { name: 'Somewhere' } },
      { ...good[1] }, // duplicate id
      'not an object',
      {
        ...good[2],
        id: 'ok-unsafe-html',
        title: 'Valid item whose description carries unsafe HTML (sanitised on display)',
        description: '<p onclick="alert(1)">Programme</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">link</a>',
        updated: timestamp(rng, REF - 3),
      },
    ],
  };
}

/** `count` generated items (default 10,000) for large.html and benchmarks. */
export function buildLarge(count = LARGE_COUNT, seed = 10_000) {
  const rng = createRng(seed);
  const form = () => rng.chance(0.03);
  const builders = [
    { weight: 34, make: (id) => staffWeek(rng, id, { form: form() }) },
    { weight: 18, make: (id) => shadowingRequest(rng, id) },
    { weight: 1, make: (id) => shadowingOffer(rng, id) },
    { weight: 6, make: (id) => teaching(rng, id) },
    { weight: 12, make: (id) => course(rng, id, { form: form() }) },
    { weight: 12, make: (id) => vetPlacement(rng, id, { form: form() }) },
    { weight: 7, make: (id) => traineeship(rng, id, { form: form() }) },
    { weight: 4, make: (id) => volunteering(rng, id) },
    { weight: 5, make: (id) => researchJob(rng, id) },
    { weight: 1, make: (id) => goodPractice(rng, id) },
  ];
  const items = [];
  for (let i = 1; i <= count; i++) items.push(rng.weighted(builders).make(`large-${String(i).padStart(5, '0')}`));
  return feed({ en: `${count.toLocaleString('en')} generated opportunities (speed test)` }, { name: 'opportunity-kit demo', url: `${DEMO_ORIGIN}/` }, items);
}

/** How feeds are written: committed ones indented for readable diffs, large.json compact. */
export const serialize = (value, { compact = false } = {}) => (compact ? JSON.stringify(value) : JSON.stringify(value, null, 1)) + '\n';

/** File name → content of every committed demo feed. */
export function committedFeeds() {
  return {
    'opportunities.json': serialize(buildOpportunities()),
    'university.json': serialize(buildUniversity()),
    'network.json': serialize(buildNetwork()),
    'broken.json': serialize(buildBroken()),
  };
}

/** Write large.json (used by the demo server when it is missing). */
export async function writeLarge(dir = DATA_DIR, count = LARGE_COUNT) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'large.json');
  // Write then rename, so that a reader never sees half a file.
  await writeFile(`${file}.tmp`, serialize(buildLarge(count), { compact: true }));
  await rename(`${file}.tmp`, file);
  return file;
}

export async function writeAll({ dir = DATA_DIR, large = false } = {}) {
  await mkdir(dir, { recursive: true });
  const written = [];
  for (const [name, content] of Object.entries(committedFeeds())) {
    await writeFile(join(dir, name), content);
    written.push(name);
  }
  if (large) written.push((await writeLarge(dir)).split(/[\\/]/).pop());
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await writeAll({ large: process.argv.includes('--large') });
  console.log(`wrote ${written.map((f) => `demo/data/${f}`).join(', ')}`);
}
