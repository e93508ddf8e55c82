/**
 * Time zones without a VTIMEZONE definition: the runtime's IANA database (`Intl.DateTimeFormat`) gives the offset of
 * a zone at a moment. Calendar programs also write Windows zone names and prefixed IANA names; both are mapped.
 */

import { zoneOffset } from '../sdk/text/zones.js';

/** Whether the runtime knows the IANA zone (one offset computation: the SDK's, shared with the date display). */
const known = (zone: string): boolean => zoneOffset(zone, 0) !== undefined;

/** Windows time zone names for Europe and its neighbours (what Outlook and Exchange write) → IANA. */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Helsinki',
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Belarus Standard Time': 'Europe/Minsk',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  'Morocco Standard Time': 'Africa/Casablanca',
  'Israel Standard Time': 'Asia/Jerusalem',
  'UTC': 'UTC',
  'Coordinated Universal Time': 'UTC',
  'Eastern Standard Time': 'America/New_York',
  'Pacific Standard Time': 'America/Los_Angeles',
};

/** The IANA zone a TZID stands for (`Europe/Helsinki`, `/mozilla.org/20050126_1/Europe/Helsinki`, `FLE Standard Time`). */
export function ianaZone(tzid: string): string | undefined {
  const id = tzid.trim().replace(/^"|"$/g, '');
  if (!id) return undefined;
  if (WINDOWS_ZONES[id]) return WINDOWS_ZONES[id];
  if (known(id)) return id;
  const tail = /((?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(id);
  if (tail && known(tail[1]!)) return tail[1];
  return undefined;
}

/** Offset of `zone` from UTC, in minutes, at the instant `epochMs` (0 for a zone the runtime does not know). */
export const zoneOffsetAt = (zone: string, epochMs: number): number => zoneOffset(zone, epochMs) ?? 0;

/**
 * Offset (minutes) that the wall-clock time `y-m-d h:mi:s` has in `zone`. In the hour skipped when clocks go forward
 * the offset before the change is used; in the repeated hour, the first (summer time) one.
 */
export function wallTimeOffset(zone: string, y: number, m: number, d: number, h: number, mi: number, s: number): number {
  const wall = Date.UTC(y, m - 1, d, h, mi, s);
  const first = zoneOffsetAt(zone, wall);
  const second = zoneOffsetAt(zone, wall - first * 60_000);
  if (first === second) return first;
  const third = zoneOffsetAt(zone, wall - second * 60_000);
  return third === second ? second : Math.max(first, second);
}
