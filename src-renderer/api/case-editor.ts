import type { IpcError } from '../../src-main/ipc/contract.ts';
import type { Case } from '../../src-main/core/model/case.ts';
import { api } from './bridge.ts';
import { validateCase, type FieldProblem } from './validation.ts';

export const AUTOSAVE_DELAY_MS = 600;

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid'; readonly count: number }
  | { readonly kind: 'locked' }
  | { readonly kind: 'error'; readonly error: IpcError };

export interface EditorSnapshot {
  readonly loading: boolean;
  readonly loadError: IpcError | null;
  readonly draft: Case | null;
  readonly revision: number;
  readonly save: SaveState;
  readonly problems: readonly FieldProblem[];
}

const emptySnapshot: EditorSnapshot = { loading: true, loadError: null, draft: null, revision: 0, save: { kind: 'idle' }, problems: [] };

/**
 * Holds one case's draft outside React, so a draft survives unmounting (a lock, a tab change)
 * until the vault has it. Edits are saved after a short pause, on demand (blur, tab change,
 * unload) and after unlock; a draft that fails validation is kept and not sent.
 */
export class CaseEditor {
  readonly id: string;
  private snapshot: EditorSnapshot = emptySnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private inFlight: Promise<void> | null = null;

  constructor(id: string) {
    this.id = id;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): EditorSnapshot => this.snapshot;

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  private set(patch: Partial<EditorSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /**
   * Loads the stored case. A draft not yet saved (kept across a lock) wins and is saved now;
   * otherwise the stored copy replaces the draft, since the case may have changed meanwhile
   * (archived from the list, for example).
   */
  async load(): Promise<void> {
    if (this.dirty) {
      await this.flush();
      return;
    }
    this.set({ loading: true, loadError: null });
    const result = await api.caseGet({ id: this.id });
    if (this.dirty) return;
    if (!result.ok) {
      this.set({ loading: false, loadError: result.error });
      return;
    }
    this.set({ loading: false, draft: result.value.case, revision: result.value.revision, save: { kind: 'idle' }, problems: [] });
  }

  /** Applies an edit to the draft and schedules a save. */
  edit(update: (draft: Case) => Case): void {
    const current = this.snapshot.draft;
    if (current === null) return;
    const draft = update(current);
    const validation = validateCase(draft);
    this.dirty = true;
    this.set({
      draft,
      problems: validation.ok ? [] : validation.problems,
      save: validation.ok ? { kind: 'pending' } : { kind: 'invalid', count: validation.problems.length },
    });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Saves now if there is anything to save; resolves when the vault has answered. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.snapshot.draft === null) return;
    const sent = this.snapshot.draft;
    const validation = validateCase(sent);
    if (!validation.ok) {
      this.set({ problems: validation.problems, save: { kind: 'invalid', count: validation.problems.length } });
      return;
    }
    this.inFlight = this.send(sent, validation.value);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async send(sent: Case, value: Case): Promise<void> {
    this.set({ save: { kind: 'saving' } });
    const result = await api.caseSave({ case: value, revision: this.snapshot.revision });
    if (!result.ok) {
      this.set({ save: result.error.code === 'LOCKED' ? { kind: 'locked' } : { kind: 'error', error: result.error } });
      return;
    }
    // The draft is kept as typed (never replaced by the stored copy) so a save never moves the caret.
    const unchanged = this.snapshot.draft === sent;
    this.dirty = !unchanged;
    this.set({ revision: result.value.revision, ...(unchanged ? { save: { kind: 'saved' } as const } : {}) });
    if (!unchanged) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }
}

const editors = new Map<string, CaseEditor>();

export function editorFor(id: string): CaseEditor {
  let editor = editors.get(id);
  if (!editor) {
    editor = new CaseEditor(id);
    editors.set(id, editor);
  }
  return editor;
}

/** Saves every pending draft (after unlock, before lock, on unload). */
export async function flushAll(): Promise<void> {
  await Promise.all([...editors.values()].map((editor) => editor.flush()));
}

/** Forgets cases with nothing left to save; drafts not yet saved stay in memory. */
export function forgetSavedCases(): void {
  for (const [id, editor] of editors) {
    if (!editor.hasUnsavedChanges) {
      editor.dispose();
      editors.delete(id);
    }
  }
}

export function hasUnsavedDrafts(): boolean {
  return [...editors.values()].some((editor) => editor.hasUnsavedChanges);
}
