import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * The DOCX names the bundled families ("Noto Sans SC"); this machine has the same designs
 * installed as the pan-CJK "Noto Sans CJK SC" etc. These aliases let LibreOffice find them by
 * the bundled name, as Word finds the bundled fonts when they are installed.
 */
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${['SC', 'TC', 'JP', 'KR']
  .map(
    (r) =>
      `  <match target="pattern"><test name="family"><string>Noto Sans ${r}</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Sans CJK ${r}</string></edit></match>`,
  )
  .join('\n')}
</fontconfig>
`;

/**
 * Converts DOCX files to PDF with one LibreOffice start (it takes seconds to start), with a
 * private profile so parallel runs do not collide. Returns the PDF paths, in order.
 */
export async function docxToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-lo-'));
  try {
    const conf = path.join(work, 'fonts.conf');
    writeFileSync(conf, FONTS_CONF);
    await exec(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { env: { ...process.env, FONTCONFIG_FILE: conf, HOME: work }, timeout: 120_000 },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, `${path.basename(f, '.docx')}.pdf`));
}
