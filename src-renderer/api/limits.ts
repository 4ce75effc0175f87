/** The per-exhibit size limit the main process enforces (ipc/contract.ts MAX_EXHIBIT_BYTES): 300 MB. */
export const MAX_EXHIBIT_BYTES = 300 * 2 ** 20;
