const rules = new Map<string, Intl.PluralRules>();

/** Pick the plural form of `n` for `lang` with `Intl.PluralRules`; `other` is the fallback for missing forms. */
export function plural(
  lang: string,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return forms[r.select(n)] ?? forms.other;
}
