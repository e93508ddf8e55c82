import { parseFeed } from '../../src/sdk/feed/parse.js';
import type { Opportunity } from '../../src/sdk/feed/schema.js';

export const ENDPOINT = new URL('/api/test-applications', location.href).href;

let n = 0;
/** A fresh id per call, so drafts of different tests never meet in the shared localStorage. */
export const freshId = (name = 'week') => `${name}-${Date.now().toString(36)}-${++n}`;

export const allFields = [
  { name: 'givenName', type: 'text', label: { en: 'Given name' }, required: true, autocomplete: 'given-name', help: 'As in your passport' },
  { name: 'email', type: 'email', label: 'E-mail', required: true, autocomplete: 'email' },
  { name: 'phone', type: 'tel', label: 'Phone', autocomplete: 'tel' },
  { name: 'site', type: 'url', label: 'Web page', autocomplete: 'url' },
  { name: 'motivation', type: 'textarea', label: 'Motivation', maxLength: 200 },
  { name: 'years', type: 'number', label: 'Years of experience', min: 0, max: 50 },
  { name: 'arrival', type: 'date', label: 'Arrival' },
  { name: 'role', type: 'select', label: 'Your role', options: [{ value: 'admin', label: 'Administrative staff' }, { value: 'academic', label: 'Academic staff' }] },
  { name: 'mode', type: 'radio', label: 'Participation', options: [{ value: 'onsite', label: 'On site' }, { value: 'online', label: 'Online' }] },
  { name: 'allDays', type: 'checkbox', label: 'I can attend all five days' },
  { name: 'topics', type: 'checkboxes', label: 'Topics', options: [{ value: 'ict', label: 'ICT' }, { value: 'hr', label: 'Human resources' }] },
  { name: 'country', type: 'country', label: 'Country', autocomplete: 'country' },
  { name: 'english', type: 'language-level', label: 'English level' },
  { name: 'cv', type: 'file', label: 'CV (PDF)', accept: '.pdf,application/pdf', maxBytes: 2048 },
  { name: 'source', type: 'hidden', label: 'Source', value: 'newsletter' },
];

export const privacy = {
  controller: 'Ghent University',
  purpose: 'Selecting participants',
  retention: '12 months',
  policyUrl: 'https://www.ugent.be/privacy',
  contact: 'privacy@ugent.be',
};

export const consents = [{ name: 'newsletter', label: 'Send me future staff weeks', required: false }];

/** An opportunity, parsed like a real feed, open for applications. */
export function opportunity(options: { id?: string; fields?: unknown[]; application?: Record<string, unknown>; extra?: Record<string, unknown>; form?: Record<string, unknown> | null } = {}): Opportunity {
  const id = options.id ?? freshId();
  const form =
    options.form === null
      ? undefined
      : { endpoint: ENDPOINT, fields: options.fields ?? allFields, privacy, consents, ...(options.form ?? {}) };
  const feed = {
    version: '1',
    language: 'en',
    opportunities: [
      {
        id,
        kind: 'staff-week',
        title: 'International Library Staff Week',
        provider: { name: 'Ghent University', country: 'BE' },
        start: '2099-05-10',
        end: '2099-05-14',
        application: { opens: '2020-01-01', deadline: '2099-02-28', ...(form ? { form } : {}), ...(options.application ?? {}) },
        ...(options.extra ?? {}),
      },
    ],
  };
  const r = parseFeed(feed);
  if (!r.opportunities[0]) throw new Error(JSON.stringify(r.issues));
  return r.opportunities[0];
}

/** Only the two required fields: quick to fill in. */
export const shortFields = [allFields[0], allFields[1]];
