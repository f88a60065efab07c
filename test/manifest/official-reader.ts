/**
 * Reads manifests with office-addin-manifest's own reader (offline; its `validate` needs a
 * Microsoft web service). In a child Node process: the package's dependencies are ES modules
 * that jest's CommonJS runtime cannot load.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface OfficialManifestInfo {
  readonly id?: string;
  readonly displayName?: string;
  readonly officeAppType?: string;
  readonly supportUrl?: string;
  readonly version?: string;
}

const READER = `
const { OfficeAddinManifest } = require('office-addin-manifest/lib/manifestOperations');
Promise.all(process.argv.slice(1).map((file) => OfficeAddinManifest.readManifestFile(file)))
  .then((infos) => process.stdout.write(JSON.stringify(infos)))
  .catch((error) => { console.error(error); process.exit(1); });
`;

export function readWithOfficeAddinManifest(...xmls: string[]): OfficialManifestInfo[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'yeondong-manifest-'));
  try {
    const files = xmls.map((xml, index) => {
      const file = path.join(folder, `manifest-${index}.xml`);
      fs.writeFileSync(file, xml);
      return file;
    });
    const output = execFileSync(process.execPath, ['-e', READER, ...files], {
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    return JSON.parse(output) as OfficialManifestInfo[];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
