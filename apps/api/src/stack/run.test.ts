import { describe, expect, it } from 'vitest';
import { startBanner } from './run';

const stack = {
  url: 'http://127.0.0.1:3000',
  temporal: { address: '127.0.0.1:7233', ui: 'http://127.0.0.1:8233' },
  database: 'pglite' as const,
  adminKey: null,
  adminKeyFromEnv: true,
};

describe('startBanner', () => {
  it('prints the key RUTA_ADMIN_KEY holds, not the variable name', () => {
    const es = startBanner(stack, ' ruta_mi_clave_123 ', 'es');
    expect(es).toContain('  Clave admin  ruta_mi_clave_123  (de RUTA_ADMIN_KEY)');
    expect(es.join('\n')).toContain('Diseñador    http://127.0.0.1:3000/');
    expect(startBanner(stack, 'ruta_mi_clave_123', 'en')).toContain(
      '  Admin key    ruta_mi_clave_123  (from RUTA_ADMIN_KEY)',
    );
  });

  it('prints a generated key once, with the warning to keep it, and nothing when no key is new', () => {
    const lines = startBanner({ ...stack, adminKey: 'ruta_generated', adminKeyFromEnv: false }, undefined, 'en');
    expect(lines.at(-1)).toContain('shown only this once');
    expect(lines.at(-1)).toContain('ruta_generated');
    expect(startBanner({ ...stack, adminKeyFromEnv: false }, undefined, 'es').join('\n')).not.toContain('Clave');
  });
});
