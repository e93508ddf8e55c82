/**
 * One lazily loaded data file per UI language (the catalogues, the vocabularies): loaders registered once by a static
 * map of dynamic imports (so the bundler emits one chunk per language), each language fetched at most once, kept once
 * loaded, `fallback` when a language has no file or its chunk fails to load.
 */
export interface PerLanguage<L extends string, T, F> {
  register(map: Partial<Record<L, () => Promise<{ default: T }>>>): void;
  /** The data of `lang` if it has loaded. */
  ifLoaded(lang: L): T | undefined;
  load(lang: L): Promise<T | F>;
  /** The languages that have a loader. */
  languages(): L[];
}

export function perLanguage<L extends string, T, F>(
  fallback: F,
  { prepare = (v: T) => v, preloaded = [] as [L, T][] } = {},
): PerLanguage<L, T, F> {
  const loaders: Partial<Record<L, () => Promise<{ default: T }>>> = {};
  const cache = new Map<L, T>(preloaded);
  const pending = new Map<L, Promise<T | F>>();
  return {
    register: (map) => void Object.assign(loaders, map),
    ifLoaded: (lang) => cache.get(lang),
    languages: () => Object.keys(loaders) as L[],
    load(lang) {
      const hit = cache.get(lang);
      if (hit) return Promise.resolve(hit);
      let p = pending.get(lang);
      if (!p) {
        const loader = loaders[lang];
        p = loader
          ? loader().then(
              (m) => {
                const data = prepare(m.default);
                cache.set(lang, data);
                return data;
              },
              () => fallback,
            )
          : Promise.resolve(fallback);
        pending.set(lang, p);
      }
      return p;
    },
  };
}
