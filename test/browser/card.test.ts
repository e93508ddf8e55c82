import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../../src/i18n/loaders.js';
import '../../src/index.js';
import type { OppCard } from '../../src/index.js';
import { byId, NOW } from './support/feeds.js';
import { deep, textOf } from './support/dom.js';
import { zoneOffset } from '../../src/sdk/text/zones.js';

describe('<opp-card>', () => {
  it('shows kind, title, provider, place, dates, deadline, status, fee and languages', async () => {
    const el = await fixture<OppCard>(html`<opp-card .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-card>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('[part~="kind"]'))).to.equal('Staff week');
    const title = root.querySelector('h2')!;
    expect(textOf(title)).to.equal('International Library Staff Week');
    expect(title.getAttribute('lang')).to.equal('en');
    expect(textOf(root.querySelector('[part~="provider"]'))).to.equal('Ghent University');
    expect(textOf(root.querySelector('[part~="place"] dd'))).to.equal('Gent, Belgium');
    expect(textOf(root.querySelector('[part~="dates"] dd'))).to.match(/May.*2027/);
    expect(textOf(root.querySelector('[part~="deadline"] dd'))).to.match(/^Apply by .*2027/);
    // Status in words, not colour alone.
    expect(textOf(root.querySelector('[part~="badge"]'))).to.equal('Open');
    expect(textOf(root.querySelector('[part~="fee"]'))).to.contain('€150');
    expect(textOf(root.querySelector('[part~="languages"] dd'))).to.equal('English (B2)');
    // The title links to the opportunity's own page when no href is given.
    expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://www.ugent.be/staffweek/library');
    await expect(el).to.be.accessible();
  });

  it('says "closes in 5 days" near the deadline, "Free" for no fee, and marks requests', async () => {
    const el = await fixture<OppCard>(html`<opp-card .opportunity=${byId('helsinki-ir-week')} now=${NOW}></opp-card>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('[part~="badge"]'))).to.equal('Closing soon');
    expect(textOf(root.querySelector('[part~="deadline"] dd'))).to.match(/closes in 5 days$/);
    expect(textOf(root.querySelector('[part~="fee"] dd'))).to.equal('Free');

    const req = await fixture<OppCard>(html`<opp-card .opportunity=${byId('krakow-request')} now=${NOW}></opp-card>`);
    expect(textOf(req.shadowRoot!.querySelector('[part~="kind"]'))).to.equal('Job shadowing · Request (looking for a host)');
    // No URL: the title is a button, still focusable and announced.
    expect(req.shadowRoot!.querySelector('button[part~="link"]')).to.exist;
    await expect(req).to.be.accessible();
  });

  it('shows each status in words', async () => {
    const cases: [string, string][] = [
      ['tampere-hr-week', 'Applications open soon'],
      ['lund-shadowing', 'Closed'],
      ['salamanca-past', 'Past'],
      ['bologna-cancelled', 'Cancelled'],
    ];
    for (const [id, label] of cases) {
      const el = await fixture<OppCard>(html`<opp-card .opportunity=${byId(id)} now=${NOW}></opp-card>`);
      expect(textOf(el.shadowRoot!.querySelector('[part~="badge"]')), id).to.equal(label);
    }
    const upcoming = await fixture<OppCard>(html`<opp-card .opportunity=${byId('tampere-hr-week')} now=${NOW}></opp-card>`);
    expect(textOf(upcoming.shadowRoot!.querySelector('[part~="deadline"] dd'))).to.match(/^Applications open on/);
  });

  it('in deadline order, leads with the application deadline, labelled, even once it has passed', async () => {
    const plain = await fixture<OppCard>(html`<opp-card .opportunity=${byId('lund-shadowing')} now=${NOW}></opp-card>`);
    expect(plain.shadowRoot!.querySelector('[part~="deadline"]'), 'a closed card shows no deadline by default').to.be.null;

    const closed = await fixture<OppCard>(html`<opp-card sort="deadline" .opportunity=${byId('lund-shadowing')} now=${NOW}></opp-card>`);
    const facts = closed.shadowRoot!.querySelector('[part~="facts"]')!;
    const first = facts.firstElementChild!;
    expect(first.getAttribute('part')).to.equal('deadline');
    expect(textOf(first.querySelector('dt'))).to.equal('Application deadline');
    expect(getComputedStyle(first.querySelector('dt')!).position, 'the label is shown').not.to.equal('absolute');
    expect(textOf(first.querySelector('dd'))).to.match(/^10 Jan 2027$|^Jan 10, 2027$/);
    expect(Number(getComputedStyle(first.querySelector('dd')!).fontWeight)).to.be.at.least(600);
    expect(facts.querySelectorAll('[part~="deadline"]').length).to.equal(1);
    await expect(closed).to.be.accessible();

    const soon = await fixture<OppCard>(html`<opp-card sort="deadline" .opportunity=${byId('helsinki-ir-week')} now=${NOW}></opp-card>`);
    const lead = soon.shadowRoot!.querySelector('[part~="facts"]')!.firstElementChild!;
    expect(lead.getAttribute('part')).to.equal('deadline');
    expect(textOf(lead.querySelector('dd'))).to.match(/2027 · closes in 5 days$/);

    const upcoming = await fixture<OppCard>(html`<opp-card sort="deadline" .opportunity=${byId('tampere-hr-week')} now=${NOW}></opp-card>`);
    expect(textOf(upcoming.shadowRoot!.querySelector('[part~="deadline"] dd'))).to.match(/2027 · Applications open on/);
  });

  it('uses the configured heading level and marks content in another language', async () => {
    const el = await fixture<OppCard>(
      html`<opp-card heading-level="3" .opportunity=${byId('umea-traineeship')} now=${NOW}></opp-card>`,
    );
    const h = el.shadowRoot!.querySelector('h3')!;
    expect(h).to.exist;
    expect(textOf(h)).to.equal('Traineeship in health and care');
    expect(h.getAttribute('lang')).to.equal('en');
  });

  it('emits a cancelable opp-select; cancelled, the link is not followed', async () => {
    const el = await fixture<OppCard>(html`<opp-card .opportunity=${byId('ugent-library-week')} href="https://example.eu/?opp=x"></opp-card>`);
    const seen: string[] = [];
    el.addEventListener('opp-select', (e) => {
      seen.push(e.detail.id);
      e.preventDefault();
    });
    const link = deep<HTMLAnchorElement>(el, 'a')!;
    expect(link.href).to.equal('https://example.eu/?opp=x');
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(seen).to.deep.equal(['ugent-library-week']);
    expect(click.defaultPrevented).to.be.true;
  });

  it('never renders an unsafe URL', async () => {
    const o = { ...byId('ugent-library-week'), url: 'javascript:alert(1)' };
    const el = await fixture<OppCard>(html`<opp-card .opportunity=${o} href="javascript:alert(2)"></opp-card>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button[part~="link"]')).to.exist;
  });

  it('is accessible in dark theme too', async () => {
    const el = await fixture<OppCard>(html`<opp-card theme="dark" .opportunity=${byId('helsinki-ir-week')} now=${NOW}></opp-card>`);
    const bg = getComputedStyle(el.shadowRoot!.querySelector('article')!).backgroundColor;
    expect(bg).to.equal('rgb(30, 33, 39)');
    await expect(el).to.be.accessible();
  });

  it('never loads DOMPurify for a list of cards', async () => {
    // An observer sees every resource loaded from now on (the timing buffer may be full of the test's own modules).
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    try {
      // fixtureSync: a plain <div> root would make fixture() wait for an animation frame (none in a background tab).
      fixtureSync(html`<div lang="de">${['ugent-library-week', 'helsinki-ir-week'].map((id) => html`<opp-card .opportunity=${byId(id)}></opp-card>`)}</div>`);
      // The German catalogue loads lazily: proof that loads are being observed.
      await waitUntil(() => seen.some((n) => n.includes('/i18n/de/')), 'no resource observed');
      expect(seen.some((n) => /purify/i.test(n))).to.be.false;
    } finally {
      observer.disconnect();
    }
  });
});

describe('<opp-card> dates: the opportunity zone, and day-first Irish and Maltese', () => {
  const deadlineOf = (el: OppCard) => textOf(el.shadowRoot!.querySelector('[part~="deadline"] dd'));

  it("shows a date-time deadline in the feed's zone with its label, and the visitor's time only when it differs", async () => {
    const el = await fixture<OppCard>(html`<opp-card .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-card>`);
    // 2027-02-28T23:59:00+01:00 from a Belgian provider: Brussels time, whatever this browser's zone.
    const text = deadlineOf(el);
    expect(text).to.match(/^Apply by Feb 28, 2027, 11:59 PM GMT\+1\b/);
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zoneOffset(visitorZone, Date.parse('2027-02-28T23:59:00+01:00')) === 60) expect(text).not.to.contain('your time');
    else expect(text).to.match(/ \(.+ your time\)$/);
    await expect(el).to.be.accessible();
  });

  it('formats dates day first in Irish and Maltese, which Chromium has no Intl data for', async () => {
    for (const [lang, word, day] of [
      ['ga', 'Iarratais faoi ', /^Iarratais faoi 1 Mar 2027/],
      ['mt', 'Applika sa ', /^Applika sa 0?1 Mar 2027/],
    ] as const) {
      const el = await fixture<OppCard>(html`<opp-card lang=${lang} .opportunity=${byId('lyon-online-course')} now=${NOW}></opp-card>`);
      await waitUntil(() => deadlineOf(el).startsWith(word), `${lang} catalogue loaded`);
      await el.updateComplete;
      const text = deadlineOf(el);
      expect(text, lang).to.match(day);
      expect(text, lang).not.to.match(/Mar 1, 2027/);
      expect(textOf(el.shadowRoot!.querySelector('[part~="dates"] dd')), lang).to.match(/^10\s?–\s?31 Mar 2027$/);
    }
  });
});
