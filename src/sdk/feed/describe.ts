/**
 * Values as they appear in issue messages: short (a long value is clipped), quoted, and safe for any value (bigint,
 * symbol, cyclic values never throw). One clipping rule for the validator and the format readers.
 */

/** `s`, or its first `max - 3` characters and `…` when it is longer than `max`. */
export const clip = (s: string, max = 60): string => (s.length > max ? s.slice(0, max - 3) + '…' : s);

/** A value as a short quoted string for messages; never throws (bigint, symbol, cyclic values) and never runs long. */
export const quote = (v: unknown, max = 60): string => {
  let s: string;
  if (typeof v === 'string') s = v;
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = typeof v === 'bigint' ? `${v}` : Object.prototype.toString.call(v);
    }
  }
  return `'${clip(s, max)}'`;
};

/** What a value is, for messages: short (long strings are cut), and safe for any value (bigint, symbol, cycles). */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'object':
      return 'an object';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'string':
      return `string ${quote(v)}`;
    default:
      return `${typeof v} ${String(v)}`;
  }
}
