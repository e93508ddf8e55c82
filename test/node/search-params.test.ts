import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { queryFromParams, queryToParams, queryToString } from '../../src/sdk/search/index.js';
import type { SearchQuery } from '../../src/sdk/search/index.js';

describe('queryToParams / queryFromParams', () => {
  it('writes short readable parameters', () => {
    const q: SearchQuery = {
      text: 'library',
      country: ['FI', 'SE'],
      status: ['open'],
      kind: ['staff-week'],
      page: 2,
      sort: 'deadline',
      from: '2027-01-01',
    };
    assert.equal(queryToString(q), 'q=library&kind=staff-week&country=FI,SE&status=open&from=2027-01-01&sort=deadline&page=2');
    assert.equal(queryToParams(q).get('country'), 'FI,SE');
  });

  it('round-trips every field exactly', () => {
    const full: SearchQuery = {
      text: 'vård & omsorg, "Łódź" 100% ?#',
      kind: ['staff-week', 'job-shadowing'],
      direction: ['request'],
      providerType: ['hei', 'public-authority'],
      country: ['BE', 'SE'],
      topic: ['open-science'],
      field: ['04', '0413'],
      audience: ['library-staff'],
      mode: ['online', 'blended'],
      language: ['en', 'pt-BR'],
      status: ['open', 'closing-soon'],
      from: '2027-01-01',
      to: '2027-03-01T23:59:00+01:00',
      sort: 'title',
      page: 3,
      pageSize: 50,
    };
    assert.deepEqual(queryFromParams(queryToParams(full)), full);
    assert.deepEqual(queryFromParams(queryToString(full)), full);
    assert.deepEqual(queryFromParams('?' + queryToString(full)), full);
    for (const key of Object.keys(full) as (keyof SearchQuery)[]) {
      const one = { [key]: full[key] } as SearchQuery;
      assert.deepEqual(queryFromParams(queryToParams(one)), one, key);
    }
    assert.deepEqual(queryFromParams(queryToParams({})), {});
    assert.deepEqual(queryFromParams(queryToParams({ text: ' trailing space ', page: 1, sort: 'relevance' })), {
      text: ' trailing space ',
      page: 1,
      sort: 'relevance',
    });
  });

  it('leaves out empty parts and now', () => {
    assert.equal(queryToString({ text: '   ', country: [], kind: undefined, now: new Date(), page: NaN }), '');
  });

  it('reads repeated and comma-separated lists, normalised and de-duplicated', () => {
    assert.deepEqual(queryFromParams('country=fi,se&country=SE&country=el&language=en&language=pt-BR&topic=Open-Science'), {
      country: ['FI', 'SE', 'GR'],
      topic: ['open-science'],
      language: ['en', 'pt-BR'],
    });
  });

  it("leaves a host page's own ?lang= alone (the working-language filter is ?language=)", () => {
    assert.deepEqual(queryFromParams('lang=sv&language=en'), { language: ['en'] });
    assert.equal(queryToString({ language: ['fr'] }), 'language=fr');
  });

  it('ignores unknown parameters and invalid values, never throws', () => {
    assert.deepEqual(
      queryFromParams(
        'utm_source=x&kind=banana,course&status=maybe&country=Belgium,XX1,BE&field=4,041,12345&provider=bank&mode=&sort=random&page=0&size=abc&from=tomorrow&to=2027-02-30&direction=sideways',
      ),
      { kind: ['course'], country: ['BE'], field: ['041'] },
    );
    assert.deepEqual(queryFromParams('page=-1&size=1.5'), {});
    assert.deepEqual(queryFromParams('page=12&size=5'), { page: 12, pageSize: 5 });
    assert.equal(queryFromParams('q=' + 'x'.repeat(5000)).text?.length, 500, 'cut like the search cuts it');
    for (const bad of [undefined, null, 42, {}, '%%%', '?&&==&', 'q=%E0%A4%A']) {
      assert.doesNotThrow(() => queryFromParams(bad as never), String(bad));
    }
    assert.doesNotThrow(() => queryToParams(null as never));
    assert.doesNotThrow(() => queryToParams({ kind: [1, null, 'course'] } as never));
    assert.equal(queryToString({ kind: [1, null, 'course'] } as never), 'kind=course');
  });
});
