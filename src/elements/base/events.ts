import type { OppEventMap } from './opp-element.js';

/** Typed `addEventListener('opp-…')` on any element, for host pages written in TypeScript. */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends OppEventCustomMap {}
}
type OppEventCustomMap = { [K in keyof OppEventMap]: CustomEvent<OppEventMap[K]> };
export type { OppEventCustomMap };
