// Loaded by every embedding test page (an external file: the strict-CSP page allows no inline script). Records errors
// and CSP violations, waits until the page's <opp-finder> shows result cards, then reports to the test (the parent).
const report = { errors: [], violations: [], cards: 0, rendered: false };
addEventListener('error', (e) => report.errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => report.errors.push(String(e.reason && e.reason.message || e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  report.violations.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sourceFile || ''}:${e.lineNumber || ''}`),
);

function deepAll(root, selector, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) out.push(el);
    if (el.shadowRoot) deepAll(el.shadowRoot, selector, out);
  }
  return out;
}

const started = performance.now();
(function poll() {
  const cards = deepAll(document, 'opp-card').filter((c) => c.shadowRoot && c.shadowRoot.childElementCount > 0);
  const finders = document.querySelectorAll('opp-finder').length;
  const detail = document.querySelector('opp-detail');
  const hasInputs = (a) => !!(a.querySelector('input, textarea, select') || a.shadowRoot?.querySelector('input, textarea, select'));
  const detailReady = !detail || deepAll(detail.shadowRoot || document.createElement('div'), 'opp-apply').some(hasInputs);
  if ((cards.length > 0 && finders > 0 && detailReady) || performance.now() - started > 8000) {
    // Give late violations (styles, lazy chunks) a moment to arrive.
    setTimeout(() => {
      report.cards = cards.length;
      report.rendered = cards.length > 0;
      report.detail = detail ? (detail.shadowRoot?.textContent || '').length : -1;
      report.form = detail ? deepAll(detail.shadowRoot, 'opp-apply').some(hasInputs) : null;
      report.jsonLd = detail
        ? [...detail.querySelectorAll('script[type="application/ld+json"]')].map((s) => {
            try {
              return JSON.parse(s.textContent)['@type'];
            } catch {
              return 'not JSON';
            }
          })
        : null;
      report.defined = ['opp-finder', 'opp-card', 'opp-stats', 'opp-detail', 'opp-apply'].filter((t) => customElements.get(t));
      report.hostFont = getComputedStyle(document.querySelector('opp-finder')).fontFamily;
      parent.postMessage({ type: 'opp-probe', page: location.pathname, report }, '*');
    }, 300);
    return;
  }
  setTimeout(poll, 50);
})();
