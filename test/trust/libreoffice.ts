import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';

/**
 * LibreOffice headless as a second engine. A private profile keeps it away from any user's
 * settings and tells Calc to recalculate every formula of an xlsx on load (OOXMLRecalcMode 0 =
 * always), so that what it exports is its own arithmetic, never the cached results in the file.
 */

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** A fresh LibreOffice user profile under `dir`, set to recalculate on load. */
export function privateProfile(dir: string): string {
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, 'registrymodifications.xcu'), RECALC_ALWAYS);
  return `file://${dir}`;
}

/** Converts many files in one soffice run (`format` e.g. "xlsx", "pdf"); outputs land in `outDir`. */
export function convertAll(profile: string, files: readonly string[], format: string, outDir: string): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 170_000 },
  );
}
