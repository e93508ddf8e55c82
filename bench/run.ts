// `npm run bench`: every benchmark suite, or the ones named (`npm run bench -- search`). Benchmarks measure and print;
// they assert nothing (budgets are reported against, not enforced, since timings vary between machines).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SUITES = ['parse', 'search', 'render', 'hub'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of wanted.length ? wanted : SUITES) {
  const file = fileURLToPath(new URL(`./${name}.bench.ts`, import.meta.url));
  if (!existsSync(file)) {
    console.log(`\n# ${name}: no suite (bench/${name}.bench.ts missing)`);
    continue;
  }
  console.log(`\n# ${name}`);
  const mod = (await import(file)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`bench/${name}.bench.ts must export run()`);
  await mod.run();
}
