/**
 * `<opp-apply feed=… opportunity-id=…>`: loading the opportunity from its feed, as a `@lit/task` Task instead of
 * hand-written fetch state. The task runs when the feed or the id changes (a newer run aborts the one in flight),
 * reads every feed format (`formatsReader`) and resolves relative feed URLs against the page.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { createClient } from '../../sdk/client/index.js';
import type { Opportunity } from '../../sdk/feed/schema.js';
import { formatsReader } from '../../formats/reader.js';

/** What the element says about the load: nothing (`idle`), loading, the feed failed, or no such opportunity in it. */
export type LoadState = 'idle' | 'loading' | 'error' | 'not-found';

export interface Loaded {
  opportunity?: Opportunity;
  /** `error`: every source of the feed failed; `not-found`: the feed loaded without that id. */
  state: 'idle' | 'error' | 'not-found';
}

/** Load `feed` and find `opportunityId` in it. Rejects only when `signal` aborts or the client throws. */
export async function loadOpportunity(feed: string, opportunityId: string, signal: AbortSignal): Promise<Loaded> {
  const result = await createClient({ feeds: feed, read: formatsReader, baseUrl: globalThis.location?.href }).load({ signal });
  const opportunity = result.opportunities.find((o) => o.id === opportunityId);
  if (opportunity) return { opportunity, state: 'idle' };
  return { state: result.sources.every((src) => src.state === 'failed') ? 'error' : 'not-found' };
}

/**
 * A task loading the opportunity named by `args()` — `[feed, opportunityId]`, either missing = nothing to load
 * (the element was given the opportunity itself, or not told where to find it).
 */
export class OpportunityLoader {
  readonly task: Task<[string | undefined, string | undefined], Loaded>;
  /** Aborted because the element left the page while loading: loaded again when it comes back. */
  private interrupted = false;

  constructor(host: ReactiveControllerHost, args: () => [string | undefined, string | undefined]) {
    this.task = new Task(host, {
      args,
      task: async ([feed, id], { signal }) => (feed && id ? loadOpportunity(feed, id, signal) : initialState),
    });
  }

  /** The loaded opportunity (the last one while a new load runs; none when there is nothing to load). */
  get opportunity(): Opportunity | undefined {
    return this.task.status === TaskStatus.INITIAL ? undefined : this.task.value?.opportunity;
  }

  get state(): LoadState {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.ERROR:
        return this.interrupted ? 'loading' : 'error';
      case TaskStatus.COMPLETE:
        return this.task.value?.state ?? 'idle';
      default:
        return 'idle';
    }
  }

  /** The element left the page: stop loading (the fetch is aborted). */
  disconnect(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.task.abort();
  }

  /** The element came back: load again what was interrupted. */
  reconnect(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.task.run();
  }
}
