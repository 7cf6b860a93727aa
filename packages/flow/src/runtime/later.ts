/**
 * A result still to come: what the interpreter awaits (an activity call, a wait) and how its answer, or its failure,
 * becomes the result. Node code composes what follows with `map` instead of chaining `.then`, and the interpreter's
 * loop goes on in the one continuation it attaches: the SDK records a stack trace for every promise workflow code
 * creates, so each `.then` saved is worth it. Promises are still there for code that awaits (`promise()`).
 */
export class Later<R> {
  constructor(
    readonly awaited: Promise<unknown>,
    readonly ok: (value: unknown) => R | Promise<R>,
    readonly failed: (err: unknown) => R | Promise<R> = rethrow,
  ) {}

  /** What `promise` resolves with once awaited; no continuation of its own. */
  static of<R>(promise: Promise<R>): Later<R> {
    return new Later(promise, (value) => value as R);
  }

  /** The same result, then `f`: composed, not chained (no promise unless a step is itself a promise). */
  map<S>(f: (result: R) => S | Promise<S>): Later<S> {
    return new Later(
      this.awaited,
      (value) => chain(this.ok(value), f),
      (err) => chain(this.failed(err), f),
    );
  }

  /** As a promise, for code that awaits it: one continuation. */
  promise(): Promise<R> {
    return this.awaited.then(this.ok, this.failed);
  }
}

function rethrow(err: unknown): never {
  throw err;
}

/** `f(x)`, after `x` when it is a promise: continuations only where something is awaited. */
export function chain<T, R>(x: T | Promise<T>, f: (t: T) => R | Promise<R>): R | Promise<R> {
  return x instanceof Promise ? x.then(f) : f(x);
}
