import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting and leaves the rest', () => {
    expect(
      toCsv(
        ['nodo', 'comentario', 'n'],
        [
          ['n_a', 'bien, "rápido"', 3],
          ['n_b', null, 0],
          ['n_c', 'línea\nnueva', -1],
        ],
      ),
    ).toBe('nodo,comentario,n\r\nn_a,"bien, ""rápido""",3\r\nn_b,,0\r\nn_c,"línea\nnueva",-1');
  });
  it('keeps a spreadsheet from reading text as a formula', () => {
    expect(toCsv(['c'], [['=HYPERLINK("x")'], ['+56 9 1111'], ['-0.5']])).toBe(
      'c\r\n"\'=HYPERLINK(""x"")"\r\n\'+56 9 1111\r\n-0.5',
    );
  });
});
