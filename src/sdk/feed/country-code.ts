/**
 * The one rule for a country code in a feed: an ISO 3166-1 alpha-2 code in any case, or one of the EU's own codes
 * (`EL`, `UK`), normalised. The schema validates with it and the format readers map values with it; names
 * (`Belgium`) are `countryFromName`'s job (./suggest.ts).
 */
import { COUNTRY_CODES } from './code-sets.js';
import { COUNTRY_ALIASES } from './codes.js';

/** `be` → `BE`; the EU's `EL` and `UK` → `GR` and `GB`; `undefined` when not an ISO 3166-1 alpha-2 code. */
export function toCountryCode(value: string): string | undefined {
  if (value.length !== 2) return undefined;
  const up = value.toUpperCase();
  const code = COUNTRY_ALIASES[up] ?? up;
  return COUNTRY_CODES.has(code) ? code : undefined;
}
