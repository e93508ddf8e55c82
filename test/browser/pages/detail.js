// Shows one open opportunity with a rich-text description and an application form in <opp-detail>, then opens the
// form, so the strict-CSP page also exercises DOMPurify and the form (both lazy chunks).
import { parseFeed, canApply } from '/dist/opportunity-kit.js';

const res = await fetch('/demo/data/opportunities.json');
const { opportunities } = parseFeed(await res.text());
const el = document.querySelector('opp-detail');
el.opportunity = opportunities.find((o) => o.description && o.application?.form && canApply(o));
await el.updateComplete;
el.shadowRoot.querySelector('button[part="apply-button"]').click();
