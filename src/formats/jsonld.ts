/**
 * schema.org JSON-LD → opportunities: `Event` (and its subtypes), `Course` with `hasCourseInstance`,
 * `CourseInstance`, `EducationalOccupationalProgram` and `JobPosting`, found anywhere in the data (arrays, `@graph`,
 * nested values, `@id` references). No third-party imports: used for HTML pages and for JSON-LD served as JSON.
 * The mapping table is in README-mapping.md.
 */
import type { Kind } from '../sdk/feed/codes.js';
import { PLAIN_TEXT } from '../sdk/feed/schema.js';
import { foldSlug } from '../sdk/search/fold.js';
import { kindFromTitle, kindOf } from './categories.js';
import { decodeEntities } from './html-text.js';
import { deriveIds } from './ids.js';
import { quoteShort, IssueLog } from './issue-log.js';
import { looseDate, looseNumber, resolveUrl } from './loose-values.js';
import { countryCode, languageTag, placeFromText } from './places.js';
import { deepMerge, isObject, prune } from './raw.js';
import type { Extracted, Json, RawItem, ReaderContext } from './raw.js';

export interface JsonLdBlock {
  value: unknown;
  /** `JSON-LD block 2 (line 30)`. */
  where: string;
}

type Role = 'job' | 'course' | 'program' | 'instance' | 'event';

const bareType = (t: string): string => t.replace(/^(https?:\/\/schema\.org\/|schema:)/i, '');
const typesOf = (n: Json): string[] =>
  (Array.isArray(n['@type']) ? n['@type'] : [n['@type']]).filter((t): t is string => typeof t === 'string').map(bareType);

function roleOf(types: string[]): Role | undefined {
  if (types.includes('JobPosting')) return 'job';
  if (types.includes('Course')) return 'course';
  if (types.includes('EducationalOccupationalProgram') || types.includes('WorkBasedProgram')) return 'program';
  if (types.includes('CourseInstance')) return 'instance';
  if (types.some((t) => t === 'Event' || (t.endsWith('Event') && t !== 'VirtualLocation'))) return 'event';
  return undefined;
}

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

class Graph {
  readonly byId = new Map<string, Json>();
  readonly nodes: { node: Json; role: Role; block: JsonLdBlock }[] = [];
  readonly otherTypes = new Set<string>();
  private visited = 0;

