import type { ApplicationForm } from '../../src/sdk/feed/schema.js';

export const ENDPOINT = 'https://apply.example.eu/api/applications';

/** A parsed form with one field of every type. */
export const form: ApplicationForm = {
  endpoint: ENDPOINT,
  fields: [
    { name: 'givenName', type: 'text', label: { en: 'Given name' }, required: true, autocomplete: 'given-name', maxLength: 50 },
    { name: 'email', type: 'email', label: { en: 'E-mail' }, required: true, autocomplete: 'email' },
    { name: 'phone', type: 'tel', label: { en: 'Phone' }, autocomplete: 'tel' },
    { name: 'site', type: 'url', label: { en: 'Web page' } },
    { name: 'motivation', type: 'textarea', label: { en: 'Motivation' }, minLength: 10, maxLength: 200 },
    { name: 'years', type: 'number', label: { en: 'Years of experience' }, min: 0, max: 50 },
    { name: 'arrival', type: 'date', label: { en: 'Arrival' } },
    { name: 'role', type: 'select', label: { en: 'Role' }, required: true, options: [{ value: 'admin', label: { en: 'Administrative' } }, { value: 'academic', label: { en: 'Academic' } }] },
    { name: 'mode', type: 'radio', label: { en: 'Mode' }, options: [{ value: 'onsite', label: { en: 'On site' } }, { value: 'online', label: { en: 'Online' } }] },
    { name: 'terms', type: 'checkbox', label: { en: 'I will attend all days' }, required: true },
    { name: 'topics', type: 'checkboxes', label: { en: 'Topics' }, options: [{ value: 'ict', label: { en: 'ICT' } }, { value: 'hr', label: { en: 'HR' } }] },
    { name: 'country', type: 'country', label: { en: 'Country' }, autocomplete: 'country' },
    { name: 'english', type: 'language-level', label: { en: 'English level' } },
    { name: 'cv', type: 'file', label: { en: 'CV' }, accept: '.pdf,application/pdf', maxBytes: 1000 },
    { name: 'source', type: 'hidden', label: { en: 'Source' }, value: 'staffweek-2027' },
    { name: 'erasmus', type: 'text', label: { en: 'Erasmus code' }, pattern: '[A-Z]{1,3} ?[A-Z]+[0-9]{2}' },
  ],
  privacy: {
    controller: { en: 'Ghent University' },
    purpose: { en: 'Selecting participants' },
    retention: { en: '12 months' },
    policyUrl: 'https://www.ugent.be/privacy',
  },
  consents: [
    { name: 'newsletter', label: { en: 'Send me future staff weeks' } },
    { name: 'truth', label: { en: 'My answers are true' }, required: true },
  ],
};

export const good = {
  givenName: ' Ana ',
  email: 'ana@example.eu',
  role: 'admin',
  terms: true,
};
