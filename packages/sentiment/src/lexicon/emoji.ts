/**
 * Emoji lexicon, same grammar as es.ts plus: r = sarcasm / eye-roll marker, l = laughter
 * (positive alone, ignored in a complaint). Keys are single code points (variation selectors dropped).
 */
export const EMOJI = `
😡 -2.5 a2.5; 🤬 -3 a3; 😠 -2 a2; 😤 -2 a2 f1; 😒 -1.5 f0.5; 🙄 -1.5 f1 r; 🙃 -0.5 r; 😞 -1.5; 😔 -1.2; 😢 -1.5
😭 -2 f1.5; 💩 -2 a1; 👎 -2; 😩 -2 f1.5; 😫 -2 f1.5; 😣 -1.5 f1; 😖 -1.5 f1; 😑 -1 f0.5; 🤦 -1.5 f1; 😐 -0.3
😕 -1; 🙁 -1.2; ☹ -1.5; 😰 -1.5 u1; 😱 -1.5 u1; 😓 -1; 💔 -2; 🤡 -1.5 a0.5; 🐢 -0.5 f0.5; ⏳ 0 f0.5; ⌛ 0 f0.5
🆘 -1 u3; ‼ 0 u0.5; ⚠ 0 u1; 🚨 0 u2; 😬 -0.5; 🥵 -1 a1; 👿 -2.5 a2.5; 😾 -1.5 a1
👍 1.5; 🙏 0.8 t; ❤ 2.5; 😊 2; 🙂 1; 😀 2; 😃 2; 😄 2; 😁 2; 🥰 2.5; 😍 2.5; 🙌 2; 👏 2 s; 💯 1.5; ✅ 1; 🎉 2
🤗 2; 😉 1; 👌 1.5; 😎 1; ⭐ 1.5; 🌟 1.5; 💪 1; 💙 2; 💚 2; 💜 2; 🧡 2; 💛 2; ♥ 2; 😘 2; 🥳 2; 🤩 2.5; ☺ 2
😂 0.5 l; 🤣 0.5 l; 😅 0.3 l; 😆 0.5 l
`;
