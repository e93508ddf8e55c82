/**
 * `toElm`: opportunities as European Learning Model (ELM 3) JSON-LD, in the shape of its Learning Opportunities and
 * Qualifications (LOQ) application profile — what Europass publishes learning opportunities from — and
 * `elmReadiness`: what that profile requires that an item does not say. No dependencies. The mapping table and the
 * readiness rules are in docs/elm.md.
 *
 * Sources (the European Commission's European-Learning-Model repository on GitHub, ELM v3.1, 2023):
 * - the JSON-LD context `http://data.europa.eu/snb/model/context/edc-ap` (`rdf/ap/edc/edc-ap-context.jsonld`): every
 *   term written below (`title`, `thematicArea` = `elm:ISCEDFCode`, `providedBy`, `contentURL` = `elm:contentUrl`, …);
 *   the ELM 3 credential samples use the same context (`Credentials/JSON-LD Examples (ELM v3)`);
 * - the LOQ application profile (`rdf/ap/loq/LOQ-constraints.ttl`): which properties each class has and which are
 *   required (the readiness rules), e.g. `LearningOpportunity`: title, homepage, providedBy, defaultLanguage,
 *   learningAchievementSpecification; `LearningAchievementSpecification`: title, ISCEDFCode, language,
 *   learningOutcome; `Organisation`: legalName, location; `Location`: address; `Address`: countryCode;
 * - the ELM 3 ontology (`http://data.europa.eu/snb/model/elm/`) for the provider's identifiers: `identifier`
 *   (`adms:identifier`) → `Identifier` (`adms:Identifier`) with `notation` (`skos:notation`) and `schemeName`
 *   (`elm:schemeName`) — written from the ontology as the project knows it; to re-check against the published context;
 * - the controlled lists (`xsd/loq/cv/*.xsd`): ISCED-F, EQF, learning settings, modes of learning and assessment, and
 *   the EU authority tables for countries, languages and currencies (see elm-codes.ts).
 */
import type { LocalizedText, Opportunity } from '../sdk/feed/schema.js';
import { PLAIN_TEXT } from '../sdk/feed/schema.js';
import { isDateOnly } from '../sdk/feed/values.js';
import { displayName } from '../sdk/text/names.js';
import { EU_CURRENCY_TABLE, EU_COUNTRY_TABLE, EU_LANGUAGE_TABLE, countryIri, languageIri } from './elm-codes.js';
import { htmlToText } from './html-text.js';
import { prune } from './raw.js';

type Json = Record<string, unknown>;

/** The ELM 3 JSON-LD context (the EDC application profile's, which defines the learning opportunity terms too). */
export const ELM_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';

const ELM = 'http://data.europa.eu/snb/model/elm/';

/**
 * Terms the ELM context leaves to the W3C credentials context (`id`, `type`) or does not define (`defaultLanguage`,
 * `elm:defaultLanguage` in the ELM ontology, required on a LearningOpportunity by the LOQ profile): given inline, so
 * the document needs no credential context.
 */
export const ELM_LOCAL_CONTEXT = {
  id: '@id',
  type: '@type',
  defaultLanguage: { '@id': `${ELM}defaultLanguage`, '@type': '@id' },
} as const;

/** ISCED-F 2013 fields (`http://data.europa.eu/snb/isced-f/0413`) and their scheme. */
export const ISCED_F_IRI = 'http://data.europa.eu/snb/isced-f/';
const ISCED_F_SCHEME = 'http://data.europa.eu/snb/isced-f/25831c2';
/** EQF levels (`http://data.europa.eu/snb/eqf/6`) and their scheme. */
export const EQF_IRI = 'http://data.europa.eu/snb/eqf/';
const EQF_SCHEME = 'http://data.europa.eu/snb/eqf/25831c2';

/** The EDC controlled list of learning setting types. */
export const LEARNING_SETTING_IRIS: Readonly<Record<NonNullable<Opportunity['learningSetting']>, string>> = {
  formal: 'http://data.europa.eu/snb/learning-setting/6fd4685715',
  'non-formal': 'http://data.europa.eu/snb/learning-setting/e207a81fc7',
};
const LEARNING_SETTING_SCHEME = 'http://data.europa.eu/snb/learning-setting/25831c2';
const LEARNING_SETTING_LABELS = { formal: 'formal learning', 'non-formal': 'non-formal learning' } as const;

