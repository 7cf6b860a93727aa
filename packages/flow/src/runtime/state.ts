import type { InboxItem, JourneyInput, JourneyState } from '../journey';

/** How many delivered ids a journey remembers for deduplication. */
const SEEN_LIMIT = 1000;
/** How many recent steps stay in workflow state (the full path lives in the step store). */
export const PATH_LIMIT = 200;
/** Unconsumed inbox items kept at most, oldest dropped first. */
const INBOX_LIMIT = 100;

/** The state of a journey that has not taken a step yet. */
export function initialState(input: Pick<JourneyInput, 'plan'>, now: number): JourneyState {
  return {
    status: 'running',
    outcome: null,
    current: input.plan.start,
    visits: {},
    vars: {},
    outputs: {},
    reply: null,
    sentiment: null,
    goals: [],
    ticketId: null,
    inbox: [],
    seen: [],
    path: [],
    steps: 0,
    wait: null,
    error: null,
    startedAt: now,
    run: 1,
  };
}

/**
 * Puts an arriving reply, event or handoff outcome in the inbox, unless an item with the same id
 * already arrived (signals can be delivered more than once). Returns whether it was new.
 */
export function deliver(state: JourneyState, item: InboxItem): boolean {
  if (state.seen.includes(item.id)) return false;
  state.seen.push(item.id);
  if (state.seen.length > SEEN_LIMIT) state.seen.splice(0, state.seen.length - SEEN_LIMIT);
  state.inbox.push(item);
  if (state.inbox.length > INBOX_LIMIT) state.inbox.splice(0, state.inbox.length - INBOX_LIMIT);
  return true;
}

/** Removes and returns the oldest inbox item that `accept` takes. */
export function take<T extends InboxItem>(state: JourneyState, accept: (item: InboxItem) => item is T): T | undefined;
export function take(state: JourneyState, accept: (item: InboxItem) => boolean): InboxItem | undefined;
export function take(state: JourneyState, accept: (item: InboxItem) => boolean): InboxItem | undefined {
  const index = state.inbox.findIndex(accept);
  if (index < 0) return undefined;
  const [item] = state.inbox.splice(index, 1);
  return item;
}
