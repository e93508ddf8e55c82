/**
 * The `opportunity-kit` command line: `validate` a feed in any format (with `--profile elm`, also whether each item
 * is ready for Europass), `convert` it to JSON, CSV, iCalendar or ELM 3 JSON-LD.
 * All input and output goes through `io`, so the logic runs (and is tested) without a terminal or a network;
 * `bin/opportunity-kit.mjs` passes Node's.
 */
import { canonicalLanguageTag } from '../sdk/feed/schema.js';
import type { FeedIssue, FeedResult } from '../sdk/feed/parse.js';
import { cellValue, FIELD_KIND } from './csv-columns.js';
import { toCsv } from './csv-write.js';
import { ELM_CONTEXT, elmReadiness, toElm } from './elm-write.js';
import type { ElmGap } from './elm-write.js';
import { downloadFeed, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from '../sdk/client/download.js';
import { decodeText } from './encoding.js';
import { toICalendar } from './ical-write.js';
import { FEED_FORMATS, readFeed } from './index.js';
import type { FeedFormat, ReadFeedOptions } from './index.js';
import { setPath } from './shared.js';
import type { Json } from './shared.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<Uint8Array | string>;
  /** Needed for `--out`. */
  writeFile?(path: string, data: string): Promise<void>;
  /** A standard fetch (Node's): URLs download through the SDK's `downloadFeed` (ky: timeout, retries, size limit). */
  fetch: typeof fetch;
}

export const USAGE = `Usage:
  opportunity-kit validate <file-or-URL> [--format F] [--language xx] [--default path=value ...] [--json]
                          [--profile elm]
  opportunity-kit convert <file-or-URL> --to json|csv|ics|elm [--out FILE] [--format F] [--language xx]
                          [--default path=value ...] [--name "Calendar name"] [--delimiter ";"] [--bom] [--force]
  (with a URL, both also take --timeout MS (default ${DEFAULT_TIMEOUT}) and --max-bytes N (default ${DEFAULT_MAX_BYTES}))
  opportunity-kit hub [--config hub.json] [--port 8050] [--host 127.0.0.1] [--data ./hub-data]
                          (the harvesting search server: see docs/hub.md)

Formats (detected when --format is absent): ${FEED_FORMATS.join(', ')}.
--default fills what a format cannot say, e.g. for a calendar:
  --default kind=staff-week --default provider.name="Ghent University" --default provider.country=BE

--language gives the language of texts the file does not give one (a CSV without a 'language' column).
--profile elm also reports, item by item, what Europass (the European Learning Model, ELM 3) needs that the item
  lacks, with the feed field to fill; --to elm writes ELM 3 JSON-LD (see docs/elm.md).
--out writes atomically and never replaces a feed with one holding fewer than half its items (unless --force).

Exit status: 0 no errors; 1 the feed has errors (items were dropped or the file is unusable), or with --profile elm
an item is not ready for Europass; 2 wrong usage or the input could not be read.
`;

const EXTENSIONS: Record<string, string> = {
  json: 'application/json',
  jsonld: 'application/ld+json',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  ics: 'text/calendar',
  ical: 'text/calendar',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  xml: 'application/xml',
  html: 'text/html',
  htm: 'text/html',
};

interface Args {
  command?: string;
  input?: string;
  format?: string;
  language?: string;
  to?: string;
  profile?: string;
  out?: string;
  name?: string;
  delimiter?: string;
  bom: boolean;
  force: boolean;
  json: boolean;
  help: boolean;
  timeout?: string;
  maxBytes?: string;
  defaults: string[];
  unknown: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { bom: false, force: false, json: false, help: false, defaults: [], unknown: [] };
  const valued = new Set(['--format', '--to', '--out', '-o', '--name', '--delimiter', '--default', '--language', '--profile', '--timeout', '--max-bytes']);
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let value: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (valued.has(a)) {
      value ??= argv[++i];
      if (value === undefined) {
        args.unknown.push(`${a} needs a value`);
        continue;
      }
      if (a === '--format') args.format = value;
      else if (a === '--to') args.to = value;
      else if (a === '--out' || a === '-o') args.out = value;
      else if (a === '--name') args.name = value;
      else if (a === '--delimiter') args.delimiter = value;
      else if (a === '--language') args.language = value;
      else if (a === '--profile') args.profile = value;
      else if (a === '--timeout') args.timeout = value;
      else if (a === '--max-bytes') args.maxBytes = value;
      else args.defaults.push(value);
    } else if (a === '--bom') args.bom = true;
    else if (a === '--force') args.force = true;
    else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a.startsWith('-') && a !== '-') args.unknown.push(`unknown option ${a}`);
    else if (!args.command) args.command = a;
    else if (!args.input) args.input = a;
    else args.unknown.push(`unexpected argument ${a}`);
  }
  return args;
}

