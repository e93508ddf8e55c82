/**
 * The building blocks of the feed schema: zod configured without JIT (parsing never probes `new Function`, so it
 * runs under `script-src 'self'`), one-pass string rules with messages that quote the value, and JSON Schema hints
 * for rules zod cannot express there.
 */
import * as z from 'zod/mini';
import { quote } from './describe.js';

z.config({ jitless: true });


/**
 * One check that trims a string, tests it and normalises it in a single step — the cheap form of a
 * `z.trim()` + `z.refine()` + `z.overwrite()` chain, which costs three passes through zod's check loop for every
 * value. `fix` gets the trimmed value and returns the normalised value, or `undefined` when the value breaks the rule.
 * The message (built only when someone reads it) quotes what the publisher wrote.
 */
export const rule = (
  fix: (value: string) => string | undefined,
  explain: string | ((value: string) => string),
  { trim = true } = {},
): z.core.$ZodCheck<string> => {
  const message = typeof explain === 'string' ? (v: string) => `${quote(v)} ${explain}` : explain;
  const check: z.core.$ZodCheck<string> = z.check<string>(
    (payload) => {
      const v = trim ? payload.value.trim() : payload.value;
      const out = fix(v);
      if (out === undefined) payload.issues.push({ code: 'custom', input: v, inst: check, continue: false });
      else payload.value = out;
    },
    { error: (iss) => message(iss.input as string) },
  );
  return check;
};

/** A `rule` from a plain test: the trimmed value is kept as it is. */
export const test = (ok: (value: string) => boolean) => (v: string) => (ok(v) ? v : undefined);

/** JSON Schema hints for rules that zod cannot express in JSON Schema (they run as refinements in code). */
export const meta = <T extends z.core.$ZodType>(schema: T, hints: z.core.GlobalMeta): T => {
  z.globalRegistry.add(schema, hints);
  return schema;
};

export const nonEmpty = meta(z.string().check(rule(test((v) => v !== ''), () => 'must not be empty')), { minLength: 1 });

/** A list of `item`s. */
export const list = <T extends z.core.SomeType>(item: T) => z.array(item);

export const nonNegativeInt = z.int().check(z.gte(0, { error: 'must be 0 or more' }));
export const nonNegative = z.number().check(z.gte(0, { error: 'must be 0 or more' }));