/** The EDC controlled list of modes of learning and assessment: onsite is "Presential". */
export const MODE_IRIS: Readonly<Record<NonNullable<Opportunity['mode']>, string>> = {
  onsite: 'http://data.europa.eu/snb/learning-assessment/9191af2ed9',
  online: 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe',
  blended: 'http://data.europa.eu/snb/learning-assessment/e92d221e4d',
};
const MODE_SCHEME = 'http://data.europa.eu/snb/learning-assessment/25831c2';
const MODE_LABELS = { onsite: 'Presential', online: 'Online', blended: 'Blended' } as const;

export interface ToElmOptions {
  /**
   * The start of every node id (an IRI): an item's learning opportunity is this followed by its id, URI-encoded,
   * and the nodes inside it add a fragment (`#specification`, `#provider`, …). Default `urn:opportunity-kit:`; a
   * publisher with a stable namespace passes its own (`https://www.ugent.be/elm/`).
   */
  idPrefix?: string;
}

const concept = (id: string, scheme: string, label?: string, notation?: string): Json => ({
  id,
  type: 'Concept',
  inScheme: { id: scheme, type: 'ConceptScheme' },
  ...(label ? { prefLabel: { en: label } } : {}),
  ...(notation ? { notation } : {}),
});

/** The language of a text kept under `und` (no language known) stays `und`; the readiness report names it. */
const langMap = (t: LocalizedText | undefined): LocalizedText | undefined => (t && Object.keys(t).length ? { ...t } : undefined);

const plainMap = (t: LocalizedText | undefined): LocalizedText | undefined => {
  if (!t) return undefined;
  const out: LocalizedText = {};
  for (const [lang, value] of Object.entries(t)) {
    const text = htmlToText(value);
    if (text) out[lang] = text;
  }
  return Object.keys(out).length ? out : undefined;
};

/**
 * A feed date or date-time as xsd:dateTime: a date starts at 00:00:00Z, or, as an end or deadline, lasts to
 * 23:59:59Z (FEED-FORMAT.md: a date as an end lasts to the end of that day, UTC); a date-time without seconds
 * gets `:00`.
 */
export function elmDateTime(value: string | undefined, end = false): string | undefined {
  if (!value) return undefined;
  if (isDateOnly(value)) return `${value}T${end ? '23:59:59' : '00:00:00'}Z`;
  return value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?=Z|[+-])/, '$1:00');
}

