/**
 * The public API report: for every entry in package.json "exports" that has types, API Extractor writes what the
 * entry exports — names, signatures, doc tags — to api/<entry>.api.md. The report is committed, so a change to the
 * public surface shows up in review as a diff of that file.
 *
 *   npm run api             regenerate the reports (after changing what an entry exports)
 *   npm run api -- --check  compare only; exit 1 and name the entries whose surface differs (the test runs this)
 *
 * It reads declarations emitted from src/ into tmp/api/dts (not dist/), so it needs no build.
 */
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const dts = join(root, 'tmp/api/dts');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { types?: string }> };

/** `./sdk` → `sdk`, `.` → `index`, `./opp-card` → `opp-card`; each with its declaration file under tmp/api/dts. */
export function entries(): { name: string; dts: string }[] {
  return Object.entries(pkg.exports).flatMap(([key, target]) => {
    if (typeof target === 'string' || !target.types) return [];
    const name = key === '.' ? 'index' : key.slice(2).replace(/\//g, '-');
    return [{ name, dts: join(dts, target.types.replace(/^\.\/dist\/lib\//, '')) }];
  });
}

rmSync(dts, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'),
  '--emitDeclarationOnly', '--outDir', dts], { encoding: 'utf8' });
if (tsc.status !== 0) { console.error(tsc.stdout + tsc.stderr); process.exit(1); }

mkdirSync(join(root, 'api'), { recursive: true });
const changed: string[] = [];
let errors = 0;
for (const entry of entries()) {
  if (!existsSync(entry.dts)) { console.error(`${entry.name}: ${entry.dts} was not emitted`); errors++; continue; }
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(root, 'api', `${entry.name}.json`), // not read: the configuration is the object below
    packageJsonFullPath: join(root, 'package.json'),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.dts,
      compiler: { overrideTsconfig: { compilerOptions: { lib: ['es2023', 'dom', 'dom.iterable'], types: [], skipLibCheck: true,
        experimentalDecorators: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022' }, files: [entry.dts] } },
      apiReport: { enabled: true, reportFolder: join(root, 'api'), reportTempFolder: join(root, 'tmp/api/report'), reportFileName: entry.name },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The report is about the surface; TSDoc style and "forgotten export" notes are not failures here.
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
        extractorMessageReporting: { default: { logLevel: ExtractorLogLevel.None, addToApiReportFile: false } },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    },
  });
  const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false, messageCallback: (m) => { if (m.logLevel !== ExtractorLogLevel.Error) m.handled = true; } });
  if (result.apiReportChanged) changed.push(`api/${entry.name}.api.md`);
  if (result.errorCount > 0 && !result.apiReportChanged) errors++;
}

if (check && changed.length) {
  console.error(`The public API differs from the committed report: ${changed.join(', ')}.\n` +
    'Run `npm run api` and review the diff of api/*.api.md: a change there is a change to what users can import.');
  process.exit(1);
}
if (changed.length) console.log(`updated ${changed.join(', ')}: review the diff`);
process.exit(errors ? 1 : 0);
