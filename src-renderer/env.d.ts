/** Vite handles these imports; the renderer's tsconfig does not list non-TS files. */
declare module '*.css';

declare module '*.json?raw' {
  const text: string;
  export default text;
}
