/**
 * The finder's error paths: an address that answers with an HTML page (status 200) is an error state that names the
 * feed, not "no opportunities at the moment"; the parse issue is in the console and in `opp-error`; a valid empty feed
 * is still the empty state; and the note for failed feeds names each feed, so two on one host are told apart.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { OppFinder } from '../../src/index.js';
import { startWorker, worker } from './support/msw.js';
import { feed, feedUrl, items, NOW, serve } from './support/feeds.js';
import { deep, settled, textOf } from './support/dom.js';

const FAST = { retry: 0, cache: false as const };
const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>Page not found</title>' +
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Page not found"}</script>' +
  '</head><body><h1>Sorry, this page does not exist</h1></body></html>';

const servePage = (url: string, body = NOT_FOUND_PAGE) =>
  worker.use(http.get(url, () => new HttpResponse(body, { headers: { 'content-type': 'text/html; charset=utf-8' } })));

async function settledFinder(template: ReturnType<typeof html>): Promise<OppFinder> {
  const el = await fixture<OppFinder>(template);
  await waitUntil(() => el.controller.status === 'ready' || el.controller.status === 'error', 'finder did not load', { timeout: 5000 });
  await settled(el);
  return el;
}

/** Calls to `console[method]` while `run` runs (the console itself stays quiet). */
async function capture<T>(method: 'error' | 'warn', run: () => Promise<T>): Promise<{ value: T; calls: unknown[][] }> {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => void calls.push(args);
  try {
    return { value: await run(), calls };
  } finally {
    console[method] = original;
  }
}

describe('<opp-finder> error paths', () => {
  before(() => startWorker());
  afterEach(() => worker.resetHandlers());

  it('shows an HTML page served with 200 as an error naming the feed, with the parse issue in the console and in opp-error', async () => {
    const url = 'https://www.uni.example/events.json?key=s3cret';
    servePage(url);
    const details: CustomEvent['detail'][] = [];
    const { value: el, calls } = await capture('error', () =>
      settledFinder(html`<opp-finder no-url feed=${url} .clientOptions=${FAST} @opp-error=${(e: CustomEvent) => details.push(e.detail)}></opp-finder>`),
    );
    expect(el.controller.status).to.equal('error');
    expect(deep(el, 'opp-results', '[part~="empty"]')).to.equal(null, 'not the empty state');
    const box = deep(el, 'opp-results', '[part~="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(box.querySelector('.error-title'))).to.equal('uni.example/events.json is not an opportunity feed');
    // The name drops the query (the technical details keep the whole URL, as the page's own markup does).
    expect(textOf(box.querySelector('.error-title'))).not.to.contain('s3cret');
    expect(textOf(box)).not.to.contain('Check your connection');
    expect(textOf(box.querySelector('details'))).to.contain('web page, not a feed');
    expect(box.querySelector('[part~="retry"]')).to.exist;

    expect(details).to.have.length(1);
    const { error, feeds } = details[0] as { error: { name: string; url?: string; issues?: { message: string; severity: string; source?: string }[] }; feeds: string[] };
    expect(error.name).to.equal('FeedUnreadableError');
    expect(error.url).to.equal(url);
    expect(feeds).to.deep.equal([url]);
    expect(error.issues?.[0]?.severity).to.equal('error');
    expect(error.issues?.[0]?.message).to.match(/web page, not a feed/);
    expect(error.issues?.[0]?.source).to.equal(url);

    const logged = calls.map((c) => c.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')).join('\n');
    expect(logged).to.contain('opportunity-kit:');
    expect(logged).to.contain('web page, not a feed');
    await expect(el).to.be.accessible();
  });

  it('speaks the page language in the error state (German)', async () => {
    const url = 'https://uni.example/de/events.json';
    servePage(url);
    const { value: el } = await capture('error', () => settledFinder(html`<opp-finder no-url lang="de" feed=${url} .clientOptions=${FAST}></opp-finder>`));
    await waitUntil(() => textOf(deep(el, 'opp-results', '.error-title')).includes('Angebots-Feed'), 'German message', { timeout: 3000 });
    expect(textOf(deep(el, 'opp-results', '.error-title'))).to.equal('uni.example/de/events.json ist kein Angebots-Feed');
  });

  it('keeps a valid empty feed the empty state, not an error', async () => {
    const url = feedUrl('empty');
    serve(url, feed([]));
    const errors: unknown[] = [];
    const el = await settledFinder(html`<opp-finder no-url feed=${url} now=${NOW} .clientOptions=${FAST} @opp-error=${(e: CustomEvent) => errors.push(e.detail)}></opp-finder>`);
    expect(el.controller.status).to.equal('ready');
    expect(textOf(deep(el, 'opp-results', '[part~="empty"]'))).to.equal('There are no opportunities to show at the moment.');
    expect(errors).to.deep.equal([]);
  });

  it('shows what loaded when one of several feeds is an HTML page: a note, not an error', async () => {
    const good = feedUrl('good');
    const page = 'https://cms.example.org/staff-weeks/';
    serve(good, feed(items.slice(0, 3)));
    servePage(page);
    const loads: { sources: { state: string; error?: { name: string; issues?: unknown[] } }[] }[] = [];
    const { value: el, calls } = await capture('warn', () =>
      settledFinder(html`<opp-finder no-url feed="${good} ${page}" now=${NOW} .clientOptions=${FAST} @opp-load=${(e: CustomEvent) => loads.push(e.detail)}></opp-finder>`),
    );
    expect(el.controller.status).to.equal('ready');
    expect(deep(el, 'opp-results', '[part~="error"]')).to.equal(null);
    expect(textOf(deep(el, 'opp-results', '[part~="count"]'))).to.equal('3 opportunities');
    expect(textOf(deep(el, 'opp-results', '[part~="note"]'))).to.equal('Some opportunities may be missing: cms.example.org/staff-weeks could not be loaded.');
    const failed = loads[0]!.sources[1]!;
    expect(failed.state).to.equal('failed');
    expect(failed.error?.name).to.equal('FeedUnreadableError');
    expect(failed.error?.issues?.length).to.be.greaterThan(0);
    expect(calls.map((c) => String(c[0])).join('\n')).to.contain('staff-weeks');
    await expect(el).to.be.accessible();
  });

  it('names two failed feeds on one host apart in the note', async () => {
    const good = feedUrl('good');
    const staff = 'https://feeds.uni.example/staff-weeks.json?token=abc';
    const courses = 'https://feeds.uni.example/courses.json?token=abc';
    serve(good, feed(items.slice(0, 2)));
    serve(staff, 503);
    servePage(courses);
    const { value: el } = await capture('warn', () =>
      settledFinder(html`<opp-finder no-url feed="${good} ${staff} ${courses}" now=${NOW} .clientOptions=${FAST}></opp-finder>`),
    );
    const note = textOf(deep(el, 'opp-results', '[part~="note"]'));
    expect(note).to.equal(
      'Some opportunities may be missing: feeds.uni.example/staff-weeks.json and feeds.uni.example/courses.json could not be loaded.',
    );
    expect(note).not.to.contain('token');
    await expect(el).to.be.accessible();
  });
});
