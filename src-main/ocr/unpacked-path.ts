/**
 * The path of a file electron-builder unpacked beside the asar (`asarUnpack`): Tesseract's worker
 * thread and its trained data are read by a worker with plain `fs`, which sees no asar. Outside
 * the packaged app (the CLI, tests, `npm start`) the path is returned as it is.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/u, '$1app.asar.unpacked$2');
}
