import type { IpcError } from '../../src-main/ipc/contract.ts';
import type { Case } from '../../src-main/core/model/case.ts';
import { api } from './bridge.ts';
import { freshRowPaths, restoreProblems, withoutFreshRows } from '../case-edit/fresh-rows.ts';
import { validateCase, type FieldProblem, type Validation } from './validation.ts';

export const AUTOSAVE_DELAY_MS = 600;

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  /** `kept`: the vault holds the copy as typed, as the case's draft, until it is valid. */
  | { readonly kind: 'invalid'; readonly count: number; readonly kept?: boolean }
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

/** What a draft shows and what it would save: untouched new rows are neither problems nor saved. */
interface Checked {
  readonly problems: readonly FieldProblem[];
  readonly sendable: Validation;
}

function check(draft: Case): Checked {
  const fresh = freshRowPaths(draft);
  // Untouched rows are checked as absent: none of their problems, and no other problem hidden by theirs.
  const sendable = validateCase(fresh.length === 0 ? draft : withoutFreshRows(draft));
  return { problems: sendable.ok ? [] : restoreProblems(sendable.problems, fresh), sendable };
}

/** A draft the vault kept for this case: the editor's own copy, so it has the case's shape and id. */
function isOwnDraft(value: unknown, id: string): value is Case {
  return typeof value === 'object' && value !== null && 'id' in value && value.id === id && 'client' in value && 'detention' in value;
}

/**
 * Holds one case's draft outside React, so a draft survives unmounting (a lock, a tab change)
 * until the vault has it. Edits are saved after a short pause, on demand (blur, tab change,
 * unload) and after unlock. A draft that fails validation is not saved as the case: the vault
 * keeps it as the case's draft (encrypted with it) and it comes back, with its problems, on reopen.
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
    const { draft } = result.value;
    if (isOwnDraft(draft, this.id)) {
      const { problems } = check(draft);
      const save = { kind: 'invalid', count: problems.length, kept: true } as const;
      this.set({ loading: false, draft, revision: result.value.revision, save, problems });
      return;
    }
    this.set({ loading: false, draft: result.value.case, revision: result.value.revision, save: { kind: 'idle' }, problems: [] });
  }

  /** Applies an edit to the draft and schedules a save. */
  edit(update: (draft: Case) => Case): void {
    const current = this.snapshot.draft;
    if (current === null) return;
    const draft = update(current);
    const { problems, sendable } = check(draft);
    this.dirty = true;
    this.set({
      draft,
      problems,
      save: sendable.ok ? { kind: 'pending' } : { kind: 'invalid', count: problems.length },
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
    const { problems, sendable } = check(sent);
    this.inFlight = sendable.ok ? this.send(sent, sendable.value) : this.keep(sent, problems);
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

  /** Keeps a draft that does not validate in the vault, as this case's draft, and says so. */
  private async keep(sent: Case, problems: readonly FieldProblem[]): Promise<void> {
    this.set({ problems, save: { kind: 'invalid', count: problems.length } });
    const result = await api.caseDraftSave({ id: this.id, revision: this.snapshot.revision, draft: withoutFreshRows(sent) });
    if (!result.ok) {
      this.set({ save: result.error.code === 'LOCKED' ? { kind: 'locked' } : { kind: 'error', error: result.error } });
      return;
    }
    const unchanged = this.snapshot.draft === sent;
    this.dirty = !unchanged;
    const kept = { kind: 'invalid', count: problems.length, kept: true } as const;
    this.set({ revision: result.value.revision, ...(unchanged ? { save: kept } : {}) });
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
