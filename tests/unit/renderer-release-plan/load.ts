import { fileURLToPath } from 'node:url';

/**
 * Loads a pure helper of the renderer's release-plan feature by path. The Node test project
 * does not compile src-renderer/, so each test states the shape it relies on.
 */
export async function loadReleasePlanHelper<T>(file: string): Promise<T> {
  const modulePath = fileURLToPath(new URL(`../../../src-renderer/features/release-plan/${file}`, import.meta.url));
  return (await import(/* @vite-ignore */ modulePath)) as T;
}
