import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../../src/index.js';
import type { OppCard, OppFinder } from '../../src/index.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, NOW, serve } from './support/feeds.js';
import { deep, deepAll, settled, textOf } from './support/dom.js';

const BASE = location.href;
const FAST = { retry: 0, cache: false as const };
const card = (el: OppFinder, id: string) => deepAll<OppCard>(el, 'opp-results', 'opp-card').find((c) => c.opportunity?.id === id)!;
const fact = (c: OppCard, part: string) => textOf(c.shadowRoot!.querySelector(`[part~="${part}"] dd`));
const options = (el: OppFinder, facet: string) =>
  deepAll(el, 'opp-filters', `fieldset#f-${facet} label`).map((l) => textOf(l).split(/\s+\d+\s/)[0] ?? '');

describe('vocabulary labels in the UI language', () => {
  before(() => startWorker());
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', BASE);
  });

  it('a Polish finder shows Polish topic and field labels in the filters, the chips, the cards and the detail', async () => {
    const url = feedUrl();
    serve(url, feed());
    const el = await fixture<OppFinder>(html`<opp-finder lang="pl" feed=${url} now=${NOW} no-url .clientOptions=${FAST}></opp-finder>`);
    await waitUntil(() => el.controller.status === 'ready');
    await waitUntil(() => options(el, 'topic').includes('Biblioteki i centra nauczania'), 'Polish topic labels did not arrive', { timeout: 5000 });
    await settled(el);
    const topics = options(el, 'topic');
    expect(topics).to.include('Współpraca międzynarodowa');
    expect(topics).to.include('Kadry (HR)');
    // A publisher's own slug, not in the vocabulary, still reads well.
    expect(topics).to.include('Health and care');
    expect(topics.some((t) => /-/.test(t) && !/\(/.test(t))).to.be.false;

    const library = card(el, 'ugent-library-week');
    expect(fact(library, 'topics')).to.equal('Biblioteki i centra nauczania, Otwarta nauka');
    expect(fact(library, 'fields')).to.equal('Bibliotekoznawstwo, informacja naukowa i archiwistyka');
    expect(textOf(library.shadowRoot!.querySelector('[part~="topics"] dt'))).to.equal('Obszary specjalizacji');
    expect(fact(card(el, 'umea-traineeship'), 'topics')).to.equal('Health and care');

    el.controller.toggle('topic', 'libraries', true);
    await settled(el);
    const chipLabels = deepAll(el, 'opp-results', '[part~="chip"]').map((c) => textOf(c));
    expect(chipLabels.some((c) => c.includes('Biblioteki i centra nauczania'))).to.be.true;
    await expect(el).to.be.accessible();

    el.controller.select('ugent-library-week');
    await settled(el);
    const detail = textOf(deep(el, 'opp-detail', '[part~="facts"]') ?? deep(el, 'opp-detail')!.shadowRoot!.firstElementChild as HTMLElement);
    expect(detail).to.contain('Biblioteki i centra nauczania, Otwarta nauka');
    expect(detail).to.contain('Bibliotekoznawstwo, informacja naukowa i archiwistyka');
  });

  it('an English card shows the English labels; an unknown slug is humanised', async () => {
    const el = await fixture<OppCard>(html`<opp-card lang="en" .opportunity=${{
      id: 'x', kind: 'staff-week', title: { en: 'X' }, provider: { name: { en: 'P' }, country: 'BE' }, language: 'en',
      topics: ['libraries', 'ict', 'green-labs'], fields: ['023', '0231', '0230', '06'],
    }} now=${NOW}></opp-card>`);
    await waitUntil(() => fact(el, 'topics').startsWith('Libraries and'), 'English vocabulary did not arrive');
    expect(fact(el, 'topics')).to.equal('Libraries and learning centres, ICT, Green labs');
    expect(fact(el, 'fields')).to.equal('Languages; Language acquisition; Languages · 0230; Information and communication technologies');
    await expect(el).to.be.accessible();
  });

  it('searches across languages: the page\'s language by default, all 24 with search-labels, none with "off"', async () => {
    const url = feedUrl();
    serve(url, feed());
    const results = (el: OppFinder) => el.controller.result?.items.map((o) => o.id) ?? [];
    const plain = await fixture<OppFinder>(html`<opp-finder feed=${url} now=${NOW} no-url .clientOptions=${FAST}></opp-finder>`);
    await waitUntil(() => plain.controller.status === 'ready');
    // By default: the page's language (here English) — not Finnish topic labels, not Dutch country names.
    plain.controller.update({ text: 'België' }, { kind: 'text' });
    await settled(plain);
    expect(results(plain)).to.not.include('ugent-library-week');
    plain.controller.update({ text: 'kirjasto' }, { kind: 'text' });
    await settled(plain);
    expect(results(plain)).to.deep.equal([]);
    // A Dutch page finds the libraries week by its Dutch topic label ("Bibliotheken en leercentra"; no item says
    // "leercentra") without asking for it; an English page does not.
    plain.controller.update({ text: 'leercentra' }, { kind: 'text' });
    await settled(plain);
    expect(results(plain)).to.deep.equal([]);
    const dutch = await fixture<OppFinder>(html`<opp-finder lang="nl" feed=${url} now=${NOW} no-url .clientOptions=${FAST}></opp-finder>`);
    await waitUntil(() => dutch.controller.status === 'ready');
    dutch.controller.update({ text: 'leercentra' }, { kind: 'text' });
    await waitUntil(() => results(dutch).includes('ugent-library-week'), 'the Dutch labels by default');
    dutch.controller.update({ text: 'België' }, { kind: 'text' });
    expect(results(dutch)).to.include('ugent-library-week');
    // search-labels="off": only the items' own words, even on a Dutch page.
    const off = await fixture<OppFinder>(html`<opp-finder lang="nl" search-labels="off" feed=${url} now=${NOW} no-url .clientOptions=${FAST}></opp-finder>`);
    await waitUntil(() => off.controller.status === 'ready');
    off.controller.update({ text: 'leercentra' }, { kind: 'text' });
    await settled(off);
    await aTimeout(200);
    expect(results(off)).to.deep.equal([]);

    const el = await fixture<OppFinder>(html`<opp-finder search-labels feed=${url} now=${NOW} no-url .clientOptions=${FAST}></opp-finder>`);
    await waitUntil(() => el.controller.status === 'ready');
    el.controller.update({ text: 'kirjasto' }, { kind: 'text' });
    await waitUntil(() => results(el).includes('ugent-library-week'), 'the labels did not arrive', { timeout: 5000 });
    el.controller.update({ text: 'bibliotheek' }, { kind: 'text' });
    expect(results(el)).to.include('ugent-library-week');
    el.controller.update({ text: 'Suomi' }, { kind: 'text' });
    expect(results(el)).to.include('helsinki-ir-week');
    expect(results(el).every((id) => ['helsinki-ir-week', 'tampere-hr-week'].includes(id))).to.be.true;
  });
});
