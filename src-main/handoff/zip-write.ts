import { zipSync, type Zippable } from 'fflate';

/** A flat zip of the given files, deflated, with one fixed time so equal content gives equal bytes. */
export function writeZip(files: readonly { readonly name: string; readonly data: Uint8Array }[], mtime: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const file of files) zippable[file.name] = [file.data, { level: 6, mtime }];
  return zipSync(zippable);
}
