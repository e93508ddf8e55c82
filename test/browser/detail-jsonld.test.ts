import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../../src/index.js';
import type { OppDetail } from '../../src/index.js';
import { toJsonLd } from '../../src/formats/jsonld-write.js';
import { byId, NOW } from './support/feeds.js';

const scripts = (el: OppDetail) => [...el.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

async function detail(id: string, lang = 'en'): Promise<OppDetail> {
  const el = await fixture<OppDetail>(html`<opp-detail lang=${lang} .opportunity=${byId(id)} now=${NOW}></opp-detail>`);
  await waitUntil(() => scripts(el).length > 0, 'no JSON-LD script');
  return el;
}

describe('<opp-detail> schema.org JSON-LD', () => {
  for (const [id, type] of [
    ['ugent-library-week', 'EducationEvent'],
    ['lund-shadowing', 'EducationEvent'],
    ['lyon-online-course', 'Course'],
    ['umea-traineeship', 'JobPosting'],
  ] as const) {
    it(`${id}: one script whose @type is ${type}, what toJsonLd writes`, async () => {
      const el = await detail(id);
      expect(scripts(el)).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('script')).to.have.length(0);
      const value = JSON.parse(scripts(el)[0]!.textContent!);
      expect(value['@type']).to.equal(type);
      expect(value).to.deep.equal(toJsonLd(byId(id), { languages: ['en'] }));
    });
  }

  it('serialises safely: no markup character in the script, the page keeps one script', async () => {
    const el = await detail('ugent-library-week');
    const script = scripts(el)[0]!;
    expect(script.textContent).not.to.match(/[<>&]/);
    // Serialising the page (what a crawler's snapshot or server rendering does) cannot close the script early.
    const page = new DOMParser().parseFromString(`<!DOCTYPE html><body>${el.outerHTML}</body>`, 'text/html');
    expect(page.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(page.querySelector('script')!.textContent!)).to.deep.equal(JSON.parse(script.textContent!));
  });

  it('follows the opportunity and the language: one script, rewritten', async () => {
    const el = await detail('ugent-library-week', 'nl');
    await waitUntil(() => JSON.parse(scripts(el)[0]!.textContent!).name === 'Internationale bibliotheekweek', 'not in Dutch');
    el.opportunity = byId('umea-traineeship');
    await waitUntil(() => JSON.parse(scripts(el)[0]!.textContent!)['@type'] === 'JobPosting', 'not rewritten');
    expect(scripts(el)).to.have.length(1);
    el.opportunity = undefined;
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
  });
});
