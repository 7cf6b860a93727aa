/**
 * Providers: the offline analyzer behind the async provider interface, and a wrapper that lets a
 * remote / model-based provider answer first and falls back to the offline analyzer on error or timeout.
 * Uses setTimeout, so call it from activities (not from deterministic workflow code).
 */
import { analyze } from './analyze';
import { isSensitivity } from './decision';
import type { AnalyzeOptions, SentimentProvider, SentimentResult } from './types';

// Typed access to the timer functions without depending on Node or DOM type definitions.
const timers = globalThis as unknown as {
  setTimeout(cb: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const offlineProvider: SentimentProvider = {
  name: 'offline',
  async analyze(text: string, opts?: AnalyzeOptions): Promise<SentimentResult> {
    return { ...analyze(text, opts), provider: 'offline' };
  },
};

class ProviderTimeout extends Error {
  constructor(name: string, ms: number) {
    super(`sentiment provider "${name}" did not answer within ${ms} ms`);
    this.name = 'ProviderTimeout';
  }
}

const LABELS = new Set(['negative', 'neutral', 'positive']);

function looksValid(r: unknown): r is SentimentResult {
  if (!r || typeof r !== 'object') return false;
  const x = r as Partial<SentimentResult>;
  return (
    typeof x.score === 'number' &&
    Number.isFinite(x.score) &&
    typeof x.label === 'string' &&
    LABELS.has(x.label) &&
    typeof x.escalate === 'boolean' &&
    Array.isArray(x.reasons) &&
    // The decision's own fields: a provider that cannot say why, at which sensitivity, is not used.
    Array.isArray(x.signals) &&
    isSensitivity(x.sensitivity) &&
    typeof x.explanation?.es === 'string' &&
    typeof x.explanation?.en === 'string'
  );
}

export function withFallback(
  primary: SentimentProvider,
  opts: { timeoutMs: number; fallback?: SentimentProvider },
): SentimentProvider {
  const fallback = opts.fallback ?? offlineProvider;
  return {
    name: primary.name,
    async analyze(text: string, options?: AnalyzeOptions): Promise<SentimentResult> {
      let handle: unknown;
      const timeout = new Promise<never>((_, reject) => {
        handle = timers.setTimeout(() => reject(new ProviderTimeout(primary.name, opts.timeoutMs)), opts.timeoutMs);
      });
      try {
        const result = await Promise.race([Promise.resolve().then(() => primary.analyze(text, options)), timeout]);
        if (!looksValid(result)) throw new Error(`sentiment provider "${primary.name}" returned an invalid result`);
        return { ...result, provider: result.provider ?? primary.name };
      } catch (err) {
        const cause = err instanceof ProviderTimeout ? 'timeout' : 'error';
        const message = err instanceof Error ? err.message : String(err);
        const result = await fallback.analyze(text, options);
        return { ...result, provider: fallback.name, fallback: { from: primary.name, cause, message } };
      } finally {
        timers.clearTimeout(handle);
      }
    },
  };
}
