/** A journey's path as a numbered log: when, and what happened (see step-words.ts). */
export function PathLog({
  lines,
  label,
  testId,
}: {
  lines: { when: string; text: string }[];
  label: string;
  testId?: string;
}) {
  return (
    <ol className="sim-path" aria-label={label} data-testid={testId}>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps repeat nodes in loops
        <li key={i}>
          <span className="when">{l.when}</span> {l.text}
        </li>
      ))}
    </ol>
  );
}
