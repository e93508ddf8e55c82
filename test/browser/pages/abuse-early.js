// Elements that a page script configures before the bundle has loaded (host-abuse.test.ts): properties set on
// unknown elements (they must not shadow the accessors once upgraded), attributes changed, an element moved and one
// created with document.createElement — then the bundle loads late.
const report = (window.__abuse = { errors: [], ready: false });
addEventListener('error', (e) => report.errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => report.errors.push(String((e.reason && e.reason.message) || e.reason)));

// Already in the parsed form (`parseFeed` is in the bundle, which is not loaded yet).
const week = (id, title, extra = {}) => ({
  id,
  kind: 'staff-week',
  title: { en: title },
  provider: { name: { en: 'Ghent University' }, country: 'BE' },
  start: '2099-05-10',
  end: '2099-05-14',
  application: { opens: '2020-01-01', deadline: '2099-02-28' },
  ...extra,
});
const withForm = week('early-form', 'Early form week', {
  description: { en: '<p>Before the <strong>upgrade</strong>.</p>' },
  application: {
    opens: '2020-01-01',
    deadline: '2099-02-28',
    form: {
      endpoint: 'https://apply.example.eu/api',
      fields: [{ name: 'givenName', type: 'text', label: { en: 'Given name' }, required: true }],
      privacy: { controller: { en: 'U' }, purpose: { en: 'P' }, retention: { en: 'R' }, policyUrl: 'https://www.ugent.be/privacy' },
    },
  },
});
const plain = week('early-card', 'Early card week');

const $ = (id) => document.getElementById(id);
report.upgradedAtStart = ['opp-card', 'opp-finder'].some((t) => customElements.get(t));
$('c').opportunity = plain;
$('c').headingLevel = 4;
$('d').opportunity = withForm;
$('s').opportunities = [plain, withForm];
$('a').opportunity = withForm;
$('f').setAttribute('kind', 'staff-week');
$('f').pageSize = 5;
// Moved before the upgrade, and one made with createElement and configured while still unknown.
$('elsewhere').append($('d'));
const late = document.createElement('opp-card');
late.id = 'late';
late.opportunity = withForm;
$('elsewhere').append(late);

setTimeout(async () => {
  await import('/dist/opportunity-kit.js');
  report.ready = true;
}, 200);
