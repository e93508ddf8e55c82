/**
 * Time zones without a VTIMEZONE definition: the runtime's IANA database (`Intl.DateTimeFormat`) gives the offset of
 * a zone at a moment. Calendar programs also write Windows zone names and prefixed IANA names; both are mapped.
 */

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

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
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
        second: 'numeric',
        era: 'short',
      });
    } catch {
      f = null;
    }
    if (formatters.size > 200) formatters.clear();
    formatters.set(zone, f);
  }
  return f;
}

/** The IANA zone a TZID stands for (`Europe/Helsinki`, `/mozilla.org/20050126_1/Europe/Helsinki`, `FLE Standard Time`). */
export function ianaZone(tzid: string): string | undefined {
  const id = tzid.trim().replace(/^"|"$/g, '');
  if (!id) return undefined;
  if (WINDOWS_ZONES[id]) return WINDOWS_ZONES[id];
  if (formatter(id)) return id;
  const tail = /((?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(id);
  if (tail && formatter(tail[1]!)) return tail[1];
  return undefined;
}

/** Offset of `zone` from UTC, in minutes, at the instant `epochMs`. */
export function zoneOffsetAt(zone: string, epochMs: number): number {
  const f = formatter(zone);
  if (!f) return 0;
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute), Number(parts.second));
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

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
