/** A CEL type in words (`map<string, dyn>` → data): the key under `types.` of the dictionaries. */
export function typeWord(type: string): string {
  if (type === 'string') return 'text';
  if (type === 'int' || type === 'uint' || type === 'double') return 'number';
  if (type === 'bool') return 'boolean';
  if (type === 'timestamp') return 'date';
  if (type.startsWith('list')) return 'list';
  if (type === 'dyn') return 'any';
  return 'data';
}
