import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { removeForeignIpcListeners } from '../../../src-main/security/ipc-listeners.ts';

describe('removeForeignIpcListeners', () => {
  it('removes listeners a library added, such as electron-store’s sync data channel', () => {
    const ipcMain = new EventEmitter();
    ipcMain.on('electron-store-get-data', () => undefined);
    ipcMain.on('some-other', () => undefined);
    expect(removeForeignIpcListeners(ipcMain)).toEqual(['electron-store-get-data', 'some-other']);
    expect(ipcMain.eventNames()).toEqual([]);
  });

  it('does nothing when there are none', () => {
    expect(removeForeignIpcListeners(new EventEmitter())).toEqual([]);
  });
});
