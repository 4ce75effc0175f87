/**
 * Every permission is refused: Dossier needs no camera, microphone, location, notifications,
 * clipboard-read, HID/USB/serial devices or anything else a web page can ask for.
 */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

export const denyPermissionRequest = (_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void =>
  callback(false);
export const denyPermissionCheck = (): boolean => false;

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
}
