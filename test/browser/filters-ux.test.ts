/**
 * The filters as a visitor uses them: nothing moves under the pointer, the folded panel on a phone has a way back to
 * the results, and a reversed date window is said, not silently empty.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OppFinder } from '../../src/index.js';
import type { OpportunityInput } from '../../src/sdk/index.js';
import { NOW, parsed } from './support/feeds.js';
import { deep, deepAll, focused, settled, textOf } from './support/dom.js';

const week = (id: string, kind: 'staff-week' | 'course' | 'traineeship', country: string): OpportunityInput => ({
  id,
  kind,
  title: `${kind} ${id}`,
  provider: { name: `University ${id}`, country, type: 'hei' },
  start: '2027-05-10',
  end: '2027-05-14',
  application: { deadline: '2027-03-31' },
});

// Countries FI 4, BE 2, DE 1, SE 1. Finland has staff weeks and a traineeship but no course; Germany only a course.
const LIST = [
  week('8', 'traineeship', 'FI'),
  week('1', 'staff-week', 'FI'),
  week('2', 'staff-week', 'FI'),
  week('3', 'staff-week', 'FI'),
  week('4', 'staff-week', 'BE'),
  week('5', 'course', 'BE'),
  week('6', 'course', 'DE'),
  week('7', 'course', 'SE'),
];

async function finder(list = LIST): Promise<OppFinder> {
  const el = await fixture<OppFinder>(html`<opp-finder no-url now=${NOW} .opportunities=${parsed(list)}></opp-finder>`);
  await waitUntil(() => el.controller.status === 'ready', 'finder did not load', { timeout: 5000 });
  await settled(el);
  return el;
}

const boxes = (el: OppFinder, facet: string) => deepAll<HTMLInputElement>(el, 'opp-filters', `input[name="${facet}"]`);
const values = (el: OppFinder, facet: string) => boxes(el, facet).map((b) => b.value);
const box = (el: OppFinder, facet: string, value: string) => boxes(el, facet).find((b) => b.value === value)!;
const countOf = (input: HTMLInputElement) => textOf(input.closest('label')!.querySelector('[part~="count"]'));
const groupTitles = (el: OppFinder) => deepAll(el, 'opp-filters', 'summary').map((s) => textOf(s).replace(/ \(\d+\)$/, ''));

/** Open a filter group, as a visitor does before ticking in it. */
async function openGroup(el: OppFinder, facet: string): Promise<void> {
  const details = boxes(el, facet)[0]!.closest('details')!;
  if (!details.open) details.querySelector('summary')!.click();
  await settled(el);
}

/** A visitor's click on a checkbox: it takes focus (as in Chromium, Firefox), then toggles. */
async function tick(el: OppFinder, facet: string, value: string): Promise<void> {
  await openGroup(el, facet);
  const input = box(el, facet, value);
  input.focus();
  expect(focused(), 'the checkbox has focus').to.equal(input);
  input.click();
  await settled(el);
}

describe('<opp-filters>: nothing moves under the pointer', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('a ticked country keeps its place, and is listed with 0, when another filter leaves nothing in it', async () => {
    const el = await finder();
    expect(values(el, 'country')).to.deep.equal(['FI', 'BE', 'DE', 'SE']);
    await tick(el, 'country', 'FI');
    expect(box(el, 'country', 'FI').checked).to.be.true;
    // While the visitor is in the filters, "Type" keeps "Course" (0 in Finland) where it was.
    expect(values(el, 'kind')).to.deep.equal(['staff-week', 'course', 'traineeship']);
    await tick(el, 'kind', 'course');
    expect(el.controller.result!.total).to.equal(0);
    // Courses: none in Finland. The engine sorts FI last with 0; the filters keep it first.
    expect(values(el, 'country')).to.deep.equal(['FI', 'BE', 'DE', 'SE']);
    expect(box(el, 'country', 'FI').checked).to.be.true;
    expect(countOf(box(el, 'country', 'FI'))).to.equal('0');
    await expect(el).to.be.accessible();
  });

  it('a ticked value keeps its place when the visitor is elsewhere (a chip, the URL, the search box)', async () => {
    const el = await finder();
    await tick(el, 'country', 'FI');
    (document.activeElement as HTMLElement | null)?.blur();
    await settled(el);
    el.controller.toggle('kind', 'course', true);
    await settled(el);
    expect(el.controller.result!.total).to.equal(0);
    expect(values(el, 'country')[0]).to.equal('FI');
    expect(box(el, 'country', 'FI').checked).to.be.true;
    expect(countOf(box(el, 'country', 'FI'))).to.equal('0');
    expect(values(el, 'country')).to.deep.equal(['FI', 'BE', 'DE', 'SE']);
  });

  it('a group above the focused checkbox does not vanish when its values collapse to one', async () => {
    const el = await finder();
    expect(groupTitles(el)).to.include('Type');
    await openGroup(el, 'kind');
    await openGroup(el, 'country');
    const de = box(el, 'country', 'DE');
    const top = de.getBoundingClientRect().top;
    // Germany has one course only: "Type" would be left with one value and disappear, moving Germany up.
    await tick(el, 'country', 'DE');
    expect(groupTitles(el), 'the Type group stays while the visitor is in the filters').to.include('Type');
    expect(values(el, 'kind')).to.deep.equal(['staff-week', 'course', 'traineeship']);
    expect(countOf(box(el, 'kind', 'staff-week'))).to.equal('0');
    expect(countOf(box(el, 'kind', 'course'))).to.equal('1');
    expect(box(el, 'country', 'DE').getBoundingClientRect().top, 'the ticked box did not move').to.equal(top);
    expect(focused()).to.equal(box(el, 'country', 'DE'));
    await expect(el).to.be.accessible();
  });

  it('a group with a selection never vanishes, even when nothing in it matches any more', async () => {
    const el = await finder();
    await tick(el, 'kind', 'course');
    (document.activeElement as HTMLElement | null)?.blur();
    el.controller.toggle('country', 'FI', true);
    await settled(el);
    expect(groupTitles(el)).to.include('Type');
    expect(box(el, 'kind', 'course').checked).to.be.true;
  });
});

