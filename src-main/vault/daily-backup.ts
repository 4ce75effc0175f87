import { listBackups, takeBackup } from './backup.ts';
import type { VaultDeps } from './session.ts';

/**
 * The first unlock of each UTC day (the days the rotation counts in) backs the vault up, unless a
 * backup of any kind already exists that day. Returns false when the backup could not be made:
 * the unlock goes ahead, and the vault status says so.
 */
export async function takeDailyBackup(deps: VaultDeps): Promise<boolean> {
  try {
    const today = deps.now().toISOString().slice(0, 10);
    if ((await listBackups(deps.fs, deps.dir)).some((b) => b.createdAt.slice(0, 10) === today)) return true;
    await takeBackup({ ...deps, policy: deps.backupPolicy }, 'daily');
    return true;
  } catch {
    return false;
  }
}
