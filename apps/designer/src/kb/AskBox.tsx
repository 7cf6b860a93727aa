import { useState } from 'react';
import { useT } from '../i18n';
import type { KbApi, KbBotResult } from './api';

/** Asks a question exactly as the bot would, and says whether it would answer at a threshold or hand off. */
export function AskBox({ kb }: { kb: KbApi }) {
  const t = useT();
  const [question, setQuestion] = useState('');
  const [threshold, setThreshold] = useState(0.6);
  const [result, setResult] = useState<KbBotResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    if (!question.trim()) return;
    setProblem(null);
    try {
      setResult(await kb.ask({ text: question, limit: 3 }));
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  const best = result?.hits.find((h) => h.score >= threshold);

  return (
    <section className="kb-panel" aria-label={t('kb.ask.title')}>
      <h2>{t('kb.ask.title')}</h2>
      <p className="muted small">{t('kb.ask.intro')}</p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <input
          className="input grow"
          aria-label={t('kb.ask.question')}
          placeholder={t('kb.ask.question')}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          data-testid="kb-ask"
        />
        <label className="row small">
          {t('kb.ask.threshold')}
          <input
            className="input narrow"
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            onChange={(e) => setThreshold(Number(e.target.value))}
          />
        </label>
        <button type="submit" className="btn primary">
          {t('kb.ask.run')}
        </button>
      </form>
      {problem ? <p className="field-error">{problem}</p> : null}
      {result ? (
        <div data-testid="kb-ask-result">
          <p className="muted small">{t('kb.ask.lang', { lang: t(`kb.${result.lang}`) })}</p>
          {result.terms === 0 ? (
            <p className="kb-verdict hands-off">{t('kb.ask.nothing')}</p>
          ) : best ? (
            <p className="kb-verdict answers">{t('kb.ask.answers', { title: best.title })}</p>
          ) : (
            <p className="kb-verdict hands-off">{t('kb.ask.handsOff')}</p>
          )}
          <ul className="kb-list">
            {result.hits.map((h) => (
              <li key={h.id} className="kb-item">
                <strong>{h.title}</strong>
                <span className="muted small">{h.answer}</span>
                <span className="pill kb-score">{t('kb.score', { pct: Math.round(h.score * 100) })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
