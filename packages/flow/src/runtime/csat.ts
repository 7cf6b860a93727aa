const KEYCAPS: Record<string, number> = {
  '1️⃣': 1,
  '2️⃣': 2,
  '3️⃣': 3,
  '4️⃣': 4,
  '5️⃣': 5,
  '6️⃣': 6,
  '7️⃣': 7,
  '8️⃣': 8,
  '9️⃣': 9,
  '🔟': 10,
};
const WORDS: Record<string, number> = {
  uno: 1,
  one: 1,
  dos: 2,
  two: 2,
  tres: 3,
  three: 3,
  cuatro: 4,
  four: 4,
  cinco: 5,
  five: 5,
};

/**
 * Reads a satisfaction score from a customer's reply: "5", "un 4, gracias", "4/5", "⭐⭐⭐", "3️⃣", "cinco".
 * Returns undefined when the reply holds no score on the scale, so the survey keeps waiting.
 */
export function parseScore(text: string, scale: number): number | undefined {
  const digits = /(?:^|[^\d])(10|[0-9])(?:\s*\/\s*(?:5|10))?(?![\d])/u.exec(text);
  if (digits) {
    const n = Number(digits[1]);
    if (n >= 1 && n <= scale) return n;
  }
  for (const [cap, n] of Object.entries(KEYCAPS)) if (text.includes(cap) && n <= scale) return n;
  const stars = [...text.matchAll(/[⭐★]/gu)].length;
  if (stars >= 1 && stars <= scale) return stars;
  const word = /\b(uno|dos|tres|cuatro|cinco|one|two|three|four|five)\b/iu.exec(text);
  if (word) return WORDS[word[1]!.toLowerCase()];
  return undefined;
}
