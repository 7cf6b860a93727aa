/**
 * Tiny es/en language detector tuned for short customer messages: function words, Spanish-only
 * characters (ñ, ¿, ¡, accents) and lexicon hits vote; both languages voting strongly → "mixed".
 */
import type { Lang } from './types';

const ES = new Set(
  (
    'el la los las de del que y en un una es por con para mi me se lo le al mas pero hola gracias ya muy esta ' +
    'estoy tengo hace llevo sin nada como cuando porque donde ustedes usted vez hoy todo son sus su nos les ' +
    'quiero necesito puedo pueden quisiera hay fue ser estan eso esto favor buenas buenos dias tardes che ' +
    'mismo otra otro tambien nunca nadie aun todavia ni o u e si pues tiene tienen dos tres semana semanas ' +
    'soy eres sos estas voy vamos hablar dia mas ahora luego despues cuenta servicio atencion pedido'
  ).split(' '),
);

const EN = new Set(
  (
    'the an and to of is i you my it in on for this that with have has was be not your are do does did ' +
    'what how why when where can could would will please thanks thank me we they our from at just still ' +
    "been again hi hello hey i'm i've it's don't can't doesn't didn't there their them or if so any get got " +
    'want need am being were week weeks day days yet ever very really right now up off out about ' +
    'time call order account service today'
  ).split(' '),
);

const SPANISH_CHARS = /[ñÑ¿¡áéíóúÁÉÍÓÚ]/;

/**
 * @param words folded word tokens
 * @param raw original text
 * @param lexLangs language bits of lexicon hits (1 = es, 2 = en, 3 = both)
 */
export function detectLang(words: string[], raw: string, lexLangs: number[]): Lang {
  let es = SPANISH_CHARS.test(raw) ? 1.5 : 0;
  let en = 0;
  for (const w of words) {
    const inEs = ES.has(w);
    const inEn = EN.has(w);
    if (inEs && !inEn) es += 1;
    else if (inEn && !inEs) en += 1;
  }
  for (const l of lexLangs) {
    if (l === 1) es += 0.5;
    else if (l === 2) en += 0.5;
  }
  const total = es + en;
  if (total < 0.5) return 'unknown';
  const minor = Math.min(es, en);
  if (minor >= 2 && minor / total >= 0.3) return 'mixed';
  return es >= en ? 'es' : 'en';
}
