import type { es } from './es';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every dictionary follows (the Spanish one is the reference). */
export type Dict = Widen<typeof es>;
export type Lang = 'es' | 'en';
