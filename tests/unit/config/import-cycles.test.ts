import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../../helpers/import-graph.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const name = (file: string): string => path.relative(root, file);

describe('imports in src-main', () => {
  // Type-only imports count: a cycle of types still means two modules that cannot be read, moved
  // or tested one without the other, even though it costs nothing at run time.
  it('form no cycle, type imports included', () => {
    const cycles = importCycles(importGraph(path.join(root, 'src-main'), { types: true }));
    expect(cycles.map((cycle) => cycle.map(name).join(' -> '))).toEqual([]);
  });

  it('are walked: a cycle is found and named', () => {
    const a = path.join(root, 'a.ts');
    const b = path.join(root, 'b.ts');
    const c = path.join(root, 'c.ts');
    const graph = new Map([
      [a, [b]],
      [b, [c]],
      [c, [a]],
    ]);
    expect(importCycles(graph).map((cycle) => cycle.map(name).join(' -> '))).toEqual(['a.ts -> b.ts -> c.ts -> a.ts']);
  });

  it('see the imports of a real file', () => {
    const graph = importGraph(path.join(root, 'src-main/packet'), { types: true });
    const build = graph.get(path.join(root, 'src-main/packet/build.ts')) ?? [];
    expect(build.map(name)).toContain('src-main/packet/plan/plan.ts');
  });
});