/** Hours as an xsd:duration: 40 → `PT40H`, 1.5 → `PT1H30M`, 0.25 → `PT15M`. */
export function hoursToDuration(hours: number): string {
  const seconds = Math.round(hours * 3600);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** An ISO 8601 duration as an xsd:duration: weeks become days (`P2W` → `P14D`), a decimal comma a point. */
export function isoToXsdDuration(value: string): string {
  const v = value.replace(',', '.');
  const w = /^P(\d+(?:\.\d+)?)W$/.exec(v);
  if (w) return `P${Number(w[1]) * 7}D`;
  return v.replace(/(\d+)W(?:(\d+)D)?/, (_all, weeks: string, days?: string) => `${Number(weeks) * 7 + Number(days ?? 0)}D`);
}

/** The instruction languages of an item: its `languages`, else the language its texts are in. */
function instructionLanguages(o: Opportunity): string[] {
  const tags = o.languages?.length ? o.languages.map((l) => l.lang) : o.language && o.language !== PLAIN_TEXT ? [o.language] : [];
  return [...new Set(tags)];
}

/** The item's authoritative language: the language of its texts, else the first of its title's languages. */
function defaultLanguageOf(o: Opportunity): string | undefined {
  if (o.language && o.language !== PLAIN_TEXT && languageIri(o.language)) return o.language;
  return Object.keys(o.title).find((tag) => tag !== PLAIN_TEXT && languageIri(tag));
}

const languageConcept = (tag: string): Json | undefined => {
  const iri = languageIri(tag);
  return iri ? concept(iri, EU_LANGUAGE_TABLE, displayName('language', tag.split('-')[0]!)) : undefined;
};

const countryConcept = (code: string | undefined): Json | undefined => {
  const iri = code ? countryIri(code) : undefined;
  return iri ? concept(iri, EU_COUNTRY_TABLE, displayName('region', code!)) : undefined;
};

const location = (id: string, country: string | undefined, city: string | undefined, lang: string): Json | undefined => {
  const countryCode = countryConcept(country);
  if (!countryCode && !city) return undefined;
  return {
    id,
    type: 'Location',
    geographicName: city ? { [lang]: city } : undefined,
    address: countryCode ? { id: `${id}-address`, type: 'Address', countryCode } : undefined,
  };
};

/**
 * The provider's identifiers the feed carries, as ELM `identifier`s (`adms:identifier` → `Identifier` with its
 * `notation` and `schemeName`), in this order. None of them is a legal identifier in ELM's sense (`registration` →
 * `LegalIdentifier`: a registration number issued in a jurisdiction, its `spatial`, such as a business-register or
 * VAT number): the PIC is the Commission's participant code, the Erasmus code and SCHAC are programme and network
 * codes; the feed has no field for a legal registration number, so no `registration` is written.
 */
const ORGANISATION_IDENTIFIERS = [
  { field: 'erasmusCode', fragment: 'erasmus-code', schemeName: 'Erasmus institution code' },
  { field: 'pic', fragment: 'pic', schemeName: 'Participant Identification Code (PIC)' },
  { field: 'schac', fragment: 'schac', schemeName: 'SCHAC home organisation' },
] as const satisfies readonly { field: keyof Opportunity['provider']; fragment: string; schemeName: string }[];

/** One opportunity as an ELM `LearningOpportunity` node (with the nodes it contains). */
export function toElmNode(o: Opportunity, options: ToElmOptions = {}): Json {
  const id = `${options.idPrefix ?? 'urn:opportunity-kit:'}${encodeURIComponent(o.id)}`;
  const lang = defaultLanguageOf(o) ?? PLAIN_TEXT;
  const p = o.provider;
  const identifiers = ORGANISATION_IDENTIFIERS.flatMap(({ field, fragment, schemeName }) => {
    const notation = p[field];
    return notation ? [{ id: `${id}#provider-${fragment}`, type: 'Identifier', notation, schemeName }] : [];
  });
  const provider: Json = {
    id: `${id}#provider`,
    type: 'Organisation',
    legalName: langMap(p.name),
    identifier: identifiers.length ? identifiers : undefined,
    homepage: p.url ? { id: `${id}#provider-homepage`, type: 'WebResource', contentURL: p.url } : undefined,
    location: location(`${id}#provider-location`, p.country, p.city, lang),
  };
  const languages = instructionLanguages(o).map(languageConcept).filter((c): c is Json => !!c);
  const specification: Json = {
    id: `${id}#specification`,
    type: 'LearningAchievementSpecification',
    title: langMap(o.title),
    description: plainMap(o.description) ?? langMap(o.summary),
    learningOutcome: o.learningOutcomes?.map((t, i) => ({ id: `${id}#outcome-${i + 1}`, type: 'LearningOutcome', title: langMap(t) })),
    thematicArea: o.fields?.map((code) => concept(`${ISCED_F_IRI}${code}`, ISCED_F_SCHEME, undefined, code)),
    language: languages.length ? languages : undefined,
    volumeOfLearning: o.volumeOfLearning !== undefined ? hoursToDuration(o.volumeOfLearning) : undefined,
    // ELM's elm:EQFLevel has the domain Qualification; a LearningAchievementSpecification takes the EQF level as its
    // educationLevel (LOQ profile), a concept of the EQF scheme.
    educationLevel: o.eqfLevel !== undefined ? concept(`${EQF_IRI}${o.eqfLevel}`, EQF_SCHEME, `Level ${o.eqfLevel}`) : undefined,
    mode: o.mode ? concept(MODE_IRIS[o.mode], MODE_SCHEME, MODE_LABELS[o.mode]) : undefined,
    learningSetting: o.learningSetting
      ? concept(LEARNING_SETTING_IRIS[o.learningSetting], LEARNING_SETTING_SCHEME, LEARNING_SETTING_LABELS[o.learningSetting])
      : undefined,
    entryRequirement: o.entryRequirements ? { id: `${id}#entry-requirement`, type: 'Note', noteLiteral: langMap(o.entryRequirements) } : undefined,
  };
  const fee = o.fee;
  const out: Json = {
    id,
    type: 'LearningOpportunity',
    title: langMap(o.title),
    description: langMap(o.summary),
    homepage: o.url ? { id: `${id}#homepage`, type: 'WebResource', contentURL: o.url } : undefined,
    defaultLanguage: lang !== PLAIN_TEXT ? languageConcept(lang) : undefined,
    providedBy: provider,
    learningAchievementSpecification: specification,
    temporal:
      o.start || o.end
        ? { id: `${id}#period`, type: 'PeriodOfTime', startDate: elmDateTime(o.start), endDate: elmDateTime(o.end, true) }
        : undefined,
    duration: o.duration ? isoToXsdDuration(o.duration) : undefined,
    mode: o.mode ? concept(MODE_IRIS[o.mode], MODE_SCHEME, MODE_LABELS[o.mode]) : undefined,
    applicationDeadline: elmDateTime(o.application?.deadline, true),
    priceDetail: fee
      ? {
          id: `${id}#price`,
          type: 'PriceDetail',
          amount: {
            id: `${id}#price-amount`,
            type: 'Amount',
            unit: concept(`${EU_CURRENCY_TABLE}/${fee.currency}`, EU_CURRENCY_TABLE, undefined, fee.currency),
            value: String(fee.amount),
          },
          description: plainMap(fee.covers),
        }
      : undefined,
    // The LOQ profile's Location needs an Address with a country: the item's place is written when its country is
    // known (FEED-FORMAT.md: location.country, else the provider's).
    location:
      o.location && (o.location.country ?? p.country)
        ? location(`${id}#location`, o.location.country ?? p.country, o.location.city, lang)
        : undefined,
  };
  return prune(out);
}

/**
 * Opportunities as one ELM 3 JSON-LD document: `{"@context": [ELM context, local terms], "@graph": [LearningOpportunity,
 * …]}`. Country and language are EU authority-table IRIs (alpha-3: `…/country/BEL`, `…/language/NLD`), fields ISCED-F
 * IRIs, dates xsd:dateTime. Every item is written, ready or not: `elmReadiness` says what Europass would still need.
 */
export function toElm(opportunities: readonly Opportunity[], options: ToElmOptions = {}): Json {
  return {
    '@context': [ELM_CONTEXT, ELM_LOCAL_CONTEXT],
    '@graph': opportunities.map((o) => toElmNode(o, options)),
  };
}

/** One thing Europass requires that an item lacks, with the feed field that supplies it. */
export interface ElmGap {
  /** The feed field to fill (`url`, `fields`, `provider.country`, …). */
  field: string;
  /** The ELM property it becomes (`LearningOpportunity.homepage`, …). */
  property: string;
  /** What to do, in a sentence a publisher can act on. */
  message: string;
}

const hasLanguage = (t: LocalizedText | undefined): boolean => !!t && Object.keys(t).some((k) => k !== PLAIN_TEXT);

/**
 * What the ELM learning opportunity profile (LOQ) requires that the item does not say, in the feed's terms: empty
 * when the item can go to Europass as it is. The rules are in docs/elm.md.
 */
export function elmReadiness(o: Opportunity): ElmGap[] {
  const gaps: ElmGap[] = [];
  const gap = (field: string, property: string, message: string) => gaps.push({ field, property, message });
  if (!hasLanguage(o.title)) {
    gap(
      'language',
      'LearningOpportunity.title',
      'the title has no language: give the item (or the feed) a language, or write the title as {"en": "…"}',
    );
  }
  if (!o.url) gap('url', 'LearningOpportunity.homepage', 'no page about it: fill url (the page about the opportunity)');
  if (!defaultLanguageOf(o)) {
    gap('language', 'LearningOpportunity.defaultLanguage', 'no language the item is written in: fill language (e.g. "en")');
  }
  if (!o.fields?.length) {
    gap('fields', 'LearningAchievementSpecification.ISCEDFCode', 'no field of education: fill fields with an ISCED-F 2013 code (e.g. ["0413"])');
  }
  if (!o.learningOutcomes?.length) {
    gap('learningOutcomes', 'LearningAchievementSpecification.learningOutcome', 'no learning outcomes: fill learningOutcomes (what a participant can do afterwards)');
  } else if (!o.learningOutcomes.every(hasLanguage)) {
    gap('learningOutcomes', 'LearningOutcome.title', 'a learning outcome has no language: give the item a language, or write each outcome as {"en": "…"}');
  }
  const languages = instructionLanguages(o);
  if (!languages.length) {
    gap('languages', 'LearningAchievementSpecification.language', 'no language of instruction: fill languages (e.g. [{"lang": "en"}]) or language');
  } else {
    for (const tag of languages) {
      if (!languageIri(tag)) {
        gap('languages', 'LearningAchievementSpecification.language', `'${tag}' has no code in the EU language table: use a language such as 'en'`);
      }
    }
  }
  if (!hasLanguage(o.provider.name)) {
    gap('language', 'Organisation.legalName', 'the provider name has no language: give the item a language, or write provider.name as {"en": "…"}');
  }
  if (!o.provider.country) {
    gap('provider.country', 'Organisation.location → Address.countryCode', "no provider country: fill provider.country (ISO 3166-1 alpha-2, e.g. 'BE')");
  }
  return gaps;
}
