/**
 * The activities both sides of the engine benchmark run: the same plain functions, answering at once with what
 * the real ones answer, so the benchmark measures workflow code and not channels or stores. The stand-in
 * sentiment is positive for a thankful text and negative otherwise, which is what the sample paths need.
 */
export function noopActivities(onCall: () => void) {
  let n = 0;
  return {
    async 'channel.send'(input: { channel: string }) {
      onCall();
      return { messageId: `m-${++n}`, channel: input.channel, status: 'sent', deduped: false };
    },
    async 'sentiment.analyze'(input: { text: string }) {
      onCall();
      const positive = /gracias|thanks|\bok\b/i.test(input.text);
      return {
        score: positive ? 0.6 : -0.6,
        label: positive ? 'positive' : 'negative',
        confidence: 0.9,
        lang: 'es',
        emotions: { anger: positive ? 0 : 0.7, frustration: positive ? 0 : 0.6, urgency: 0.2, joy: positive ? 0.6 : 0 },
        escalate: !positive,
        reasons: [],
      };
    },
    async 'crm.upsertTicket'() {
      onCall();
      return { ticketId: `T-${++n}`, status: 'open' };
    },
    async 'handoff.open'() {
      onCall();
      return { handoffId: `H-${++n}` };
    },
  };
}
