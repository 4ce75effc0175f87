import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { DialogPort, ShellPort } from '../services/ports.ts';

/**
 * The OS open and save dialogs, shown by the main process with the app window as parent, so the renderer
 * never hands main a path: it asks for a dialog and gets back what the user chose.
 */
export function createDialogPort(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parent: () => BrowserWindow | null,
): DialogPort {
  const show = (options: Electron.OpenDialogOptions) => {
    const window = parent();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  return {
    pickFiles: async (filters) => {
      const answer = await show({
        properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      });
      return answer.canceled ? [] : answer.filePaths;
    },
    pickDirectory: async () => {
      const answer = await show({ properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] });
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    saveFile: async (defaultName, filters) => {
      const options: Electron.SaveDialogOptions = {
        defaultPath: defaultName,
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const window = parent();
      const answer = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return answer.canceled || answer.filePath === '' ? null : answer.filePath;
    },
  };
}

/** Reveals a file our own build wrote; never `openExternal`, never a URL. */
export function createShellPort(shell: Pick<Shell, 'showItemInFolder'>): ShellPort {
  return { showItemInFolder: (file) => shell.showItemInFolder(file) };
}
