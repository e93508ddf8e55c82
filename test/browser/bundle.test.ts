/**
 * The built script-tag bundle renders the same text as the sources. The build minifies Lit templates (white space,
 * comments); a minifier that drops a meaningful space (`html` · <span>…``) or an attribute would show here. The page
 * loads dist/opportunity-kit.js (built by the test command) for the standard tags, and the source classes under
 * other tags, then compares what each renders for the same opportunities.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { OppCard } from '../../src/elements/card/card.component.js';
import { OppDetail } from '../../src/elements/detail/opp-detail.js';
import { items, NOW, parsed } from './support/feeds.js';
import { mount, settled, textOf, unmountAll } from './support/dom.js';

const BUNDLE = '/dist/opportunity-kit.js';
/** Text as a person reads it: runs of white space are one space (what the minifier is allowed to change). */
const read = (el: Element) => textOf(el.shadowRoot);
/** Attributes of every element of the shadow tree, in order, except Lit's markers and generated ids. */
const attributes = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('*') ?? [])].map((n) =>
    [...n.attributes]
      .filter((a) => !/^(id|for|aria-labelledby|aria-describedby|aria-controls)$/.test(a.name))
      .map((a) => `${a.name}=${a.value}`)
      .join(' '),
  );

describe('the built bundle renders what the sources render', () => {
  afterEach(() => unmountAll());

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE as string);
    OppCard.define('src-opp-card');
    OppDetail.define('src-opp-detail');
  });

  it("the bundle's createClient reads every format (a CSV feed), as before the SDK core read JSON only", async () => {
    const { createClient } = (await import(/* @vite-ignore */ BUNDLE as string)) as typeof import('../../src/bundle.js');
    const csv = 'id,kind,title,provider.name,provider.country\nw1,course,Library week,Ghent University,BE\n';
    const r = await createClient({ feeds: `data:text/csv,${encodeURIComponent(csv)}`, cache: false, retry: 0 }).load();
    expect(r.opportunities.map((o) => o.id)).to.deep.equal(['w1']);
  });

  it('cards: the same text and attributes for every sample opportunity', async () => {
    const list = parsed(items);
    expect(customElements.get('opp-card'), 'the bundle defined <opp-card>').to.not.equal(OppCard);
    for (const o of list) {
      const box = await mount(html`<opp-card .opportunity=${o} now=${NOW}></opp-card><src-opp-card .opportunity=${o} now=${NOW}></src-opp-card>`);
      const [built, source] = [box.children[0]!, box.children[1]!];
      expect(read(built), `card text of ${o.id}`).to.equal(read(source));
      expect(attributes(built), `card markup of ${o.id}`).to.deep.equal(attributes(source));
    }
    // The case that showed the bug: a request keeps the space before its separator.
    const request = list.find((o) => o.direction === 'request')!;
    const card = await fixture(html`<opp-card .opportunity=${request} now=${NOW}></opp-card>`);
    await settled(card);
    expect(read(card)).to.contain('Job shadowing · Request');
  });

  it('detail views: the same text for every sample opportunity', async () => {
    const tag = (name: string) => unsafeStatic(name);
    for (const o of parsed(items)) {
      const box = await mount(
        staticHtml`<${tag('opp-detail')} .opportunity=${o} now=${NOW}></${tag('opp-detail')}><${tag('src-opp-detail')} .opportunity=${o} now=${NOW}></${tag('src-opp-detail')}>`,
      );
      await customElements.whenDefined('opp-detail');
      await settled(box);
      // The sanitised description arrives after the sanitiser's chunk: wait until both have the same amount of text.
      const [built, source] = [box.children[0]!, box.children[1]!];
      for (let i = 0; i < 50 && read(built).length !== read(source).length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(read(built), `detail text of ${o.id}`).to.equal(read(source));
    }
  });
});
