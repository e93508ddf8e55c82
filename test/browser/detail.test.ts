import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OppDetail } from '../../src/index.js';
import { escapeText, foldLine, toICalendar } from '../../src/formats/ical-write.js';
import { byId, NOW } from './support/feeds.js';
import { deep, textOf } from './support/dom.js';
import { zoneOffset } from '../../src/sdk/text/zones.js';

async function detail(id: string, extra = ''): Promise<OppDetail> {
  const el = await fixture<OppDetail>(html`<opp-detail .opportunity=${byId(id)} now=${NOW} ?closable=${extra === 'closable'}></opp-detail>`);
  await el.updateComplete;
  return el;
}
const dd = (el: OppDetail, label: string) => {
  const dt = [...el.shadowRoot!.querySelectorAll('dl.facts dt')].find((d) => textOf(d) === label);
  return textOf(dt?.nextElementSibling);
};

describe('<opp-detail>', () => {
  before(() => {
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(10_000);
  });

  it('shows every fact, learning outcomes, recognition, contact and links', async () => {
    const el = await detail('ugent-library-week');
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('h2'))).to.equal('International Library Staff Week');
    expect(root.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    expect(dd(el, 'When')).to.match(/May.*2027/);
    expect(dd(el, 'Where')).to.equal('Gent, Belgium');
    expect(dd(el, 'Application deadline')).to.match(/2027/);
    expect(dd(el, 'Places')).to.equal('25 places');
    expect(dd(el, 'Fee')).to.equal('€150 — Lunches, social programme');
    expect(dd(el, 'Languages')).to.equal('English (B2)');
    expect(dd(el, 'For whom')).to.equal('Library staff, Administrative staff');
    expect(dd(el, 'Areas of expertise')).to.equal('Libraries, Open science');
    expect(dd(el, 'Fields of education')).to.equal('Social sciences, journalism and information · 0322');
    expect(dd(el, 'Recognition')).to.equal('2 ECTS creditsCertificate of attendance'); // a <br> between
    const sections = [...root.querySelectorAll('section h3')].map(textOf);
    expect(sections).to.include.members(['How to apply', 'Learning outcomes', 'Contact', 'Links']);
    expect([...root.querySelectorAll('[part~="outcomes"] li')].map(textOf)).to.deep.equal([
      'Plan open science services',
      'Compare learning centre models',
    ]);
    const mail = root.querySelector<HTMLAnchorElement>('[part~="contact"] a[href^="mailto:"]')!;
    expect(mail.getAttribute('href')).to.equal('mailto:staffweek@ugent.be');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part~="links"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.ugent.be/staffweek/library', 'https://www.ugent.be']);
    for (const a of links) expect(a.rel).to.equal('noopener noreferrer');
    await waitUntil(() => root.querySelector('[part~="description"]'));
    // DOMPurify arrived only now, lazily, for the description.
    expect(performance.getEntriesByType('resource').some((e) => /purify/i.test(e.name))).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('sanitises the description with a strict allow-list, as a DOM fragment', async () => {
    const el = await detail('ugent-library-week');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="description"] .prose'));
    const prose = el.shadowRoot!.querySelector('[part~="description"] .prose')!;
    // (Booleans, not elements: a failing assertion must not have to serialise DOM nodes.)
    expect(!!prose.querySelector('script, img, iframe, style'), 'dropped elements').to.be.false;
    expect(!!prose.querySelector('[style], [id], [onclick], [onerror], [class]:not(.visually-hidden)'), 'dropped attributes').to.be.false;
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    expect(prose.querySelector('strong')!.textContent).to.equal('open science');
    expect(prose.querySelector('h3')!.textContent).to.equal('Day one');
    expect(prose.querySelectorAll('li').length).to.equal(2);
    expect(prose.querySelector('table th')!.textContent).to.equal('Day');
    const anchors = [...prose.querySelectorAll('a')];
    const byText = (t: string) => anchors.find((a) => a.textContent!.startsWith(t))!;
    expect(byText('bad link').hasAttribute('href')).to.be.false;
    expect(byText('relative').hasAttribute('href')).to.be.false;
    const ext = byText('programme');
    expect(ext.getAttribute('href')).to.equal('https://www.ugent.be/programme');
    expect(ext.getAttribute('target')).to.equal('_blank');
    expect(ext.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(textOf(ext.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
    const mail = byText('mail us');
    expect(mail.getAttribute('href')).to.equal('mailto:staffweek@ugent.be');
    expect(mail.hasAttribute('target')).to.be.false;
  });

  it('links to the application page and reports opp-apply-start', async () => {
    const el = await detail('ugent-library-week');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="apply-button"]')!;
    expect(link.getAttribute('href')).to.equal('https://www.ugent.be/staffweek/apply');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    const stop = (e: Event) => e.preventDefault();
    window.addEventListener('click', stop);
    setTimeout(() => link.click());
    const e = await oneEvent(el, 'opp-apply-start');
    window.removeEventListener('click', stop);
    expect(e.detail).to.deep.equal({ id: 'ugent-library-week', method: 'link' });
  });

  it('offers e-mail when that is the way to apply', async () => {
    const el = await detail('helsinki-ir-week');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="apply-button"]')!;
    expect(link.getAttribute('href')).to.equal('mailto:ir-week@helsinki.fi?subject=International%20Relations%20Week');
    expect(textOf(el.shadowRoot!.querySelector('#apply'))).to.contain('ir-week@helsinki.fi');
    await expect(el).to.be.accessible();
  });

  it('loads the application form only when the visitor opens it', async () => {
    const el = await detail('umea-traineeship');
    expect(customElements.get('opp-apply')).to.exist; // registered by the entry for standalone use
    expect(el.shadowRoot!.querySelector('opp-apply')).to.equal(null);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="apply-button"]')!;
    expect(textOf(button)).to.equal('Apply here');
    button.click();
    await waitUntil(() => el.shadowRoot!.querySelector('opp-apply'));
    const form = el.shadowRoot!.querySelector('opp-apply')!;
    expect(form.opportunity!.id).to.equal('umea-traineeship');
    expect(form.hasAttribute('no-heading')).to.be.true;
  });

  it('"Apply here" moves focus to the heading of the form, not to <body>', async () => {
    const el = await detail('umea-traineeship');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="apply-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('opp-apply')?.querySelector('form input[name]'), 'the form is shown');
    const title = el.shadowRoot!.querySelector<HTMLElement>('#apply h3')!;
    expect(textOf(title)).to.equal('How to apply');
    expect(document.activeElement?.tagName, 'focus stays in the detail').to.equal('OPP-DETAIL');
    expect(el.shadowRoot!.activeElement === title, 'focus is on the heading').to.equal(true);
    expect(title.tabIndex).to.equal(-1);
    // The next Tab goes into the form.
    await sendKeys({ press: 'Tab' });
    const next = el.shadowRoot!.activeElement!;
    expect(next.closest('opp-apply form'), `${next.tagName} is in the form`).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when applications are closed, not yet open, or cancelled', async () => {
    expect(textOf((await detail('lund-shadowing')).shadowRoot!.querySelector('#apply'))).to.contain('Applications are closed.');
    expect(textOf((await detail('tampere-hr-week')).shadowRoot!.querySelector('#apply'))).to.match(/Applications open on .*2027/);
    const cancelled = await detail('bologna-cancelled');
    expect(textOf(cancelled.shadowRoot!.querySelector('#apply'))).to.contain('This opportunity has been cancelled.');
    expect(textOf(cancelled.shadowRoot!.querySelector('[part~="badge"]'))).to.equal('Cancelled');
    await expect(cancelled).to.be.accessible();
  });

  it('says "Fully booked" when no places are left before the deadline, and "closed" only after it', async () => {
    const o = { ...byId('ugent-library-week'), application: { ...byId('ugent-library-week').application, placesLeft: 0 } };
    const full = await fixture<OppDetail>(html`<opp-detail .opportunity=${o} now=${NOW}></opp-detail>`);
    await full.updateComplete;
    expect(textOf(full.shadowRoot!.querySelector('[part~="badge"]'))).to.equal('Fully booked');
    expect(textOf(full.shadowRoot!.querySelector('#apply'))).to.contain('Fully booked: every place has been taken.');
    expect(textOf(full.shadowRoot!.querySelector('#apply'))).not.to.contain('Applications are closed');
    await expect(full).to.be.accessible();
    const card = await fixture(html`<opp-card .opportunity=${o} now=${NOW}></opp-card>`);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(card.shadowRoot!.querySelector('[part~="badge"]'))).to.equal('Fully booked');
  });

  it('downloads an .ics file for the calendar, written by toICalendar, with the deadline', async () => {
    const el = await detail('ugent-library-week');
    const original = HTMLAnchorElement.prototype.click;
    let file: { name: string; href: string } | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      file = { name: this.download, href: this.href };
    };
    try {
      const downloaded = oneEvent(el, 'opp-calendar-download');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="calendar"]')!.click();
      expect((await downloaded).detail).to.deep.equal({ id: 'ugent-library-week', fileName: 'international-library-staff-week.ics' });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(file!.name).to.equal('international-library-staff-week.ics');
    const ics = await (await fetch(file!.href)).text();
    expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20270510\r\n');
    expect(ics).to.contain('\r\nDTEND;VALUE=DATE:20270515\r\n');
    expect(ics).to.contain('\r\nSUMMARY;LANGUAGE=en:International Library Staff Week\r\n');
    expect(ics).to.contain('\r\nLOCATION:Gent\\, Belgium\r\n');
    expect(ics).to.contain('\r\nUID:ugent-library-week\r\n');
    expect(ics).to.contain('\r\nSTATUS:CONFIRMED\r\n');
    expect(ics).to.contain('\r\nLAST-MODIFIED:20261118T090000Z\r\n');
    // The deadline (2027-02-28T23:59+01:00) is an event of its own, in the visitor's language.
    expect(ics).to.contain('\r\nUID:ugent-library-week#application-deadline\r\n');
    expect(ics).to.contain('\r\nDTSTART:20270228T225900Z\r\n');
    expect(ics).to.contain('\r\nSUMMARY;LANGUAGE=en:Application deadline: International Library Staff Week\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.be.true;
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.be.true;
    // The same file toICalendar writes for that opportunity (DTSTAMP is the detail's `now`).
    expect(ics).to.equal(toICalendar([byId('ugent-library-week')], { now: NOW, languages: ['en'] }));
  });

  it('names the deadline event and the country in the visitor\'s language', async () => {
    const el = await fixture<OppDetail>(html`<opp-detail lang="pl" .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-detail>`);
    const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="calendar"]');
    await waitUntil(() => textOf(button()) === 'Dodaj do kalendarza', 'Polish did not arrive');
    const original = HTMLAnchorElement.prototype.click;
    let href = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      href = this.href;
    };
    try {
      const downloaded = oneEvent(el, 'opp-calendar-download');
      button()!.click();
      await downloaded;
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    const ics = (await (await fetch(href)).text()).replace(/\r\n /g, '');
    expect(ics).to.contain('\r\nSUMMARY;LANGUAGE=en:Termin zgłoszeń: International Library Staff Week\r\n');
    expect(ics).to.contain('\r\nLOCATION:Gent\\, Belgia\r\n');
  });

  it('writes RFC 5545 text: escaping, folding at 75 octets, exclusive all-day end', () => {
    expect(escapeText('a;b,c\\d\ne')).to.equal('a\\;b\\,c\\\\d\\ne');
    const long = 'DESCRIPTION:' + 'é'.repeat(80);
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(folded.split('\r\n').slice(1).every((l: string) => l.startsWith(' '))).to.be.true;
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    const base = { ...byId('ugent-library-week'), application: {} };
    const one = toICalendar([{ ...base, start: '2027-12-31', end: undefined }], { now: NOW });
    expect(one).to.contain('DTSTART;VALUE=DATE:20271231\r\n');
    expect(one).not.to.contain('DTEND');
    const timed = toICalendar([{ ...base, start: '2027-03-01T09:00:00+01:00', end: '2027-03-01T17:00:00+01:00' }], { now: NOW });
    expect(timed).to.contain('DTSTART:20270301T080000Z\r\nDTEND:20270301T160000Z\r\n');
    expect(timed).to.contain('DTSTAMP:20270115T120000Z');
  });

  it('shares the link: copied, or shown to copy by hand when the clipboard refuses', async () => {
    const el = await detail('ugent-library-week');
    const share = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"]')!;
    const copied: string[] = [];
    const writeText = navigator.clipboard.writeText;
    const nativeShare = navigator.share;
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    navigator.clipboard.writeText = async (t: string) => void copied.push(t);
    try {
      share.click();
      await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="share-status"]')));
      expect(copied).to.deep.equal(['https://www.ugent.be/staffweek/library']);
      const status = el.shadowRoot!.querySelector('[part~="share-status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf(status)).to.equal('Link copied');

      navigator.clipboard.writeText = async () => {
        throw new DOMException('denied', 'NotAllowedError');
      };
      share.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.share-url'));
      expect(textOf(status)).to.equal('The link could not be copied.');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('.share-url')!.value).to.equal('https://www.ugent.be/staffweek/library');
      await expect(el).to.be.accessible();
    } finally {
      navigator.clipboard.writeText = writeText;
      Object.defineProperty(navigator, 'share', { value: nativeShare, configurable: true });
    }
  });

  it('closes with its button or Escape when closable, emitting opp-detail-close', async () => {
    const el = await detail('helsinki-ir-week', 'closable');
    const closes: string[] = [];
    el.addEventListener('opp-detail-close', (e) => closes.push(e.detail.id));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    deep<HTMLElement>(el, 'h2')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(closes).to.deep.equal(['helsinki-ir-week', 'helsinki-ir-week']);
  });

  it('uses the heading level it is given, sections one below', async () => {
    const el = await fixture<OppDetail>(html`<opp-detail heading-level="3" .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-detail>`);
    expect(textOf(el.shadowRoot!.querySelector('h3'))).to.equal('International Library Staff Week');
    expect(el.shadowRoot!.querySelectorAll('section h4').length).to.be.greaterThan(2);
    await aTimeout(0);
  });
});

