/**
 * The zod-free value rules of feed format v1 (dates, URLs, instants), shared by the schema and by code that must not
 * pull the schema (and zod) into the script-tag bundle's first-render chunk: search, status and the views.
 */
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A date, or a date-time with hours, minutes, optional seconds and fraction, and a required offset. */
const DATE_OR_DATE_TIME_RE =
  /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d))?$/;

/** A calendar day without a time (`2027-03-01`): never shifted by a time zone, and as an end it lasts the whole day. */
export const isDateOnly = (value: string): boolean => DATE_RE.test(value);

const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
};

/** Whether year-month-day is a real calendar day (proleptic Gregorian): 2027-02-29 and 2027-04-31 are not. */
function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/** `2027-05-10` or `2027-03-01T23:59:00+01:00` (a date-time needs its offset), on a real calendar day. */
export function isIsoDate(value: string): boolean {
  return DATE_OR_DATE_TIME_RE.test(value) && realDay(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
}

// ---------- URLs ----------
const HTTP_PREFIX_RE = /^https?:\/\//i;
/**
 * The everyday URL — `http(s)://` + dot-separated labels of letters, digits and hyphens, the last starting with a
 * letter (so it is no IPv4 address) + an optional path, query or fragment without white space or controls — which
 * the WHATWG URL parser always accepts with a non-empty host. Anything else (ports, user info, IP literals, IDNA
 * `xn--` labels, odd characters) goes to the parser itself. A test checks this subset against `new URL`.
 */
const PLAIN_HTTP_URL_RE = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#][^\s\x00-\x1f\x7f]*)?$/i;
const PUNYCODE_RE = /xn--/i;

/** The URL rule used everywhere: only absolute http(s) URLs with a host are kept. */
export function isHttpUrl(value: string): boolean {
  if (!HTTP_PREFIX_RE.test(value)) return false;
  if (PLAIN_HTTP_URL_RE.test(value) && !PUNYCODE_RE.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The moment a date or date-time stands for. A date-only value means the whole day in UTC: its start, or with
 * `endOfDay` its last millisecond (a date-only deadline lasts to the end of that day).
 */
export function instantOf(value: string, endOfDay = false): number {
  if (isDateOnly(value)) {
    const t = Date.parse(value + 'T00:00:00Z');
    return endOfDay ? t + 86_400_000 - 1 : t;
  }
  return Date.parse(value);
}