/** How many opportunities the file at `path` holds now (`undefined` when there is no readable file). */
async function existingCount(path: string, io: CliIo): Promise<number | undefined> {
  let text: Uint8Array | string;
  try {
    text = await io.readFile(path);
  } catch {
    return undefined;
  }
  try {
    const body = typeof text === 'string' ? text : new TextDecoder().decode(text);
    if (body.includes(ELM_CONTEXT)) {
      // An ELM export (`convert --to elm`): its learning opportunities are the nodes of its graph.
      const graph = (JSON.parse(body) as { '@graph'?: unknown })['@graph'];
      if (Array.isArray(graph)) return graph.length;
    }
  } catch {
    /* not an ELM export: read it as a feed */
  }
  try {
    const format = /\.csv$/i.test(path) ? 'csv' : undefined;
    const old = await readFeed(typeof text === 'string' ? text : new TextDecoder().decode(text), format ? { format } : {});
    return old.opportunities.length;
  } catch {
    return undefined;
  }
}

/** `provider.name=Ghent University`, `topics=ict|hr`, `title.sv=…` → a defaults object (cells read like CSV cells). */
function parseDefaults(pairs: readonly string[]): { defaults: Json; errors: string[] } {
  const defaults: Json = {};
  const errors: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      errors.push(`--default ${pair}: expected path=value, e.g. kind=staff-week`);
      continue;
    }
    const path = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1);
    const kind = FIELD_KIND.get(path);
    const dot = path.lastIndexOf('.');
    const lang = dot > 0 ? canonicalLanguageTag(path.slice(dot + 1)) : null;
    if (kind && kind !== 'text' && kind !== 'textList') setPath(defaults, path.split('.'), cellValue(kind, value));
    else if (!kind && lang && FIELD_KIND.get(path.slice(0, dot)) === 'text') setPath(defaults, [...path.slice(0, dot).split('.'), lang], value.trim());
    else setPath(defaults, path.split('.'), value.trim());
  }
  return { defaults, errors };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summary(result: FeedResult): { errors: number; warnings: number; line: string } {
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  return {
    errors,
    warnings,
    line: `${plural(result.opportunities.length, 'opportunity', 'opportunities')} valid, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  };
}

/** One item's readiness for Europass: `elm      'id': ready`, or `not ready` and one line per missing field. */
const readinessLines = (id: string, missing: readonly ElmGap[]): string =>
  missing.length === 0
    ? `elm      '${id}': ready for Europass\n`
    : `elm      '${id}': not ready for Europass, ${plural(missing.length, 'thing')} missing:\n` +
      missing.map((g) => `           - ${g.field} (${g.property}): ${g.message}\n`).join('');

const issueLine = (i: FeedIssue): string => `${i.severity === 'error' ? 'error  ' : 'warning'}  ${i.message}\n`;

async function load(
  input: string,
  io: CliIo,
  limits: { timeout: number; maxBytes: number },
): Promise<{ text: string; contentType?: string; baseUrl?: string; issues: FeedIssue[] }> {
  if (/^https?:\/\//i.test(input)) {
    // The SDK's download path: ky with a timeout per attempt and for the body, retries, and the size limit.
    const { text, issues, contentType } = await downloadFeed(input, { ...limits, fetch: io.fetch });
    return { text, issues, baseUrl: input, ...(contentType ? { contentType } : {}) };
  }
  const data = await io.readFile(input);
  const ext = /\.([a-z]+)$/i.exec(input)?.[1]?.toLowerCase();
  const contentType = ext ? EXTENSIONS[ext] : undefined;
  const decoded = typeof data === 'string' ? { text: data, issues: [] } : decodeText(data, contentType);
  return { ...decoded, ...(contentType ? { contentType } : {}) };
}

/** Run the command line; resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const fail = (message: string) => {
    io.stderr.write(`opportunity-kit: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (args.help || !args.command) {
    (args.help ? io.stdout : io.stderr).write(USAGE);
    return args.help ? 0 : 2;
  }
  if (args.command !== 'validate' && args.command !== 'convert') return fail(`unknown command '${args.command}'`);
  if (args.unknown.length) return fail(args.unknown.join('; '));
  if (!args.input) return fail(`${args.command} needs a file or URL`);
  if (args.format && !(FEED_FORMATS as readonly string[]).includes(args.format)) {
    return fail(`--format must be one of ${FEED_FORMATS.join(', ')}`);
  }
  if (args.command === 'convert' && !['json', 'csv', 'ics', 'elm'].includes(args.to ?? '')) return fail('convert needs --to json, csv, ics or elm');
  if (args.profile !== undefined && args.profile !== 'elm') return fail(`--profile must be elm (Europass), not '${args.profile}'`);
  if (args.profile !== undefined && args.command !== 'validate') return fail('--profile is an option of validate');
  if (args.delimiter && ![',', ';', '\t', 'tab'].includes(args.delimiter)) return fail('--delimiter must be , ; or tab');
  if (args.out && !io.writeFile) return fail('--out is not available here');
  if (args.language !== undefined && !canonicalLanguageTag(args.language.trim())) {
    return fail(`--language '${args.language}' is not a BCP 47 language tag such as 'en', 'nl' or 'pt-BR'`);
  }
  const { defaults, errors } = parseDefaults(args.defaults);
  if (errors.length) return fail(errors.join('; '));
  const positive = (value: string | undefined, fallback: number): number | undefined => {
    if (value === undefined) return fallback;
    const n = Number(value.trim().replace(/_/g, ''));
    return value.trim() !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const timeout = positive(args.timeout, DEFAULT_TIMEOUT);
  if (timeout === undefined) return fail(`--timeout must be a whole number of milliseconds, not '${args.timeout}'`);
  const maxBytes = positive(args.maxBytes, DEFAULT_MAX_BYTES);
  if (maxBytes === undefined) return fail(`--max-bytes must be a whole number of bytes, not '${args.maxBytes}'`);

  let loaded: Awaited<ReturnType<typeof load>>;
  try {
    loaded = await load(args.input, io, { timeout, maxBytes });
  } catch (e) {
    io.stderr.write(`opportunity-kit: cannot read ${args.input}: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
  const options: ReadFeedOptions = {
    ...(args.format ? { format: args.format as FeedFormat } : {}),
    ...(args.language ? { language: args.language.trim() } : {}),
    ...(Object.keys(defaults).length ? { defaults } : {}),
    ...(loaded.contentType ? { contentType: loaded.contentType } : {}),
    ...(loaded.baseUrl ? { baseUrl: loaded.baseUrl } : {}),
  };
  const read = await readFeed(loaded.text, options);
  const result: FeedResult = { ...read, issues: [...loaded.issues, ...read.issues] };
  const sum = summary(result);

  if (args.command === 'validate') {
    const elm = args.profile === 'elm' ? result.opportunities.map((o) => ({ id: o.id, missing: elmReadiness(o) })) : undefined;
    const notReady = elm ? elm.filter((e) => e.missing.length > 0).length : 0;
    if (args.json) {
      const report: Record<string, unknown> = { opportunities: result.opportunities.length, errors: sum.errors, warnings: sum.warnings, issues: result.issues };
      if (elm) report.elm = { ready: elm.length - notReady, notReady, items: elm.map((e) => ({ ...e, ready: e.missing.length === 0 })) };
      io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    } else {
      for (const issue of result.issues) io.stdout.write(issueLine(issue));
      io.stdout.write(`${sum.line}\n`);
      if (elm) {
        for (const e of elm) io.stdout.write(readinessLines(e.id, e.missing));
        io.stdout.write(`Europass (ELM 3): ${elm.length - notReady} of ${plural(elm.length, 'opportunity', 'opportunities')} ready\n`);
      }
    }
    return sum.errors > 0 || notReady > 0 ? 1 : 0;
  }

  for (const issue of result.issues) io.stderr.write(issueLine(issue));
  io.stderr.write(`${sum.line}\n`);
  let output: string;
  if (args.to === 'csv') {
    const delimiter = args.delimiter === 'tab' ? '\t' : ((args.delimiter ?? ',') as ',' | ';' | '\t');
    output = toCsv(result.opportunities, { delimiter, bom: args.bom });
  } else if (args.to === 'elm') {
    output = JSON.stringify(toElm(result.opportunities), null, 2) + '\n';
  } else if (args.to === 'ics') {
    const title = result.feed.title ? Object.values(result.feed.title)[0] : undefined;
    const name = args.name ?? title;
    output = toICalendar(result.opportunities, name ? { name } : {});
  } else {
    const { version: _version, ...meta } = result.feed;
    output = JSON.stringify({ version: '1', ...meta, opportunities: result.opportunities }, null, 2) + '\n';
  }
  if (args.out) {
    // Never replace a feed with one holding fewer than half its items (a broken export would empty a live feed).
    const before = await existingCount(args.out, io);
    if (before !== undefined && result.opportunities.length < before / 2 && !args.force) {
      io.stderr.write(
        `opportunity-kit: not writing ${args.out}: it holds ${before} opportunities and the new feed only ${result.opportunities.length}. ` +
          `Fix the errors above, or add --force to replace it anyway.\n`,
      );
      return 1;
    }
    try {
      await io.writeFile!(args.out, output);
    } catch (e) {
      io.stderr.write(`opportunity-kit: cannot write ${args.out}: ${(e as Error)?.message ?? String(e)}\n`);
      return 2;
    }
  } else io.stdout.write(output);
  return sum.errors > 0 ? 1 : 0;
}
