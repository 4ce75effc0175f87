import type { MenuItemConstructorOptions } from 'electron';

/**
 * A minimal menu built from roles. Replacing Electron's default menu also removes its Help
 * entries, which open electronjs.org in the browser. DevTools and reload exist only in development.
 */
export function menuTemplate(platform: NodeJS.Platform, development: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = development
    ? { role: 'viewMenu' }
    : {
        label: 'View',
        submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
      };
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}
