/**
 * How a person applies for an opportunity at a moment: the one decision behind the detail's "How to apply" section
 * and the form (`<opp-apply>`), which both render it. DOM-free.
 */
import type { ApplicationForm, Opportunity } from '../feed/schema.js';
import { acceptsApplications, opportunityStatus } from '../status.js';
import type { OpportunityStatus } from '../status.js';
import { safeUrl } from '../text/url.js';

export interface HowToApply {
  status: OpportunityStatus;
  /** Applications are taken now (`open`, `closing-soon`): the form can be sent, the link and the address are offered. */
  open: boolean;
  /** The application form, when the feed defines one. */
  form?: ApplicationForm;
  /** Whether the form is shown: while applications are taken, and before they open (to prepare one). */
  showsForm: boolean;
  /** The application link, when it passed the URL rule. */
  url?: string;
  /** The application address and its `mailto:` link, when that passed the URL rule. */
  email?: string;
  mailto?: string;
}

/** How to apply for `o` at `now`. */
export function howToApply(o: Opportunity, now: Date): HowToApply {
  const status = opportunityStatus(o, now);
  const app = o.application;
  const open = acceptsApplications(status);
  const url = safeUrl(app?.url);
  const mailto = app?.email ? safeUrl(`mailto:${app.email}`, { allowMailto: true }) : undefined;
  return {
    status,
    open,
    ...(app?.form ? { form: app.form } : {}),
    showsForm: !!app?.form && (open || status === 'upcoming'),
    ...(url ? { url } : {}),
    ...(mailto ? { email: app!.email!, mailto } : {}),
  };
}
