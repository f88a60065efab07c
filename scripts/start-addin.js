#!/usr/bin/env node
/**
 * `npm start`: serves the add-in on https://localhost:3000 (webpack dev server) and sideloads
 * manifest.xml where a desktop Excel can pick it up:
 *   - Windows: registers the manifest under HKCU\Software\Microsoft\Office\16.0\WEF\Developer;
 *   - macOS: copies it into Excel's wef folder;
 *   - elsewhere (Linux, CI): prints how to upload it to Excel on the web.
 * `npm start -- --no-sideload` only serves; `node scripts/start-addin.js --remove` undoes the sideload.
 */
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const ADDIN_ID = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, 'utf8'))?.[1] ?? 'yeondong';
const WINDOWS_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const MAC_WEF = path.join(
  os.homedir(),
  'Library',
  'Containers',
  'com.microsoft.Excel',
  'Data',
  'Documents',
  'wef',
);

function sideload() {
  if (process.platform === 'win32') {
    execFileSync('reg', ['add', WINDOWS_KEY, '/v', ADDIN_ID, '/t', 'REG_SZ', '/d', MANIFEST, '/f'], {
      stdio: 'ignore',
    });
    return 'Excel for Windows: restart Excel, then Home > Add-ins > Developer Add-ins > 납품대금 연동 계산기.';
  }
  if (process.platform === 'darwin' && fs.existsSync(path.dirname(MAC_WEF))) {
    fs.mkdirSync(MAC_WEF, { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(MAC_WEF, `${ADDIN_ID}.manifest.xml`));
    return 'Excel for Mac: restart Excel, then Home > Add-ins > 납품대금 연동 계산기.';
  }
  return null;
}

function removeSideload() {
  if (process.platform === 'win32') {
    execFileSync('reg', ['delete', WINDOWS_KEY, '/v', ADDIN_ID, '/f'], { stdio: 'ignore' });
  } else if (process.platform === 'darwin') {
    fs.rmSync(path.join(MAC_WEF, `${ADDIN_ID}.manifest.xml`), { force: true });
  }
  console.log('Sideloaded manifest removed.');
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes('--remove')) {
    removeSideload();
    return;
  }
  if (!args.includes('--no-sideload')) {
    let message;
    try {
      message = sideload();
    } catch (error) {
      message = `Sideloading failed (${error instanceof Error ? error.message : String(error)}); load manifest.xml by hand.`;
    }
    console.log(
      message ??
        'No desktop Excel here. In Excel on the web: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, choose manifest.xml (see docs/addin.md).',
    );
  }
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

main();
