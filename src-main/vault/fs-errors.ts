import { DossierError, isDossierError } from '../core/errors.ts';
import { errorCode } from './fs-port.ts';

/**
 * Turns a file-system failure into a typed error the user can act on. Messages name the action,
 * never the path: paths are random ids, but logs and dialogs should not need them.
 */
export function toVaultError(error: unknown, action: string): DossierError {
  if (isDossierError(error)) return error;
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new DossierError(
        'NO_SPACE',
        `The disk is full, so ${action} did not happen. Your earlier data is unchanged; free some space and try again.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DossierError(
        'ACCESS_DENIED',
        `Dossier is not allowed to write to the vault folder, so ${action} did not happen. Your earlier data is unchanged.`,
      );
    case 'EBUSY':
    case 'ETXTBSY':
      return new DossierError(
        'BUSY',
        `A vault file is in use by another program (often a backup or sync tool), so ${action} did not happen. Try again in a moment.`,
      );
    case 'EXDEV':
      return new DossierError(
        'CROSS_DEVICE',
        `The vault folder spans two drives, so ${action} could not be done safely. Keep the whole vault folder on one drive.`,
      );
    case 'ENOENT':
      return new DossierError('NOT_FOUND', `A vault file is missing, so ${action} did not happen.`);
    default:
      return new DossierError('IO', `The disk reported an error, so ${action} did not happen. Your earlier data is unchanged.`);
  }
}
