// apply.html: the "How the server answers" switch and a log of what <opp-apply> did. An external module, not an
// inline script: the demo pages run under `script-src 'self'`.
const apply = document.querySelector('opp-apply');
const form = document.getElementById('simulate');
const log = document.getElementById('log');

function note(text) {
  const li = document.createElement('li');
  li.textContent = `${new Date().toLocaleTimeString('en-GB')} ${text}`;
  log.append(li);
}

// The demo server fails on request (header `X-Demo-Fail: 503;times=2` → two 503s for this Idempotency-Key, then
// the application is accepted), so the widget's retries can be watched.
form.addEventListener('change', () => {
  const mode = String(new FormData(form).get('mode') ?? '');
  apply.requestHeaders = mode ? { 'X-Demo-Fail': mode } : undefined;
  const [status, times] = mode.split(';times=');
  note(mode ? `The server will answer ${status}${times ? ` ${times === '1' ? 'once' : `${times} times`}, then accept` : ' to every attempt'}.` : 'The server answers normally.');
});

apply.addEventListener('opp-apply-submit', (e) => {
  note(`${e.detail.retry ? 'Sent again' : 'Sent'} with Idempotency-Key ${e.detail.idempotencyKey.slice(0, 8)}…`);
});
apply.addEventListener('opp-apply-retry', (e) => {
  const d = e.detail;
  const why = d.status ? `HTTP ${d.status}` : { network: 'no connection', timeout: 'timed out' }[d.reason] ?? d.reason;
  note(`Not accepted yet (${why}): automatic retry ${d.attempt - 1} (request ${d.attempt}) in ${(d.delay / 1000).toFixed(1)} s, same key ${d.idempotencyKey.slice(0, 8)}…`);
});
apply.addEventListener('opp-apply-success', (e) => {
  note(`Accepted (HTTP ${e.detail.status})${e.detail.reference ? `, reference ${e.detail.reference}` : ''}.`);
});
apply.addEventListener('opp-apply-error', (e) => {
  const d = e.detail;
  const what = {
    invalid: `some answers need attention (${(d.fields ?? []).join(', ')})`,
    fields: `the server refused some answers (${(d.fields ?? []).join(', ')})`,
    retryable: `not accepted yet (${d.reason ?? 'temporary problem'}${d.status ? `, HTTP ${d.status}` : ''}); it can be sent again with the same key`,
    fatal: `refused${d.status ? ` (HTTP ${d.status})` : ''}`,
    spam: 'stopped by the anti-spam check',
    'not-open': 'applications are not open',
  }[d.kind] ?? d.kind;
  note(`Not sent: ${what}.`);
});
