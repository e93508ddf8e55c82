/**
 * The publisher's page for one source: what the hub read from my feed, what is wrong with it, item by item. Plain
 * HTML with every value escaped (feed content is hostile), no script.
 */
const escape = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface View {
  id: string; url: string; name: string | null; state: string; stale: boolean; items: number;
  lastAttemptAt: Date | null; lastSuccessAt: Date | null;
  lastHarvest: { outcome: string; httpStatus: number | null; items: number; error: string | null; finishedAt: Date; issues: unknown[] } | null;
}

export function sourceReport(v: View): string {
  const issues = (v.lastHarvest?.issues ?? []) as { severity?: string; message?: string }[];
  const errors = issues.filter((i) => i.severity !== 'warning');
  const rows = issues.map((i) => `<li class="${i.severity === 'warning' ? 'warning' : 'error'}">${escape(i.severity ?? 'error')}: ${escape(i.message)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(v.name ?? v.id)}: feed report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
.error{color:#a4000f}.warning{color:#6b4f00}dt{font-weight:600}code{overflow-wrap:anywhere}</style></head>
<body><main><h1>${escape(v.name ?? v.id)}</h1>
<p>Feed: <code>${escape(v.url)}</code></p>
<dl><dt>State</dt><dd>${escape(v.state)}${v.stale ? ' (stale: no good harvest for a while)' : ''}</dd>
<dt>Items on the hub</dt><dd>${v.items}</dd>
<dt>Last attempt</dt><dd>${v.lastAttemptAt ? escape(v.lastAttemptAt.toISOString()) : 'never'}${v.lastHarvest ? ` — ${escape(v.lastHarvest.outcome)}${v.lastHarvest.httpStatus ? `, HTTP ${v.lastHarvest.httpStatus}` : ''}` : ''}</dd>
<dt>Last good harvest</dt><dd>${v.lastSuccessAt ? escape(v.lastSuccessAt.toISOString()) : 'never'}</dd></dl>
${v.lastHarvest?.error ? `<p class="error">${escape(v.lastHarvest.error)}</p>` : ''}
<h2>${errors.length} error${errors.length === 1 ? '' : 's'}, ${issues.length - errors.length} warning${issues.length - errors.length === 1 ? '' : 's'}</h2>
${rows ? `<ul>${rows}</ul>` : '<p>Nothing to fix.</p>'}
</main></body></html>
`;
}
