/**
 * Applying for an opportunity, headless: form rules (the same for the page and the server), submission with one
 * idempotency key per application and bounded retries, drafts, the attempt state machine and anti-spam checks.
 */
export {
  checkField,
  checkConsent,
  formValidator,
  consentsValidator,
  applicationSchema,
  validateApplication,
} from './validate.js';
export type { FieldError, FieldErrorCode, FieldCheck, CleanValue, MessageFor, FormValidatorOptions, ValidationResult } from './validate.js';
export {
  submitApplication,
  buildApplicationBody,
  newIdempotencyKey,
  parseRetryAfter,
  fieldErrorsOf,
} from './submit.js';
export type { ApplicationBody, ApplicationRequest, SubmitOptions, SubmitOutcome, RetryInfo, RetryReason } from './submit.js';
export { createDraftStore, draftKey, DRAFT_PREFIX } from './draft.js';
export type { Draft, DraftStore, DraftStoreOptions, StorageLike } from './draft.js';
export { createApplicationAttempt, attemptReducer, keyFor } from './attempt.js';
export type { ApplicationAttempt, ApplicationAttemptOptions, AttemptRetry, AttemptState, AttemptEvent, SendContext } from './attempt.js';
export { spamCheck, createSpamGuard, HONEYPOT_NAME, MIN_FILL_TIME } from './spam.js';
export type { SpamVerdict, SpamCheckInput, SpamGuard, SpamGuardOptions } from './spam.js';
export { countryChoices, LANGUAGE_LEVELS } from './options.js';
export type { Choice } from './options.js';
export { isFileLike, isEmptyValue, fileMatchesAccept } from './values.js';
export type { FileLike, FieldValue, ApplicationValues, ConsentValues } from './values.js';
