import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ImportGraphOptions {
  /** Count `import type` / `export type` edges too. */
  readonly types: boolean;
}

const importPattern = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.{1,2}\/[^']+)'/gmu;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/u.test(entry.name) ? [full] : [];
  });
}

/** Each source file under `root` with the files it imports by relative path (static imports and re-exports). */
export function importGraph(root: string, options: ImportGraphOptions): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of filesUnder(root)) {
    const text = readFileSync(file, 'utf8');
    const edges: string[] = [];
    for (const match of text.matchAll(importPattern)) {
      const [, , typeOnly, spec] = match;
      if (spec === undefined || (typeOnly !== undefined && !options.types)) continue;
      if (!/\.tsx?$/u.test(spec)) continue;
      edges.push(path.resolve(path.dirname(file), spec));
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files in import order, the first repeated at the end. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      const seen = state.get(next);
      if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (seen === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
