/**
 * `opportunity-kit/sdk`: the headless SDK. DOM-free and Lit-free: it runs in Node, in workers and in browsers.
 * This file is the whole public surface.
 */
export { parseFeed, parseOpportunity, formatPath } from './feed/parse.js';
export type { FeedIssue, FeedResult, IssuePath } from './feed/parse.js';
export {
  feedSchema,
  opportunitySchema,
  formSchema,
  isHttpUrl,
  isIsoDate,
  isLanguageTag,
  instantOf,
  normaliseErasmusCode,
} from './feed/schema.js';
export type {
  FeedInput,
  OpportunityInput,
  Opportunity,
  LocalizedText,
  Organisation,
  Place,
  Application,
  ApplicationForm,
  FormField,
  Consent,
  Privacy,
  FeedMeta,
} from './feed/schema.js';
export * from './feed/codes.js';
export * from './feed/code-sets.js';
export { TOPICS, TOPIC_SLUGS, isTopicSlug, LABELLED_FIELDS } from './vocab/topics.js';
export type { TopicSlug } from './vocab/topics.js';
export { searchLabels, COUNTRY_NAME_LANGUAGES } from './vocab/labels.js';
export type { VocabularyLabels } from './vocab/labels.js';
export { opportunityStatus, canApply, STATUSES, CLOSING_SOON_DAYS } from './status.js';
export type { OpportunityStatus } from './status.js';
export { localize, localized } from './text/localize.js';
export type { Localized } from './text/localize.js';
export { safeUrl } from './text/url.js';
export * from './search/index.js';
export * from './client/index.js';
export { mergeFeeds } from './client/merge.js';
export type { MergeSource, MergedResult } from './client/merge.js';
export * from './apply/index.js';
