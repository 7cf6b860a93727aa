import { describe, expect, it } from 'vitest';
import { offlineProvider, withFallback } from './provider';
import type { SentimentProvider, SentimentResult } from './types';

const canned: SentimentResult = {
  score: 0.9,
  label: 'positive',
  confidence: 0.99,
  lang: 'en',
  emotions: { anger: 0, frustration: 0, urgency: 0, joy: 0.9 },
  escalate: false,
  reasons: [],
  signals: [],
  sensitivity: 'strong',
  explanation: { es: 'No escalar.', en: 'Do not escalate.' },
};

describe('offlineProvider', () => {
  it('answers with the offline analyzer and names itself', async () => {
    const r = await offlineProvider.analyze('pésimo servicio');
    expect(r.label).toBe('negative');
    expect(r.provider).toBe('offline');
  });
});

describe('withFallback', () => {
  it('falls back when a provider gives a decision with no explanation or sensitivity, at the sensitivity asked', async () => {
    const { signals: _s, sensitivity: _l, explanation: _e, ...bare } = canned;
    const primary: SentimentProvider = { name: 'old', analyze: async () => bare as SentimentResult };
    const r = await withFallback(primary, { timeoutMs: 200 }).analyze('me cobraron dos veces', {
      sensitivity: 'anger',
    });
    expect(r.provider).toBe('offline');
    expect(r.fallback?.cause).toBe('error');
    expect(r.sensitivity).toBe('anger');
    expect(r.escalate).toBe(false);
    expect(r.signals).toContain('money_lost');
  });

  it('passes the primary result through when it answers in time', async () => {
    const primary: SentimentProvider = { name: 'llm', analyze: async () => canned };
    const r = await withFallback(primary, { timeoutMs: 200 }).analyze('pésimo servicio');
    expect(r.label).toBe('positive');
    expect(r.provider).toBe('llm');
    expect(r.fallback).toBeUndefined();
  });

  it('falls back to the offline analyzer when the primary throws', async () => {
    const primary: SentimentProvider = {
      name: 'llm',
      analyze: async () => {
        throw new Error('503 from upstream');
      },
    };
    const r = await withFallback(primary, { timeoutMs: 200 }).analyze('pésimo servicio, estoy harto');
    expect(r.label).toBe('negative');
    expect(r.escalate).toBe(true);
    expect(r.provider).toBe('offline');
    expect(r.fallback).toEqual({ from: 'llm', cause: 'error', message: '503 from upstream' });
  });

  it('falls back when the primary throws synchronously', async () => {
    const primary = {
      name: 'sync',
      analyze: () => {
        throw new Error('boom');
      },
    } as unknown as SentimentProvider;
    const r = await withFallback(primary, { timeoutMs: 200 }).analyze('gracias!');
    expect(r.provider).toBe('offline');
    expect(r.fallback?.cause).toBe('error');
  });

  it('falls back when the primary hangs past the timeout', async () => {
    const primary: SentimentProvider = { name: 'slow', analyze: () => new Promise<SentimentResult>(() => {}) };
    const started = Date.now();
    const r = await withFallback(primary, { timeoutMs: 30 }).analyze('quiero hablar con una persona');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.provider).toBe('offline');
    expect(r.fallback?.cause).toBe('timeout');
    expect(r.reasons).toContain('asks_for_human');
  });

  it('falls back when the primary returns garbage', async () => {
    const primary = { name: 'bad', analyze: async () => ({ label: 'angry' }) } as unknown as SentimentProvider;
    const r = await withFallback(primary, { timeoutMs: 200 }).analyze('ok');
    expect(r.fallback?.cause).toBe('error');
  });

  it('uses a custom fallback provider', async () => {
    const primary: SentimentProvider = { name: 'slow', analyze: () => new Promise<SentimentResult>(() => {}) };
    const backup: SentimentProvider = { name: 'backup', analyze: async () => canned };
    const r = await withFallback(primary, { timeoutMs: 10, fallback: backup }).analyze('x');
    expect(r.provider).toBe('backup');
    expect(r.label).toBe('positive');
  });
});
