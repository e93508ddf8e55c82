// large.html: how long the 10,000-item feed takes to arrive, parse and index, and how long each search takes.
const timing = document.getElementById('timing');
const finder = document.querySelector('opp-finder');
const fmt = new Intl.NumberFormat('en');
let typedAt;

finder.addEventListener('opp-load', (e) => {
  const seconds = (performance.now() / 1000).toFixed(1);
  timing.textContent = `${fmt.format(e.detail.total)} opportunities downloaded, parsed and indexed ${seconds} s after the page started loading.`;
});
finder.addEventListener('opp-error', () => {
  timing.textContent = 'The feed could not be loaded.';
});
// Keystrokes inside the finder's shadow DOM reach the page as composed `input` events.
finder.addEventListener('input', () => {
  typedAt = performance.now();
});
finder.addEventListener('opp-search', (e) => {
  if (typedAt === undefined) return;
  const ms = Math.max(1, Math.round(performance.now() - typedAt));
  typedAt = undefined;
  timing.textContent = `${fmt.format(e.detail.total)} results, ${ms} ms after the last keystroke.`;
});
