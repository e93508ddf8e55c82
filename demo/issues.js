// issues.html: run the SDK's parseFeed on a feed with mistakes and show the issues a publisher would get.
const status = document.getElementById('issues-status');
const issuesList = document.getElementById('issues');
const keptList = document.getElementById('kept');

try {
  const { parseFeed, localize } = await import('/dist/opportunity-kit.js');
  const res = await fetch('/data/broken.json');
  if (!res.ok) throw new Error(`the feed answered HTTP ${res.status}`);
  const { opportunities, issues } = parseFeed(await res.text());
  for (const issue of issues) {
    const li = document.createElement('li');
    const label = document.createElement('span');
    label.className = issue.severity;
    label.textContent = `${issue.severity}${issue.id ? ` (${issue.id})` : ''}: `;
    li.append(label, issue.message);
    issuesList.append(li);
  }
  for (const o of opportunities) {
    const li = document.createElement('li');
    const title = localize(o.title, ['en'], o.language);
    li.textContent = title?.value ?? o.id;
    if (title && title.lang !== 'und') li.lang = title.lang;
    keptList.append(li);
  }
  const dropped = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.index)).size;
  status.textContent = `${dropped} items dropped, ${issues.length} messages, ${opportunities.length} items kept.`;
} catch (e) {
  status.textContent = `The feed could not be checked: ${e.message}. Is the bundle built (npm run build)?`;
}
