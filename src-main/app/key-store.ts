import { Buffer } from 'node:buffer';
import type { SafeStorage } from 'electron';
import { DossierError } from '../core/errors.ts';
import { isProtectiveKeychainBackend, keychainBackendName } from '../security/keychain-policy.ts';
import type { KeyStorePort } from '../vault/types.ts';

/**
 * The vault's key store over Electron's asynchronous safeStorage API (the synchronous one is
 * deprecated and due to be removed). A backend that does not really protect the key (Linux
 * `basic_text`) reports itself unavailable and refuses to wrap or unwrap, so the vault asks for
 * a passphrase instead.
 */
export type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export function createSafeStorageKeyStore(safeStorage: SafeStorageApi, platform: NodeJS.Platform): KeyStorePort {
  // The async encryptor starts lazily; until it has, Linux reports the backend as 'unknown'.
  const started = async () => {
    try {
      return await safeStorage.isAsyncEncryptionAvailable();
    } catch {
      return false;
    }
  };
  const backend = async () => {
    await started();
    return keychainBackendName(platform, () => safeStorage.getSelectedStorageBackend());
  };
  const isAvailable = async () => (await started()) && isProtectiveKeychainBackend(platform, await backend());
  const requireAvailable = async () => {
    if (!(await isAvailable())) throw new DossierError('KEY_UNAVAILABLE', 'The system keychain is not available. Use your passphrase.');
  };
  return {
    backend,
    isAvailable,
    encrypt: async (plain) => {
      await requireAvailable();
      return new Uint8Array(await safeStorage.encryptStringAsync(plain));
    },
    decrypt: async (wrapped) => {
      await requireAvailable();
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(wrapped));
      return result;
    },
  };
}
