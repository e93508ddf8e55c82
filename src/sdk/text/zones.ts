/**
 * Which time zone a feed date or date-time is shown in. DOM-free and without a hidden zone: the visitor's zone is an
 * argument, so the same call gives the same answer on every machine (tests run it under several `TZ`s).
 *
 * - A date (`2027-03-01`) is a calendar day: it is never shifted by any zone.
 * - A date-time (`2027-03-01T23:59:00+01:00`) is shown in the zone it was written in: the IANA zone of the
 *   opportunity's country that has that very offset at that instant (so the label can read "CET", "EET", "BST"
 *   where the UI language has such names), else the bare offset ("GMT+1"). When the visitor's clock shows another
 *   time at that instant, the visitor's time is shown too.
 */
import { isDateOnly } from '../feed/values.js';

const OFFSET_RE = /(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** The offset a date-time was written with, in minutes east of UTC (`+01:00` → 60, `Z` → 0); `undefined` for a date. */
export function writtenOffset(value: string): number | undefined {
  if (isDateOnly(value)) return undefined;
  const m = OFFSET_RE.exec(value);
  if (!m) return undefined;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat | null>();

/** The offset of an IANA zone at an instant, in minutes east of UTC; `undefined` when the runtime does not know it. */
export function zoneOffset(zone: string, instant: number): number | undefined {
  let f = offsetFormatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        era: 'short',
      });
    } catch {
      f = null;
    }
    if (offsetFormatters.size > 100) offsetFormatters.clear();
    offsetFormatters.set(zone, f);
  }
  if (!f || !Number.isFinite(instant)) return undefined;
  const p: Record<string, string> = {};
  for (const { type, value } of f.formatToParts(instant)) p[type] = value;
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  const wall = Date.UTC(year, Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * An `Intl.DateTimeFormat` `timeZone` that shows a fixed offset: `UTC`, `Etc/GMT-1` for +01:00 (whole hours, which
 * every runtime knows; the sign of `Etc/GMT` zones is inverted), else `+05:30` (modern runtimes; `format.ts` falls
 * back when one does not take it).
 */
export function offsetZone(minutes: number): string {
  if (minutes === 0) return 'UTC';
  if (minutes % 60 === 0) return `Etc/GMT${minutes > 0 ? '-' : '+'}${Math.abs(minutes / 60)}`;
  const a = Math.abs(minutes);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

const zonesByCountry = new Map<string, readonly string[]>();

/** The IANA zones of a country (`ES` → Europe/Madrid, Africa/Ceuta, Atlantic/Canary), from Intl; `[]` when unknown. */
export function countryZones(country: string): readonly string[] {
  const code = country.toUpperCase();
  let hit = zonesByCountry.get(code);
  if (hit) return hit;
  try {
    const locale = new Intl.Locale(`und-${code}`) as Intl.Locale & {
      timeZones?: string[];
      getTimeZones?: () => string[] | undefined;
    };
    hit = locale.getTimeZones?.() ?? locale.timeZones ?? [];
  } catch {
    hit = [];
  }
  if (zonesByCountry.size > 300) zonesByCountry.clear();
  zonesByCountry.set(code, hit);
  return hit;
}

export interface ZonePlan {
  /** The moment the value stands for. */
  instant: number;
  /** The `timeZone` to show it in: its own zone. */
  zone: string;
  /** The offset it was written with, in minutes east of UTC. */
  offset: number;
  /** The visitor's zone, when the visitor's clock shows another time at that instant; else absent. */
  visitor?: string;
}

export interface ZoneOptions {
  /** The opportunity's country (ISO 3166-1 alpha-2), to name the zone ("CET" rather than "GMT+1"). */
  country?: string;
  /** The visitor's IANA zone (`Intl.DateTimeFormat().resolvedOptions().timeZone` in a page). */
  visitorZone?: string;
  /** The zones of a country (tests pass their own); defaults to Intl's. */
  zonesOf?: (country: string) => readonly string[];
}

/** How to show a date-time (see the module comment); `undefined` for a date-only or unreadable value. */
export function zonePlan(value: string, { country, visitorZone, zonesOf = countryZones }: ZoneOptions = {}): ZonePlan | undefined {
  const offset = writtenOffset(value);
  const instant = Date.parse(value);
  if (offset === undefined || Number.isNaN(instant)) return undefined;
  const named = country ? zonesOf(country).find((z) => zoneOffset(z, instant) === offset) : undefined;
  const plan: ZonePlan = { instant, zone: named ?? offsetZone(offset), offset };
  if (visitorZone) {
    const theirs = zoneOffset(visitorZone, instant);
    if (theirs !== undefined && theirs !== offset) plan.visitor = visitorZone;
  }
  return plan;
}
