/**
 * `opportunity-kit/sdk`: the headless SDK. DOM-free and Lit-free: it runs in Node, in workers and in browsers.
 * This file is the whole public surface, listed name by name (no `export *`): a name is public because it is
 * written here. api/sdk.api.md records the surface; `npm run api` regenerates it and a test compares the two.
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
export {
  COUNTRY_ALIASES,
  CEFR_LEVELS,
  KINDS,
  PROVIDER_TYPES,
  MODES,
  LEARNING_SETTINGS,
  DIRECTIONS,
  SCHEDULE_STATUSES,
  FIELD_TYPES,
} from './feed/codes.js';
export type { CefrLevel, Kind, ProviderType, Mode, LearningSetting, Direction, FieldType } from './feed/codes.js';
export { COUNTRY_CODES, CURRENCY_CODES, ISCED_F_CODES } from './feed/code-sets.js';
export { TOPICS, TOPIC_SLUGS, isTopicSlug, LABELLED_FIELDS } from './vocab/topics.js';
export type { TopicSlug } from './vocab/topics.js';
export { KIND_DEFINITIONS, AUDIENCES, AUDIENCE_SLUGS, isAudienceSlug, MODE_DEFINITIONS } from './vocab/terms.js';
export type { AudienceSlug } from './vocab/terms.js';
export { searchLabels, COUNTRY_NAME_LANGUAGES } from './vocab/labels.js';
export type { VocabularyLabels } from './vocab/labels.js';
export { opportunityStatus, canApply, STATUSES, CLOSING_SOON_DAYS } from './status.js';
export type { OpportunityStatus } from './status.js';
export { localize, localized } from './text/localize.js';
export type { Localized } from './text/localize.js';
export { safeUrl } from './text/url.js';
export {
  createSearchIndex,
  queryFromParams,
  queryToParams,
  queryToString,
  foldText,
  tokenize,
  FACET_NAMES,
  SORT_ORDERS,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  FACETS,
  facetSpec,
  DEFAULT_FILTER_FACETS,
  buildIndex,
  inPageBackend,
  remoteBackend,
  withinBase,
  visitorState,
  createWorkerSearch,
  serveSearchIndex,
  createRemoteSearch,
  readSearchResult,
} from './search/index.js';
export type {
  FacetCount,
  FacetName,
  SearchIndex,
  SearchIndexOptions,
  SearchLabels,
  SearchFilter,
  SearchQuery,
  SearchResult,
  SortOrder,
  FacetOrder,
  FacetSpec,
  BackendKind,
  BaseFilter,
  SearchBackend,
  SearchOptions,
  Chip,
  VisitorQuery,
  MessageEndpoint,
  SearchReply,
  SearchRequest,
  WorkerSearch,
  RemoteSearch,
  RemoteSearchOptions,
} from './search/index.js';
export {
  createClient,
  defaultReader,
  downloadFeed,
  feedUrls,
  memoryCache,
  createMemoryCache,
  browserCache,
  defaultCache,
  feedLabel,
  sourceNames,
  isFeedError,
  isFeedHttpError,
  isFeedNetworkError,
  isFeedTimeoutError,
  isFeedAbortError,
  isFeedTooLargeError,
  isFeedUnreadableError,
  isFeedLoadError,
  isFeedConfigError,
  FEED_ERROR_NAMES,
  FeedError,
  FeedConfigError,
  FeedHttpError,
  FeedNetworkError,
  FeedTimeoutError,
  FeedAbortError,
  FeedTooLargeError,
  FeedUnreadableError,
  FeedLoadError,
} from './client/index.js';
export type {
  FeedSource,
  FeedReader,
  ClientOptions,
  SourceState,
  SourceStatus,
  ClientResult,
  FeedClient,
  CacheEntry,
  CacheStore,
  MergedOpportunity,
  NamedSource,
  FeedErrorName,
  DownloadOptions,
  DownloadedFeed,
} from './client/index.js';
export { mergeFeeds } from './client/merge.js';
export type { MergeSource, MergedResult } from './client/merge.js';
// Applying. Internals of these modules (the attempt's key rule, the draft key prefix, the Retry-After parser) are
// not part of the surface: import them from their module inside this package.
export {
  checkField,
  checkConsent,
  formValidator,
  consentsValidator,
  applicationSchema,
  validateApplication,
  submitApplication,
  buildApplicationBody,
  newIdempotencyKey,
  fieldErrorsOf,
  createDraftStore,
  draftKey,
  createApplicationAttempt,
  attemptReducer,
  spamCheck,
  createSpamGuard,
  HONEYPOT_NAME,
  MIN_FILL_TIME,
  countryChoices,
  LANGUAGE_LEVELS,
  isFileLike,
  isEmptyValue,
  fileMatchesAccept,
} from './apply/index.js';
export type {
  FieldError,
  FieldErrorCode,
  FieldCheck,
  CleanValue,
  MessageFor,
  FormValidatorOptions,
  ValidationResult,
  ApplicationBody,
  ApplicationRequest,
  SubmitOptions,
  SubmitOutcome,
  RetryInfo,
  RetryReason,
  Draft,
  DraftStore,
  DraftStoreOptions,
  StorageLike,
  ApplicationAttempt,
  ApplicationAttemptOptions,
  AttemptRetry,
  AttemptState,
  AttemptEvent,
  SendContext,
  SpamVerdict,
  SpamCheckInput,
  SpamGuard,
  SpamGuardOptions,
  Choice,
  FileLike,
  FieldValue,
  ApplicationValues,
  ConsentValues,
} from './apply/index.js';
