// cards.html: the host builds its own list. It fetches the feed itself, parses it with the SDK that the bundle
// re-exports, keeps the courses that can still be booked and lays out one <opp-card> per course.
const status = document.getElementById('cards-status');
const list = document.getElementById('cards');
const dialog = document.getElementById('detail-dialog');
const body = document.getElementById('detail-body');

try {
  const { parseFeed, canApply, instantOf } = await import('/dist/opportunity-kit.js');
  const res = await fetch('/data/opportunities.json');
  if (!res.ok) throw new Error(`the feed answered HTTP ${res.status}`);
  const { opportunities } = parseFeed(await res.text());
  const now = new Date();
  const courses = opportunities
    .filter((o) => o.kind === 'course' && canApply(o, now))
    .sort((a, b) => instantOf(a.start ?? '9999-12-31') - instantOf(b.start ?? '9999-12-31'));
  const byId = new Map(courses.map((o) => [o.id, o]));

  for (const o of courses) {
    const li = document.createElement('li');
    const card = document.createElement('opp-card');
    card.opportunity = o;
    card.headingLevel = 3;
    li.append(card);
    list.append(li);
  }
  status.textContent = `${courses.length} courses can be booked now.`;

  // A card's title emits the cancelable `opp-select`: open the details here instead of leaving the page.
  list.addEventListener('opp-select', (e) => {
    const o = byId.get(e.detail.id);
    if (!o) return;
    e.preventDefault();
    const detail = document.createElement('opp-detail');
    detail.opportunity = o;
    detail.headingLevel = 2;
    body.replaceChildren(detail);
    dialog.showModal();
  });
  document.getElementById('detail-close').addEventListener('click', () => dialog.close());
} catch (e) {
  status.textContent = `The list could not be built: ${e.message}. Is the bundle built (npm run build)?`;
}
