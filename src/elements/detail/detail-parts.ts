/**
 * The parts of `<opp-detail>`, for `exportparts`. A module of its own: `<opp-finder>` needs the list before the first
 * render, the element itself only when a detail opens (it is a lazy chunk in the script-tag bundle).
 */
import { STATUS_PARTS } from '../shared/parts.js';

export const DETAIL_PARTS = [
  'base',
  'close',
  'header',
  'kind',
  'title',
  'provider',
  'badge',
  'actions',
  'calendar',
  'share',
  'share-status',
  'summary',
  'facts',
  'section',
  'section-title',
  'description',
  'outcomes',
  'contact',
  'links',
  'apply',
  'apply-button',
  'apply-email',
  'apply-form',
  'not-found',
  ...STATUS_PARTS,
] as const;

/** Load `<opp-detail>` (a lazy chunk in the script-tag bundle) and register it; resolves once it is defined. */
export const defineDetail = (): Promise<void> => import('./opp-detail.js').then((m) => m.OppDetail.define('opp-detail'));
