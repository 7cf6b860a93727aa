// Vite/vitest raw text imports (used by tests to read the eval set without Node built-ins).
declare module '*?raw' {
  const text: string;
  export default text;
}
