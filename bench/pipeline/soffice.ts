import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { runTimed, type ChildRun } from '../lib/child';

/** A private LibreOffice profile that recalculates OOXML formulas on every load (0 = always). */
export function recalcProfile(dir: string): string {
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${resolve(dir)}`;
}

/** `soffice --headless --convert-to xlsx` of `file` into `outDir`, timed, under the recalc profile. */
export function convert(file: string, outDir: string, profileUrl: string, timeoutMs: number): ChildRun {
  return runTimed(
    'soffice',
    [
      `-env:UserInstallation=${profileUrl}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      file,
    ],
    timeoutMs,
  );
}
