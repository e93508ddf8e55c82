// A host page with hostile CSS (host-abuse.test.ts): the sheet named in ?sheet= goes in first, then the script-tag
// bundle, then the standalone card, detail and form get an open opportunity from the demo feed. The test (the parent,
// same origin) inspects the page itself once `window.__abuse.ready` is true.
const SHEETS = {
  // Everything reset, with !important so no later rule brings anything back.
  unset: `* { all: unset !important; } head, script, style, title { display: none !important; }`,
  // A CMS theme: !important resets and colours on every common tag, a huge line height and letter spacing.
  important: `
    html { font: 30px/3 Georgia, serif !important; }
    * { margin: 0 !important; padding: 0 !important; box-sizing: content-box !important; color: red !important;
        background: yellow !important; letter-spacing: 0.3em !important; text-transform: uppercase !important;
        border: 3px dotted green !important; float: none !important; }
    div, section, article, ul, li, button, input, select, textarea, label, a, span, p, h1, h2, h3, form, fieldset, legend {
        all: unset; font-size: 30px !important; }
    a { color: hotpink !important; text-decoration: line-through !important; pointer-events: auto !important; }`,
  // Huge fonts everywhere: inherited into the shadow trees.
  huge: `html { font-size: 64px !important; } body { font-size: 2em !important; line-height: 4 !important; }
    * { font-size: inherit !important; word-spacing: 1em !important; }`,
  // Rules aimed at the elements themselves.
  hosts: `opp-finder, opp-card, opp-detail, opp-stats, opp-apply { display: inline !important; font-size: 40px !important;
      background: black; width: 1px !important; height: 1px !important; line-height: 0 !important; }
    opp-finder *, opp-apply * { font-size: 20px !important; }`,
  // Every button and input on the page hidden (reaches only the light DOM: the standalone form's controls).
  buttons: `button, input, select, textarea, [type=submit] { display: none !important; visibility: hidden !important; }
    * { all: revert; }`,
};

const report = (window.__abuse = { errors: [], ready: false, sheet: '' });
addEventListener('error', (e) => report.errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => report.errors.push(String((e.reason && e.reason.message) || e.reason)));

const name = new URLSearchParams(location.search).get('sheet') || 'unset';
report.sheet = name;
const style = document.createElement('style');
style.textContent = SHEETS[name] || '';
document.head.append(style);

const { parseFeed, canApply } = await import('/dist/opportunity-kit.js');
const res = await fetch('/demo/data/opportunities.json');
const { opportunities } = parseFeed(await res.text());
const open = opportunities.filter((o) => canApply(o));
document.querySelector('opp-card').opportunity = open[0];
document.querySelector('opp-detail').opportunity = open.find((o) => o.description && o.application?.form);
document.querySelector('opp-apply').opportunity = open.find((o) => o.application?.form);
await customElements.whenDefined('opp-apply');
report.ready = true;
