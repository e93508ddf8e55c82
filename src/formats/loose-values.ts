/**
 * Values as other formats write them, made into what the feed format wants: relative URLs, dates and date-times in
 * loose forms, numbers with decimal commas; and the date arithmetic the writers need.
 */
import { isIsoDate } from '../sdk/feed/values.js';

/** Resolve a relative URL against `base`; absolute URLs and unresolvable values come back unchanged. */
export function resolveUrl(value: string, base: string | undefined): string {
  const v = value.trim();
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(v)) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return v;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `+02:00` for 120 minutes east of UTC, `Z` for 0. */
export const offsetString = (minutes: number): string =>
  minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** The wall-clock time of `epochMs` at `offsetMinutes`, written with that offset: `2027-05-10T09:00:00+03:00`. */
export function isoAtOffset(epochMs: number, offsetMinutes: number): string {
  const d = new Date(epochMs + offsetMinutes * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offsetString(offsetMinutes)}`
  );
}

/** `2027-05-15` plus `days`. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(date.slice(0, 10) + 'T00:00:00Z') + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * A date or date-time as the feed format wants it, from the loose forms other formats use: ISO values with an
 * offset are kept; a date-time without offset keeps its date (the offset is unknown); RFC 822 dates
 * (`Tue, 10 Jun 2026 04:00:00 +0000`) become UTC. `undefined` when it is not a date at all.
 */
export function looseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!v || v.length > 100) return undefined;
  if (isIsoDate(v)) return v;
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(v);
  if (local) return isIsoDate(local[1]!) ? local[1] : undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(v);
  if (iso) {
    const off = iso[3]!.toUpperCase() === 'Z' ? 'Z' : iso[3]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const out = `${iso[1]}T${iso[2]!.length === 5 ? iso[2] + ':00' : iso[2]}${off}`;
    if (isIsoDate(out)) return out;
  }
  if (!/[a-z]/i.test(v) || !/\d{4}/.test(v)) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().replace(/\.000Z$/, 'Z');
}

/** `150`, `'150'`, `'150,50'`, `'1 500'` → a number; `undefined` when it is none. */
export function looseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let v = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^[+-]?\d+,\d+$/.test(v)) v = v.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v)) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

