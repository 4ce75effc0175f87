/** Vite bundles stylesheets imported from TypeScript. */
declare module '*.css';
