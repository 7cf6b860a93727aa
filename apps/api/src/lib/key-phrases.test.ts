import { describe, expect, it } from 'vitest';
import { keyPhrases } from './key-phrases';

describe('keyPhrases', () => {
  it('counts words and pairs once per text, across common words, and folds a word said only in its pair', () => {
    const texts = [
      'La dirección de envío está mal',
      'Cambiar la dirección de envío, por favor',
      'Mi dirección de envío cambió',
      'Hola hola hola',
    ];
    expect(keyPhrases(texts, 'es')).toEqual([
      {
        phrase: 'dirección de envío',
        count: 3,
        examples: [
          'La dirección de envío está mal',
          'Cambiar la dirección de envío, por favor',
          'Mi dirección de envío cambió',
        ],
      },
    ]);
  });
  it('compares without accents or case, keeps the first spelling, and skips numbers', () => {
    const found = keyPhrases(['Reembolso 5521', 'reembolso pendiente', 'REEMBOLSO 77'], 'es');
    expect(found).toEqual([
      { phrase: 'reembolso', count: 3, examples: ['Reembolso 5521', 'reembolso pendiente', 'REEMBOLSO 77'] },
    ]);
    expect(keyPhrases(['Contraseña', 'contrasena'], 'es')[0]).toMatchObject({ phrase: 'contraseña', count: 2 });
  });
  it('uses the language’s common words and limits the list', () => {
    expect(keyPhrases(['the order is late', 'my order is late'], 'en').map((p) => p.phrase)).toEqual(['order is late']);
    const many = Array.from({ length: 20 }, (_, i) => `palabra${String.fromCharCode(97 + i)} común`);
    expect(keyPhrases([...many, ...many], 'es', 5)).toHaveLength(5);
  });
});
