/** What jsdom lacks for React Flow (sizes, ResizeObserver, DOMMatrix), for component tests. */
export function polyfillDom(): void {
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  g.DOMMatrixReadOnly ??= class {
    m22 = 1;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
      this.m22 = scale !== undefined ? +scale : 1;
    }
  };
  Object.defineProperties(globalThis.HTMLElement.prototype, {
    offsetHeight: { configurable: true, get: () => 100 },
    offsetWidth: { configurable: true, get: () => 260 },
  });
  (globalThis.SVGElement.prototype as unknown as { getBBox: () => object }).getBBox = () => ({
    x: 0,
    y: 0,
    width: 0,
    height: 0,
  });
  (globalThis.HTMLElement.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = () => {};
  g.CSS ??= { escape: (s: string) => s.replace(/([^\w-])/g, '\\$1') };
  if (!(g.CSS as { escape?: unknown }).escape)
    (g.CSS as { escape: (s: string) => string }).escape = (s) => s.replace(/([^\w-])/g, '\\$1');
}
