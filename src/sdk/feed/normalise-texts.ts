/**
 * Plain-string texts given their language once the parser knows it (the item's `language`, else the feed's): every
 * `Text` of an opportunity, in place.
 */
import { PLAIN_TEXT } from './text-schema.js';
import type { LocalizedText } from './text-schema.js';
import type { Opportunity } from './schema.js';

/**
 * Give a plain-string text (parsed as `{ und: "…" }`) the language it is in. Tags are already canonical (the schema
 * canonicalises them), so a text without the placeholder — the common case — is returned as it is.
 */
export function normaliseText(text: LocalizedText, lang: string): LocalizedText {
  if (text[PLAIN_TEXT] === undefined || lang === PLAIN_TEXT) return text;
  const out: LocalizedText = {};
  for (const key of Object.keys(text)) {
    const tag = key === PLAIN_TEXT ? lang : key;
    if (!Object.hasOwn(out, tag)) out[tag] = text[key]!;
  }
  return out;
}

function normaliseTexts(list: LocalizedText[], lang: string): void {
  for (let i = 0; i < list.length; i++) list[i] = normaliseText(list[i]!, lang);
}

/**
 * Put the item's language on it and on its plain-string texts. Works in place: zod's output is a fresh tree that
 * nothing else holds, and copying 30-field objects for every item was a fifth of the cost of parsing a feed.
 */
export function normaliseOpportunity(o: Opportunity, feedLanguage: string | undefined): Opportunity {
  const lang = o.language ?? feedLanguage ?? PLAIN_TEXT;
  o.language = lang;
  if (lang === PLAIN_TEXT) return o;
  o.title = normaliseText(o.title, lang);
  if (o.summary) o.summary = normaliseText(o.summary, lang);
  if (o.description) o.description = normaliseText(o.description, lang);
  o.provider.name = normaliseText(o.provider.name, lang);
  if (o.learningOutcomes) normaliseTexts(o.learningOutcomes, lang);
  if (o.fee?.covers) o.fee.covers = normaliseText(o.fee.covers, lang);
  if (o.recognition?.note) o.recognition.note = normaliseText(o.recognition.note, lang);
  if (o.entryRequirements) o.entryRequirements = normaliseText(o.entryRequirements, lang);
  const form = o.application?.form;
  if (form) {
    for (const f of form.fields) {
      f.label = normaliseText(f.label, lang);
      if (f.help) f.help = normaliseText(f.help, lang);
      if (f.options) for (const op of f.options) op.label = normaliseText(op.label, lang);
    }
    if (form.consents) for (const c of form.consents) c.label = normaliseText(c.label, lang);
    const p = form.privacy;
    if (p) {
      p.controller = normaliseText(p.controller, lang);
      p.purpose = normaliseText(p.purpose, lang);
      p.retention = normaliseText(p.retention, lang);
      if (p.legalBasis) p.legalBasis = normaliseText(p.legalBasis, lang);
    }
  }
  return o;
}
