/**
 * The one formatter of catalogue messages. A message is data: a text with `{name}` placeholders, or a plural message —
 * one such text per plural category of `{count}` in the UI language (`Intl.PluralRules`: `zero`, `one`, `two`, `few`,
 * `many`, `other`; `other` is the fallback). Catalogues hold no code; the branching (which message, which number) is
 * in the views, once.
 */
export type Plural = { [C in Intl.LDMLPluralRule]?: string } & { other: string };
export type Message = string | Plural;
/** The values of a message's placeholders; a plural message picks its form by `count`. */
export type Values = Record<string, string | number>;

const rules = new Map<string, Intl.PluralRules>();
/** The plural rules of a UI language. Portuguese is the EU's, European Portuguese: "0 resultados", not Brazilian "0 resultado". */
export function pluralRules(lang: string): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang === 'pt' ? 'pt-PT' : lang)));
  return r;
}
/** Each text split once: even indexes are literal text, odd ones placeholder names. */
const compiled = new Map<string, string[]>();

/**
 * `message` in `lang` with its placeholders filled in ("{count} results" → "5 results"). A placeholder without a value
 * stays as written. A text that ends with a value ending in a full stop keeps one stop (a Greek "μ.μ." before ".").
 */
export function format(lang: string, message: Message, values: Values = {}): string {
  let text = message as string;
  if (typeof message !== 'string') {
    text = message[pluralRules(lang).select(Number(values.count))] ?? message.other;
  }
  let parts = compiled.get(text);
  if (!parts) compiled.set(text, (parts = text.split(/\{(\w+)\}/)));
  let out = '';
  parts.forEach((p, i) => (out += i % 2 ? String(values[p] ?? `{${p}}`) : p));
  return out.replace(/([^.])\.\.$/, '$1.');
}
