/**
 * Our IPC goes through `ipcMain.handle` in ipc/register.ts only, so `ipcMain` should have no
 * `on` listeners at all. Some libraries add one anyway (electron-store answers a synchronous
 * `electron-store-get-data` message with the userData path, which holds the user name). This
 * removes whatever was added, without having to know each library's channel names.
 */
export interface ListenerRegistry {
  eventNames(): (string | symbol)[];
  removeAllListeners(channel: string): unknown;
}

/** Returns the channels it silenced. IPC channels are strings; symbol events are not IPC. */
export function removeForeignIpcListeners(ipcMain: ListenerRegistry): string[] {
  const channels = ipcMain.eventNames().filter((name): name is string => typeof name === 'string');
  for (const channel of channels) ipcMain.removeAllListeners(channel);
  return channels;
}