describe('<opp-finder> at 375 px: "Show N results" at the end of the folded filters', () => {
  before(() => setViewport({ width: 375, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('closes the panel and moves focus to the result count (a live region is beside it)', async () => {
    const el = await finder();
    await waitUntil(() => deep(el, 'details.filters-panel'), 'filters are not folded at 375 px');
    const panel = deep<HTMLDetailsElement>(el, 'details.filters-panel')!;
    deep<HTMLElement>(el, '[part~="filters-toggle"]')!.click();
    await settled(el);
    expect(panel.open).to.be.true;
    const button = () => deep<HTMLButtonElement>(el, '[part~="show-results"]')!;
    expect(button()).to.exist;
    expect(textOf(button())).to.equal('Show 8 results');
    // It is the last thing in the panel.
    expect(panel.lastElementChild).to.equal(button());
    await tick(el, 'country', 'BE');
    expect(textOf(button())).to.equal('Show 2 results');
    await tick(el, 'kind', 'course');
    expect(textOf(button())).to.equal('Show 1 result');
    await expect(el).to.be.accessible();

    button().scrollIntoView();
    button().click();
    await settled(el);
    expect(panel.open, 'the panel is folded').to.be.false;
    const count = deep(el, 'opp-results', '[part~="count"]')!;
    await waitUntil(() => focused() === count, 'focus is not on the result count');
    expect(textOf(count)).to.equal('1 opportunity');
    const rect = count.getBoundingClientRect();
    expect(rect.top, 'the count is on screen').to.be.at.least(0);
    expect(rect.bottom).to.be.at.most(window.innerHeight);
    expect(deep(el, 'opp-results', '[part~="live"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('is not shown when the filters sit beside the results', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await finder();
      await waitUntil(() => !deep(el, 'details.filters-panel'), 'filters still folded at 1280 px');
      expect(deep(el, '[part~="show-results"]')).to.be.null;
    } finally {
      await setViewport({ width: 375, height: 700 });
    }
  });
});

describe('<opp-filters>: a reversed date window', () => {
  it('is said beside the dates (announced, describing both fields) and in place of "no results"', async () => {
    const el = await finder();
    deep<HTMLElement>(el, 'opp-filters', 'details:last-of-type summary')!.click();
    await settled(el);
    const from = deep<HTMLInputElement>(el, 'opp-filters', 'input[name="from"]')!;
    const to = deep<HTMLInputElement>(el, 'opp-filters', 'input[name="to"]')!;
    const message = deep(el, 'opp-filters', '[part~="date-error"]')!;
    expect(textOf(message)).to.equal('');
    expect(message.getAttribute('role')).to.equal('status');

    to.value = '2027-05-01';
    to.dispatchEvent(new Event('change'));
    await settled(el);
    from.value = '2027-06-01';
    from.dispatchEvent(new Event('change'));
    await settled(el);
    expect(el.controller.result!.total).to.equal(0);
    expect(textOf(message)).to.equal('The start date is after the end date, so nothing can match. Change one of the dates.');
    for (const input of [from, to]) {
      expect(input.getAttribute('aria-describedby')).to.equal(message.id);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
    }
    expect(message.getRootNode()).to.equal(from.getRootNode());
    const empty = textOf(deep(el, 'opp-results', '[part~="empty"]'));
    expect(empty).to.contain('The start date is after the end date');
    expect(empty).not.to.contain('No opportunities match');
    await expect(el).to.be.accessible();

    // Put right: the message goes, results come back.
    from.value = '2027-05-01';
    from.dispatchEvent(new Event('change'));
    await settled(el);
    to.value = '2027-06-01';
    to.dispatchEvent(new Event('change'));
    await settled(el);
    expect(textOf(message)).to.equal('');
    expect(from.hasAttribute('aria-describedby')).to.be.false;
    expect(from.hasAttribute('aria-invalid')).to.be.false;
    expect(el.controller.result!.total).to.be.greaterThan(0);
  });

  it('from the URL too', async () => {
    const base = location.href;
    history.replaceState(null, '', '?from=2027-06-01&to=2027-05-01');
    try {
      const el = await fixture<OppFinder>(html`<opp-finder now=${NOW} .opportunities=${parsed(LIST)}></opp-finder>`);
      await waitUntil(() => el.controller.status === 'ready');
      await settled(el);
      expect(textOf(deep(el, 'opp-filters', '[part~="date-error"]'))).to.contain('The start date is after the end date');
      expect(textOf(deep(el, 'opp-results', '[part~="empty"]'))).to.contain('The start date is after the end date');
    } finally {
      history.replaceState(null, '', base);
    }
  });
});