describe('<opp-detail> dates in the opportunity zone', () => {
  it("shows a date-time deadline in the feed's zone with its zone name, whatever the visitor's zone", async () => {
    const el = await fixture<OppDetail>(html`<opp-detail lang="de" .opportunity=${byId('ugent-library-week')} now=${NOW}></opp-detail>`);
    const time = () => el.shadowRoot!.querySelector('time[datetime="2027-02-28T23:59:00+01:00"]');
    await waitUntil(() => /MEZ/.test(textOf(time())), 'German catalogue and Brussels zone name');
    // Brussels time, named in German; the visitor's clock follows in brackets only when it differs.
    expect(textOf(time())).to.equal('28. Feb. 2027, 23:59 MEZ');
    const row = textOf(time()?.parentElement);
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zoneOffset(visitorZone, Date.parse('2027-02-28T23:59:00+01:00')) === 60) expect(row).not.to.contain('Ortszeit');
    else expect(row).to.match(/^28\. Feb\. 2027, 23:59 MEZ \(Ihre Ortszeit: .+\)/);
    await expect(el).to.be.accessible();
  });

  it('never shifts a date-only deadline', async () => {
    const el = await fixture<OppDetail>(html`<opp-detail .opportunity=${byId('lyon-online-course')} now=${NOW}></opp-detail>`);
    expect(textOf(el.shadowRoot!.querySelector('time[datetime="2027-03-01"]'))).to.equal('Mar 1, 2027');
  });
});
