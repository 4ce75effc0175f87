/** Which backups to prune. Pure, so its guarantees are property-tested. */

export interface BackupInfo {
  readonly name: string;
  /** ISO 8601 UTC instant (`...Z`); ISO UTC strings sort in time order. */
  readonly createdAt: string;
}

export interface BackupPolicy {
  /** The newest backups always kept; at least one is kept whatever this says. */
  readonly keepLast: number;
  /** Also keep the newest backup of each of this many most recent UTC days. */
  readonly keepDaily: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = Object.freeze({ keepLast: 10, keepDaily: 14 });

const count = (value: number, min: number) => (Number.isFinite(value) ? Math.max(min, Math.floor(value)) : min);

/** The most backups a policy keeps. */
export function backupCap(policy: BackupPolicy): number {
  return count(policy.keepLast, 1) + count(policy.keepDaily, 0);
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  if (a.name === b.name) return 0;
  return a.name < b.name ? 1 : -1;
}

/**
 * Names to delete: everything except the newest `keepLast` and the newest of each of the
 * latest `keepDaily` days. Never returns the newest backup, never a name twice.
 */
export function selectBackupsToDelete(backups: readonly BackupInfo[], policy: BackupPolicy): string[] {
  const byName = new Map<string, BackupInfo>();
  for (const b of backups) {
    const seen = byName.get(b.name);
    if (!seen || newestFirst(b, seen) < 0) byName.set(b.name, b);
  }
  const sorted = [...byName.values()].sort(newestFirst);
  const keep = new Set(sorted.slice(0, count(policy.keepLast, 1)).map((b) => b.name));
  const days = new Set<string>();
  const maxDays = count(policy.keepDaily, 0);
  for (const b of sorted) {
    if (days.size >= maxDays) break;
    const day = b.createdAt.slice(0, 10);
    if (days.has(day)) continue;
    days.add(day);
    keep.add(b.name);
  }
  return sorted.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
