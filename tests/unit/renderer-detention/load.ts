import { fileURLToPath } from 'node:url';

/**
 * Loads a module of the renderer by its path under src-renderer/. The Node test project does not
 * compile src-renderer/, so each test states the shape it relies on.
 */
export async function loadRenderer<T>(file: string): Promise<T> {
  const modulePath = fileURLToPath(new URL(`../../../src-renderer/${file}`, import.meta.url));
  return (await import(/* @vite-ignore */ modulePath)) as T;
}
