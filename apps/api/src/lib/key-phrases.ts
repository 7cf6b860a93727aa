/**
 * Key phrases of short customer texts (the messages that led to a hand-off), per language: the words and two-word
 * phrases that appear in most texts once the language's common words are set aside. Pure and deterministic.
 */

const STOP: Record<'es' | 'en', Set<string>> = {
  es: new Set(
    'a al algo alguien algun alguna algunas alguno algunos ante antes aqui asi aun aunque bien cada como con contra cual cuando de del desde donde dos el ella ellas ello ellos en entre era eran es esa esas ese eso esos esta estaba estado estan estar este esto estos estoy fue fueron ha habia han hasta hay he hola la las le les lo los mas me mi mis mucho muy nada ni no nos nosotros o otra otro para pero poco por porque puede pueden que quien se sea ser si sin sobre solo son soy su sus tambien tengo tiene tienen todo todos tu tus un una uno unos usted ya yo gracias favor buenas buenos dias tardes noches quiero necesito hacer puedo'.split(
      ' ',
    ),
  ),
  en: new Set(
    'a about after again all also am an and any are as at be been before being but by can could did do does doing for from had has have having he her here hi hello his how i if in into is it its just me more most my no not now of on once only or other our out over please same she should so some such than thank thanks that the their them then there these they this those through to too under until up very was we were what when where which while who why will with would you your want need get got'.split(
      ' ',
    ),
  ),
};

/** Lower case, accents kept for display but compared without them; only letters and digits. */
function words(text: string): { key: string; shown: string }[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => ({
    shown: w,
    key: w.normalize('NFD').replace(/\p{M}/gu, ''),
  }));
}

/** One key phrase with how many texts say it and a few of them. */
export interface KeyPhrase {
  phrase: string;
  count: number;
  examples: string[];
}

/**
 * The top phrases of texts in one language: words that are not common words (nor numbers or single letters), and
 * pairs of such words with at most two common words between them, counted once per text and said by at least two; a word whose every mention is inside one top bigram is folded
 * into it. Ties: longer phrase first, then alphabetical.
 */
export function keyPhrases(texts: readonly string[], lang: 'es' | 'en', top = 10, examples = 3): KeyPhrase[] {
  const stop = STOP[lang];
  const found = new Map<string, { shown: string; texts: Set<number> }>();
  const note = (key: string, shown: string, i: number) => {
    const entry = found.get(key) ?? { shown, texts: new Set<number>() };
    entry.texts.add(i);
    found.set(key, entry);
  };
  texts.forEach((text, i) => {
    const ws = words(text).map((w) => ({ ...w, keep: w.key.length > 1 && !/^\d+$/.test(w.key) && !stop.has(w.key) }));
    ws.forEach((w, k) => {
      if (!w.keep) return;
      note(w.key, w.shown, i);
      // The next word kept, across at most two common words ("dirección de envío"), makes a two-word phrase.
      for (let g = k + 1; g < ws.length && g <= k + 3; g++) {
        const next = ws[g]!;
        if (!next.keep) continue;
        const shown = ws
          .slice(k, g + 1)
          .map((x) => x.shown)
          .join(' ');
        note(`${w.key} ${next.key}`, shown, i);
        break;
      }
    });
  });
  const ranked = [...found.entries()]
    .filter(([, e]) => e.texts.size >= 2 || texts.length < 2)
    .sort(
      ([ka, a], [kb, b]) =>
        b.texts.size - a.texts.size || kb.split(' ').length - ka.split(' ').length || ka.localeCompare(kb),
    );
  const chosen: [string, { shown: string; texts: Set<number> }][] = [];
  for (const [key, entry] of ranked) {
    if (chosen.length >= top) break;
    // A single word said only as part of a phrase already chosen adds nothing.
    const inside = chosen.some(([k, e]) => k.split(' ').includes(key) && e.texts.size === entry.texts.size);
    if (!inside) chosen.push([key, entry]);
  }
  return chosen.map(([, e]) => ({
    phrase: e.shown,
    count: e.texts.size,
    examples: [...e.texts].slice(0, examples).map((i) => texts[i]!),
  }));
}