  collect(value: unknown, block: JsonLdBlock, depth = 0): void {
    if (depth > 32 || ++this.visited > 200_000) return;
    if (Array.isArray(value)) {
      for (const v of value) this.collect(v, block, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    const id = value['@id'];
    if (typeof id === 'string') {
      const known = this.byId.get(id);
      if (!known || Object.keys(value).length > Object.keys(known).length) this.byId.set(id, value);
    }
    const types = typesOf(value);
    const role = roleOf(types);
    if (role) this.nodes.push({ node: value, role, block });
    else for (const t of types) this.otherTypes.add(t);
    for (const [k, v] of Object.entries(value)) if (k !== '@context') this.collect(v, block, depth + 1);
  }

  /** A `{"@id": …}` reference replaced by the node it names, when the data has it. */
  resolve(v: unknown): unknown {
    if (isObject(v) && typeof v['@id'] === 'string') {
      const node = this.byId.get(v['@id']);
      if (node && node !== v && Object.keys(node).length > Object.keys(v).length) return node;
    }
    return v;
  }
}

type Text = string | Record<string, string>;

/** A schema.org text: a string, a `{"@value", "@language"}` object, or an array of those. */
function text(v: unknown, html = false): Text | undefined {
  const clean = (s: string) => (html ? s.trim() : decodeEntities(s).replace(/\s+/g, ' ').trim());
  const map: Record<string, string> = {};
  let plain: string | undefined;
  for (const item of list(v)) {
    if (typeof item === 'string' || typeof item === 'number') {
      const s = clean(String(item));
      if (s && plain === undefined) plain = s;
    } else if (isObject(item) && (typeof item['@value'] === 'string' || typeof item['@value'] === 'number')) {
      const s = clean(String(item['@value']));
      const lang = typeof item['@language'] === 'string' ? languageTag(item['@language']) : undefined;
      if (!s) continue;
      if (lang) map[lang] ??= s;
      else if (plain === undefined) plain = s;
    }
  }
  if (!Object.keys(map).length) return plain;
  if (plain !== undefined) map[PLAIN_TEXT] ??= plain;
  return map;
}

const firstString = (t: Text | undefined): string => (typeof t === 'string' ? t : t ? (Object.values(t)[0] ?? '') : '');

function urlOf(v: unknown, base: string | undefined): string | undefined {
  for (const item of list(v)) {
    const s = typeof item === 'string' ? item : isObject(item) ? (item.url ?? item['@id'] ?? item.contentUrl) : undefined;
    const u = typeof first(s) === 'string' ? (first(s) as string).trim() : '';
    if (u) return resolveUrl(u, base);
  }
  return undefined;
}

function numberOf(v: unknown): number | undefined {
  const f = first(v);
  if (isObject(f)) return numberOf(f.value ?? f['@value'] ?? f.price);
  return looseNumber(f);
}

const strings = (v: unknown): string[] =>
  list(v)
    .map((x) => (typeof x === 'string' ? x : isObject(x) && typeof (x.name ?? x['@value']) === 'string' ? String(x.name ?? x['@value']) : ''))
    .map((s) => s.trim())
    .filter(Boolean);

function modeOf(values: unknown): 'onsite' | 'online' | 'blended' | undefined {
  for (const v of strings(values)) {
    const s = bareType(v).toLowerCase();
    if (/blended|hybrid|mixed/.test(s)) return 'blended';
    if (/online|distance|remote|virtual|telecommute/.test(s)) return 'online';
    if (/onsite|on-site|in-person|offline|campus|classroom/.test(s)) return 'onsite';
  }
  return undefined;
}

class Mapper {
  constructor(
    private readonly graph: Graph,
    private readonly ctx: ReaderContext,
  ) {}

  private r = (v: unknown): unknown => this.graph.resolve(v);

  organisation(v: unknown): { org?: Json; contact?: Json } {
    for (const raw of list(v)) {
      const o = this.r(raw);
      if (typeof o === 'string' && o.trim()) return { org: { name: decodeEntities(o.trim()) } };
      if (!isObject(o)) continue;
      const name = text(o.name ?? o.legalName);
      const contact = prune({
        email: typeof o.email === 'string' ? o.email.replace(/^mailto:/i, '').trim() : undefined,
        phone: typeof o.telephone === 'string' ? o.telephone.trim() : undefined,
      });
      if (typesOf(o).includes('Person')) return name ? { contact: { ...contact, name: firstString(name) } } : {};
      if (!name) continue;
      const address = this.address(o.address ?? o.location);
      return {
        org: prune({ name, url: urlOf(o.url ?? o.sameAs, this.ctx.baseUrl), city: address.city, country: address.country }),
        ...(Object.keys(contact).length ? { contact } : {}),
      };
    }
    return {};
  }

  address(v: unknown): { city?: string; country?: string; region?: string } {
    for (const raw of list(v)) {
      const a = this.r(raw);
      if (typeof a === 'string') return placeFromText(a);
      if (!isObject(a)) continue;
      if (isObject(a.address) || typeof a.address === 'string') return this.address(a.address);
      const countryRaw = this.r(a.addressCountry);
      const countryName = typeof countryRaw === 'string' ? countryRaw : isObject(countryRaw) ? String(countryRaw.name ?? countryRaw.identifier ?? '') : '';
      const city = typeof a.addressLocality === 'string' ? a.addressLocality.trim() : undefined;
      const region = typeof a.addressRegion === 'string' ? a.addressRegion.trim() : undefined;
      const country = countryName ? countryCode(countryName) : undefined;
      if (city || country || region) return prune({ city: city || undefined, country, region: region || undefined });
    }
    return {};
  }

  /** Place, PostalAddress, VirtualLocation, text or an array of them → location and what it says about the mode. */
  place(v: unknown): { location?: Json; online: boolean; onsite: boolean } {
    let location: Json | undefined;
    let online = false;
    let onsite = false;
    for (const raw of list(v)) {
      const p = this.r(raw);
      if (typeof p === 'string') {
        const t = placeFromText(p);
        if (t.online) online = true;
        else if (t.city || t.country) {
          onsite = true;
          location ??= prune({ city: t.city, country: t.country });
        }
        continue;
      }
      if (!isObject(p)) continue;
      if (typesOf(p).includes('VirtualLocation')) {
        online = true;
        continue;
      }
      onsite = true;
      if (location) continue;
      const a = this.address(p.address ?? p);
      const geo = this.r(p.geo);
      const lat = isObject(geo) ? numberOf(geo.latitude) : undefined;
      const lon = isObject(geo) ? numberOf(geo.longitude) : undefined;
      const name = typeof p.name === 'string' ? placeFromText(p.name) : {};
      location = prune({ city: a.city ?? name.city, region: a.region, country: a.country ?? name.country, lat, lon });
    }
    return { ...(location && Object.keys(location).length ? { location } : {}), online, onsite };
  }

  /** The fields every supported type shares. */
  common(node: Json, role: Role): Json {
    const base = this.ctx.baseUrl;
    const data: Json = {};
    const title = text(role === 'job' ? (node.title ?? node.name) : node.name);
    if (title) data.title = title;
    const description = text(node.description, true);
    if (description) data.description = description;
    const identifier = first(node.identifier);
    const idValue = isObject(identifier) ? (identifier.value ?? identifier['@value']) : identifier;
    if ((typeof idValue === 'string' && idValue.trim()) || typeof idValue === 'number') data.id = String(idValue).trim();
    else if (typeof node['@id'] === 'string' && node['@id'].trim() && !node['@id'].startsWith('_:')) {
      data.id = resolveUrl(node['@id'], base);
    }
    data.url = urlOf(node.url, base);
    data.image = urlOf(first(node.image), base);
    data.updated = looseDate(first(node.dateModified) ?? (role === 'job' ? first(node.datePosted) : undefined));
    data.start = looseDate(first(node.startDate ?? node.jobStartDate));
    data.end = looseDate(first(node.endDate));

    const who = this.organisation(node.provider ?? node.organizer ?? node.hiringOrganization ?? node.publisher);
    if (who.org) data.provider = who.org;
    if (who.contact) data.contact = who.contact;

    const langs = list(node.inLanguage)
      .map((l) => {
        const x = this.r(l);
        return typeof x === 'string' ? x : isObject(x) ? String(x.alternateName ?? x.name ?? '') : '';
      })
      .map((l) => languageTag(l))
      .filter((l): l is string => !!l);
    if (langs.length) {
      data.languages = [...new Set(langs)].map((lang) => ({ lang }));
      if (langs.length === 1) data.language = langs[0];
    }

    const where = this.place(node.location ?? node.jobLocation);
    if (where.location) data.location = where.location;
    const mode =
      modeOf(node.courseMode ?? node.eventAttendanceMode ?? node.educationalProgramMode) ??
      (strings(node.jobLocationType).some((t) => /telecommute/i.test(t)) ? 'online' : undefined) ??
      (where.online && where.onsite ? 'blended' : where.online ? 'online' : undefined);
    if (mode) data.mode = mode;

    const application: Json = {
      deadline: looseDate(first(node.applicationDeadline ?? node.validThrough)),
      opens: looseDate(first(node.applicationStartDate)),
      places: numberOf(node.maximumEnrollment ?? node.maximumAttendeeCapacity ?? node.totalJobOpenings),
      placesLeft: numberOf(node.remainingAttendeeCapacity),
    };
    for (const raw of list(node.offers)) {
      const offer = this.r(raw);
      if (!isObject(offer)) continue;
      const spec = this.r(first(offer.priceSpecification));
      const price = numberOf(offer.price ?? (isObject(spec) ? spec.price : undefined));
      const currency = first(offer.priceCurrency ?? (isObject(spec) ? spec.priceCurrency : undefined));
      if (price !== undefined && typeof currency === 'string' && data.fee === undefined) data.fee = { amount: price, currency: currency.trim() };
      application.url ??= urlOf(offer.url, base);
      application.deadline ??= looseDate(first(offer.validThrough ?? offer.availabilityEnds));
      application.opens ??= looseDate(first(offer.validFrom ?? offer.availabilityStarts));
    }
    data.application = application;

    const credits = numberOf(node.numberOfCredits);
    if (credits !== undefined) data.recognition = { ects: credits };
    const status = strings(node.eventStatus).map((s) => bareType(s));
    if (status.includes('EventCancelled')) data.status = 'cancelled';
    else if (status.includes('EventPostponed')) data.status = 'postponed';
    let keywords = list(node.keywords).flatMap((k) => (typeof k === 'string' ? k.split(',') : strings(k))).map((k) => k.trim()).filter(Boolean);
    // A keyword that names a kind (toJsonLd writes the kind first) says the kind; a course stays a course.
    const named = keywords.find((k) => kindOf(k));
    if (named) {
      const kind = kindOf(named)!;
      const courseLike = role === 'course' || role === 'program' || role === 'instance';
      if (!courseLike || kind === 'course') {
        if (!courseLike) data.kind = kind;
        keywords = keywords.filter((k) => k !== named);
      }
    }
    if (keywords.length) data.tags = [...new Set(keywords)];
    const outcomes = list(node.teaches).map((t) => text(isObject(t) && !('@value' in t) ? t.name : t)).filter((t): t is Text => !!t);
    if (outcomes.length) data.learningOutcomes = outcomes;
    return prune(data);
  }

  /** The kind a node suggests (a guess: `defaults.kind` wins over it). */
  kind(node: Json, role: Role, data: Json): Kind {
    const title = firstString(data.title as Text | undefined);
    if (role === 'course' || role === 'program' || role === 'instance') return 'course';
    const guess = kindFromTitle(title);
    if (role === 'event') return guess ?? 'other';
    if (guess) return guess;
    const employment = strings(node.employmentType).map((s) => foldSlug(s));
    if (employment.includes('volunteer')) return 'volunteering';
    if (employment.includes('intern')) return 'traineeship';
    const org = this.r(first(node.hiringOrganization));
    const orgTypes = isObject(org) ? typesOf(org) : [];
    const orgName = isObject(org) ? firstString(text(org.name)) : typeof org === 'string' ? org : '';
    const academic =
      orgTypes.some((t) => /CollegeOrUniversity|EducationalOrganization|ResearchOrganization|ResearchProject/.test(t)) ||
      /universit|college|hochschule|högskola|hogeschool|yliopisto|école|escuela|instit|academ|research|cnrs|max planck|fraunhofer/i.test(orgName) ||
      /research|scientist|lecturer|professor|phd|postdoc|doctoral/i.test(title);
    return academic ? 'research-job' : 'traineeship';
  }
}

const label = (role: Role, node: Json): string => {
  const t = typesOf(node).find((x) => roleOf([x]) === role) ?? role;
  const name = firstString(text(role === 'job' ? (node.title ?? node.name) : node.name));
  return name ? `${t} ${quoteShort(name, 50)}` : t;
};

/** Map the JSON-LD blocks of a page (or a JSON-LD document) to raw items. */
export function fromJsonLd(blocks: readonly JsonLdBlock[], ctx: ReaderContext, log: IssueLog): RawItem[] {
  const graph = new Graph();
  for (const b of blocks) graph.collect(b.value, b);
  const mapper = new Mapper(graph, ctx);
  const consumed = new Set<Json>();
  for (const { node, role } of graph.nodes) {
    if (role !== 'course') continue;
    for (const inst of list(node.hasCourseInstance)) {
      const x = graph.resolve(inst);
      if (isObject(x)) consumed.add(x);
      if (isObject(inst)) consumed.add(inst);
    }
  }
  const items: RawItem[] = [];
  const push = (data: Json, soft: Json, where: string) => {
    if (items.length < ctx.maxItems) items.push({ data, soft, where });
  };
  for (const { node, role, block } of graph.nodes) {
    if (items.length >= ctx.maxItems) {
      log.feed(`the page describes more than ${ctx.maxItems} opportunities; only the first ${ctx.maxItems} were read`, 'error');
      break;
    }
    if (role === 'instance' && consumed.has(node)) continue;
    const where = `${block.where}, ${label(role, node)}`;
    const base = mapper.common(node, role);
    const soft = { kind: mapper.kind(node, role, base) };
    const instances = role === 'course' ? list(node.hasCourseInstance).map((i) => graph.resolve(i)).filter(isObject) : [];
    if (!instances.length) {
      push(base, soft, where);
      continue;
    }
    const parentId = (base.id as string | undefined) ?? (base.url as string | undefined);
    instances.forEach((inst, i) => {
      const own = mapper.common(inst, 'instance');
      const data = deepMerge(base, own) as Json;
      if (own.id === undefined) {
        // One instance is the course itself (what toJsonLd writes); several get the course id and their start day.
        if (parentId && instances.length > 1) data.id = `${parentId}#${typeof own.start === 'string' ? own.start.slice(0, 10) : i + 1}`;
        else if (!parentId) delete data.id;
      }
      push(data, soft, `${where}, instance ${i + 1}`);
    });
  }
  if (!graph.nodes.length) {
    const others = [...graph.otherTypes].slice(0, 8).join(', ');
    log.feed(
      `the JSON-LD describes no Event, Course, CourseInstance, EducationalOccupationalProgram or JobPosting${others ? ` (only ${others})` : ''}`,
      blocks.length ? 'warning' : 'error',
    );
  }
  deriveIds(items, 'jsonld');
  return items;
}

/** Read a JSON-LD document served as JSON (`application/ld+json`, or JSON with `@context`). */
export function readJsonLd(value: unknown, ctx: ReaderContext): Extracted {
  const log = new IssueLog();
  const items = fromJsonLd([{ value, where: 'JSON-LD' }], ctx, log);
  return { feed: {}, items, issues: log.finish() };
}
