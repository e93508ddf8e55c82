// ?n=100 finders on one page, all on the same feed, with the script-tag bundle (host-abuse.test.ts): counts the feed
// requests and times until every finder shows its result cards. The test reads `window.__abuse`.
const report = (window.__abuse = { errors: [], ready: false, n: 0, fetches: 0, msToDefine: 0, msToRender: 0, cards: 0 });
addEventListener('error', (e) => report.errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => report.errors.push(String((e.reason && e.reason.message) || e.reason)));
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') || 100);
const feed = params.get('feed') || '/demo/data/opportunities.json';
report.n = n;

const realFetch = window.fetch;
window.fetch = function (input, init) {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.includes(feed)) report.fetches++;
  return realFetch.call(this, input, init);
};

const box = document.getElementById('finders');
for (let i = 0; i < n; i++) {
  const f = document.createElement('opp-finder');
  f.setAttribute('feed', feed);
  f.setAttribute('no-url', '');
  f.setAttribute('page-size', '5');
  box.append(f);
}
const t0 = performance.now();
await import('/dist/opportunity-kit.js');
report.msToDefine = performance.now() - t0;

const cardsIn = (f) => {
  const results = f.shadowRoot && f.shadowRoot.querySelector('opp-results');
  return results && results.shadowRoot ? results.shadowRoot.querySelectorAll('opp-card').length : 0;
};
const finders = [...box.querySelectorAll('opp-finder')];
(function poll() {
  const done = finders.filter((f) => cardsIn(f) > 0).length;
  if (done === n || performance.now() - t0 > 30_000) {
    report.msToRender = performance.now() - t0;
    report.rendered = done;
    report.cards = finders.reduce((s, f) => s + cardsIn(f), 0);
    report.ready = true;
    return;
  }
  setTimeout(poll, 20); // not requestAnimationFrame: a background tab gets no frames
})();
