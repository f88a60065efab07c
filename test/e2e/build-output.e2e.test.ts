/**
 * What `npm run build` leaves in dist/ for a deployment: both manifests, the help page, a
 * Content-Security-Policy first in every page's <head>, and no source map (nor a link to one)
 * among the files a web server would publish.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const MAPS = path.join(ROOT, 'dist-sourcemaps');

const idOf = (file: string): string =>
  /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(path.join(DIST, file), 'utf8'))?.[1] ?? '';

describe('npm run build', () => {
  it('writes the production and the development manifest, with different GUIDs', () => {
    const production = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
    const development = fs.readFileSync(path.join(DIST, 'manifest.dev.xml'), 'utf8');
    expect(development).toBe(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
    expect(idOf('manifest.xml')).not.toBe(idOf('manifest.dev.xml'));
    expect(production).toContain('<DisplayName DefaultValue="납품대금 연동 계산기">');
    expect(development).toContain('<DisplayName DefaultValue="납품대금 연동 계산기 (개발)">');
  });

  it('puts the CSP before any script of every page, the help page included', () => {
    for (const page of ['taskpane.html', 'commands.html', 'help.html']) {
      const html = fs.readFileSync(path.join(DIST, page), 'utf8');
      const csp = html.search(/<meta http-equiv="?Content-Security-Policy"?/i);
      const script = html.search(/<script/i);
      expect({ page, csp: csp >= 0, first: script < 0 || csp < script }).toEqual({
        page,
        csp: true,
        first: true,
      });
    }
  });

  it('keeps the source maps out of dist/ and leaves no link to them', () => {
    const published = fs.readdirSync(DIST, { recursive: true }).map(String);
    expect(published.filter((file) => file.endsWith('.map'))).toEqual([]);
    const scripts = published.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const file of scripts) {
      expect({
        file,
        linked: fs.readFileSync(path.join(DIST, file), 'utf8').includes('sourceMappingURL'),
      }).toEqual({
        file,
        linked: false,
      });
    }
    const maps = fs.readdirSync(MAPS);
    expect(scripts.map((file) => `${path.basename(file)}.map`).filter((map) => !maps.includes(map))).toEqual(
      [],
    );
  });
});
