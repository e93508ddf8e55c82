/**
 * Fields the feed format does not know (`application.deadine`, `sumary`, `titel`). zod drops them without a word;
 * this walk reports each with the field meant, so a typo does not silently lose a deadline. The known fields are
 * read from the schema itself, once, so the walk can never disagree with it.
 *
 * Extension points (docs/FEED-FORMAT.md) are not reported: a name starting with `x-` (a publisher's own field), `@`
 * (JSON-LD keywords such as `@context`, `@type`) or `$` (JSON Schema keywords such as `$schema`).
 */
import type * as z from 'zod/mini';
import { closest } from './suggest.js';

/**
 * For each known field: the fields inside it, or `null` for a leaf (texts are maps of tags, so any key is theirs);
 * `many` when the field holds a list of such objects.
 */
export type FieldTree = Map<string, { sub: FieldTree | null; many: boolean }>;

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
}

const defOf = (s: z.core.$ZodType): Def => s._zod.def as unknown as Def;

/** The tree of field names a schema accepts (optional and array wrappers unwrapped). */
export function fieldTree(schema: z.core.$ZodType): FieldTree | null {
  return fieldOf(schema).sub;
}

function fieldOf(schema: z.core.$ZodType): { sub: FieldTree | null; many: boolean } {
  let def = defOf(schema);
  let many = false;
  while ((def.type === 'optional' && def.innerType) || (def.type === 'array' && def.element)) {
    if (def.type === 'array') many = true;
    def = defOf((def.type === 'optional' ? def.innerType : def.element)!);
  }
  if (def.type !== 'object' || !def.shape) return { sub: null, many };
  const tree: FieldTree = new Map();
  for (const [key, sub] of Object.entries(def.shape)) tree.set(key, fieldOf(sub));
  return { sub: tree, many };
}

/** Whether a field name is an extension point (never reported). */
export const isExtension = (key: string): boolean =>
  key.charCodeAt(0) === 64 /* @ */ || key.charCodeAt(0) === 36 /* $ */ || /^x-/i.test(key);

const pathsCache = new WeakMap<FieldTree, string[]>();

/** Every field under `tree` as a dotted path (`opens`, `form`, `form.endpoint`, …). */
function pathsOf(tree: FieldTree): string[] {
  let paths = pathsCache.get(tree);
  if (!paths) {
    paths = [];
    for (const [key, { sub }] of tree) {
      paths.push(key);
      if (sub) for (const p of pathsOf(sub)) paths.push(`${key}.${p}`);
    }
    pathsCache.set(tree, paths);
  }
  return paths;
}

/**
 * The known field meant by `name` among `paths` (dotted): the closest path (`application.dealine` →
 * `application.deadline`, `titel` → `title`); else a path whose last part is `name` or close to it (`deadline` →
 * `application.deadline`). Shared by the JSON walk and the CSV header.
 */
export function suggestField(name: string, paths: readonly string[]): string | undefined {
  const direct = closest(name, paths);
  if (direct || name.includes('.')) return direct;
  const lasts = paths.map((p) => p.slice(p.lastIndexOf('.') + 1));
  const last = closest(name, lasts);
  return last === undefined ? undefined : paths[lasts.indexOf(last)];
}

const suggestions = new WeakMap<FieldTree, Map<string, string | undefined>>();

/** `suggestField` memoised per object and name: a feed tends to repeat its mistakes in every item. */
function suggestionFor(node: FieldTree, key: string): string | undefined {
  let known = suggestions.get(node);
  if (!known) suggestions.set(node, (known = new Map()));
  if (known.has(key)) return known.get(key);
  const hint = suggestField(key, pathsOf(node));
  if (known.size < 1000) known.set(key, hint);
  return hint;
}

export interface UnknownField {
  /** From the object walked: `['application', 'deadine']`, `['languages', 0, 'level_']`. */
  path: (string | number)[];
  /** The known field meant, as a dotted path from the object walked, when one is close. */
  suggestion?: string;
}

/**
 * Unknown fields in `raw` (a value the schema of `tree` reads), depth first, in the order written. Cheap on a valid
 * item: one `Map` lookup per field written; a path is only copied for a field that is reported.
 */
export function unknownFields(raw: unknown, tree: FieldTree): UnknownField[] {
  const out: UnknownField[] = [];
  const path: (string | number)[] = [];
  // The schema has no recursion, so the walk ends within its depth even on a cyclic value: it follows known fields
  // only, and only into the objects and lists the schema expects there (anything else is the schema's to report).
  const walk = (value: unknown, node: FieldTree): void => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      const field = node.get(key);
      if (field) {
        if (!field.sub) continue;
        const v = (value as Record<string, unknown>)[key];
        path.push(key);
        if (!field.many) walk(v, field.sub);
        else if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            path.push(i);
            walk(v[i], field.sub);
            path.pop();
          }
        }
        path.pop();
      } else if (!isExtension(key)) {
        const named = path.filter((p): p is string => typeof p === 'string');
        const hint = suggestionFor(node, key);
        out.push({ path: [...path, key], ...(hint ? { suggestion: [...named, hint].join('.') } : {}) });
      }
    }
  };
  walk(raw, tree);
  return out;
}
