import type { TrustedContentsLookup } from './ipc-sender.ts';

/** The webContents of windows we created; ids leave the set when their contents are destroyed. */
export interface TrustedContents extends TrustedContentsLookup {
  add(contents: { readonly id: number; once(event: 'destroyed', listener: () => void): unknown }): void;
}

export function createTrustedContents(): TrustedContents {
  const ids = new Set<number>();
  return {
    add(contents) {
      const id = contents.id;
      ids.add(id);
      contents.once('destroyed', () => ids.delete(id));
    },
    has: (id) => ids.has(id),
  };
}
