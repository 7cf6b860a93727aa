import type { NodeGroup } from '@ruta/flow';

// Inline stroke icons (no icon font, no network): one per group, a few per kind.
const PATHS: Record<string, string[]> = {
  triggers: ['M13 2 3 14h9l-1 8 10-12h-9l1-8z'],
  messages: ['M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z'],
  waits: ['M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z', 'M12 6v6l4 2'],
  logic: ['M6 3v12', 'M18 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M6 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M18 9a9 9 0 0 1-9 9'],
  intelligence: [
    'M12 3l1.9 5.8L20 10l-6.1 1.2L12 17l-1.9-5.8L4 10l6.1-1.2z',
    'M19 17l.8 2.2L22 20l-2.2.8L19 23l-.8-2.2L16 20l2.2-.8z',
  ],
  crm: ['M4 4h16v16H4z', 'M8 9h8', 'M8 13h8', 'M8 17h5'],
  people: ['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M4 21v-1a7 7 0 0 1 14 0v1'],
  custom: ['m16 18 6-6-6-6', 'M8 6l-6 6 6 6'],
  end: ['M6 6h12v12H6z'],
  goal: [
    'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z',
    'M12 18a6 6 0 1 0 0-12 6 6 0 0 0 0 12z',
    'M12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  ],
  split: ['M16 3h5v5', 'M8 3H3v5', 'M12 22v-8.3a4 4 0 0 0-1.2-2.8L3 3', 'M21 3l-7.8 7.8'],
  loop: ['M21 12a9 9 0 1 1-3-6.7L21 8', 'M21 3v5h-5'],
  reply: ['M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z', 'M8 10h.01', 'M12 10h.01', 'M16 10h.01'],
  calendar: ['M4 5h16v16H4z', 'M16 3v4', 'M8 3v4', 'M4 11h16'],
  star: ['M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z'],
  variable: ['M4 7V4h16v3', 'M9 20h6', 'M12 4v16'],
  note: ['M4 4h16v12l-4 4H4z', 'M16 20v-4h4'],
  play: ['M6 4l14 8-14 8z'],
  ticket: ['M3 8a2 2 0 0 0 0 4v4h18v-4a2 2 0 0 0 0-4V4H3z', 'M13 4v16'],
};

const KIND_ICON: Record<string, string> = {
  end: 'end',
  goal: 'goal',
  'logic.split': 'split',
  'logic.loop': 'loop',
  'logic.set': 'variable',
  'wait.reply': 'reply',
  'wait.window': 'calendar',
  'trigger.schedule': 'calendar',
  'trigger.manual': 'play',
  'survey.csat': 'star',
  'crm.ticket': 'ticket',
};

/** The icon of a node kind (falls back to its group's). */
export function KindIcon({ kind, group, size = 16 }: { kind: string; group: NodeGroup | string; size?: number }) {
  return <Icon name={KIND_ICON[kind] ?? group} size={size} />;
}

export function Icon({ name, size = 16 }: { name: string; size?: number }) {
  const paths = PATHS[name] ?? PATHS.custom!;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
