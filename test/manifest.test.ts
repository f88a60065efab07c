/** @jest-environment jsdom */
/**
 * Offline validation of both manifests: manifest.xml (development) and the production manifest
 * the build makes from it (scripts/manifest-variants.js). The official validator
 * (office-addin-manifest validate) posts the file to a Microsoft web service, and no installable
 * package ships the XSDs, so this test checks what the schema (OfficeAppManifestV1_1 +
 * TaskPaneAppVersionOverridesV1_0) and Office require: the documented element order at every
 * level (manifest/element-order.ts), patterns and lengths, and that every resource id resolves.
 * office-addin-manifest's own reader (offline) must read both.
 */
import * as fs from 'fs';
import * as path from 'path';
import { orderProblems } from './manifest/element-order';
import { readWithOfficeAddinManifest } from './manifest/official-reader';

const ROOT = path.join(__dirname, '..');
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/** OfficeApp children a TaskPaneApp must have (the schema's minOccurs 1). */
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'DefaultSettings',
  'Permissions',
];

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const CULTURE = /^[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}$/;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadWriteDocument', 'ReadAllDocument', 'WriteDocument'];

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent ?? ''}`);
  return document;
}

function children(element: Element): Element[] {
  return Array.from(element.children);
}

function child(element: Element, name: string, ns: string = NS.ov): Element | undefined {
  return children(element).find((c) => c.localName === name && c.namespaceURI === ns);
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, 'type');
}

/** Every problem found, as readable sentences; empty when the manifest is valid. */
function checkManifest(xml: string): string[] {
  const problems: string[] = [];
  const document = parse(xml);
  const root = document.documentElement;
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== NS.app) {
    return [`root must be OfficeApp in ${NS.app}`];
  }
  if (xsiType(root) !== 'TaskPaneApp') problems.push('OfficeApp xsi:type must be TaskPaneApp');

  problems.push(...orderProblems(root));
  const names = children(root).map((c) => c.localName);
  for (const name of REQUIRED) if (!names.includes(name)) problems.push(`missing required <${name}>`);

  const text = (name: string): string => child(root, name, NS.app)?.textContent?.trim() ?? '';
  const defaultValue = (name: string): string =>
    child(root, name, NS.app)?.getAttribute('DefaultValue') ?? '';
  if (!UUID.test(text('Id'))) problems.push('Id must be a GUID');
  if (!VERSION.test(text('Version'))) problems.push('Version must look like 1.0.0.0');
  if (text('ProviderName').length < 1 || text('ProviderName').length > 125)
    problems.push('ProviderName 1..125');
  if (!CULTURE.test(text('DefaultLocale'))) problems.push('DefaultLocale must be a culture name');
  const displayName = defaultValue('DisplayName');
  if (displayName.length < 1 || displayName.length > 125) problems.push('DisplayName 1..125 characters');
  const description = defaultValue('Description');
  if (description.length < 1 || description.length > 250) problems.push('Description 1..250 characters');
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const url = defaultValue(name);
    if (child(root, name, NS.app) && !url.startsWith('https://')) problems.push(`${name} must be https`);
  }
  for (const override of Array.from(root.getElementsByTagNameNS(NS.app, 'Override'))) {
    if (!CULTURE.test(override.getAttribute('Locale') ?? ''))
      problems.push('Override without a culture Locale');
    if (!override.getAttribute('Value')) problems.push('Override without a Value');
  }

  const hosts = child(root, 'Hosts', NS.app);
  const hostNames = hosts ? children(hosts).map((h) => h.getAttribute('Name')) : [];
  if (!hostNames.includes('Workbook')) problems.push('Hosts must include Workbook (Excel)');

  const source = child(root, 'DefaultSettings', NS.app);
  const sourceUrl = source
    ? (child(source, 'SourceLocation', NS.app)?.getAttribute('DefaultValue') ?? '')
    : '';
  if (!sourceUrl.startsWith('https://')) problems.push('DefaultSettings/SourceLocation must be https');
  if (!PERMISSIONS.includes(text('Permissions'))) problems.push('Permissions must be a known level');

  problems.push(...checkVersionOverrides(root));
  return problems;
}

function checkVersionOverrides(root: Element): string[] {
  const problems: string[] = [];
  const overrides = child(root, 'VersionOverrides', NS.ov);
  if (!overrides)
    return ['VersionOverrides (in the taskpane overrides namespace) is required for the button'];
  if (xsiType(overrides) !== 'VersionOverridesV1_0')
    problems.push('VersionOverrides xsi:type VersionOverridesV1_0');
  const resources = child(overrides, 'Resources');
  const hosts = child(overrides, 'Hosts');
  if (!resources || !hosts) return [...problems, 'VersionOverrides needs Hosts and Resources'];

  const collection = (name: string): Map<string, Element> => {
    const parent = child(resources, name, NS.bt);
    const map = new Map<string, Element>();
    for (const entry of parent ? children(parent) : []) map.set(entry.getAttribute('id') ?? '', entry);
    return map;
  };
  const images = collection('Images');
  const urls = collection('Urls');
  const shortStrings = collection('ShortStrings');
  const longStrings = collection('LongStrings');
  for (const [id, entry] of [...images, ...urls]) {
    if (!(entry.getAttribute('DefaultValue') ?? '').startsWith('https://'))
      problems.push(`resource ${id} must be https`);
  }
  for (const [limit, strings] of [
    [125, shortStrings],
    [250, longStrings],
  ] as const) {
    for (const [id, entry] of strings) {
      const values = [
        entry.getAttribute('DefaultValue') ?? '',
        ...children(entry).map((o) => o.getAttribute('Value') ?? ''),
      ];
      if (values.some((v) => v.length < 1 || v.length > limit))
        problems.push(`string ${id} must be 1..${limit} characters`);
    }
  }

  // Every resid points at a resource of the right kind.
  const kindOf: Record<string, Map<string, Element>> = {
    Label: shortStrings,
    Title: shortStrings,
    Description: longStrings,
    SourceLocation: urls,
    FunctionFile: urls,
    LearnMoreUrl: urls,
    Image: images,
  };
  for (const element of Array.from(overrides.getElementsByTagName('*'))) {
    const resid = element.getAttribute('resid');
    if (resid === null) continue;
    if (resid.length > 32) problems.push(`resid ${resid} is longer than 32 characters`);
    const kind = kindOf[element.localName];
    if (!kind?.has(resid)) problems.push(`<${element.localName} resid="${resid}"> has no matching resource`);
  }

  const workbook = children(hosts).find((h) => xsiType(h) === 'Workbook');
  const desktop = workbook && child(workbook, 'DesktopFormFactor');
  if (!desktop) return [...problems, 'VersionOverrides needs a Workbook host with DesktopFormFactor'];
  if (!child(desktop, 'FunctionFile')) problems.push('DesktopFormFactor needs a FunctionFile');
  const surface = children(desktop).find((e) => xsiType(e) === 'PrimaryCommandSurface');
  const homeTab = surface && children(surface).find((e) => e.localName === 'OfficeTab' && e.id === 'TabHome');
  const button = homeTab && homeTab.querySelector('Group > Control');
  if (!button || xsiType(button) !== 'Button')
    return [...problems, 'a Button on the Home tab (TabHome) is required'];
  const action = child(button, 'Action');
  if (!action || xsiType(action) !== 'ShowTaskpane') problems.push('the button must show the task pane');
  const icons = Array.from(button.getElementsByTagNameNS(NS.bt, 'Image')).map((i) => i.getAttribute('size'));
  if (icons.join(',') !== '16,32,80') problems.push('the button needs 16, 32 and 80 px icons');
  return problems;
}

/** A bt: resource (String, Url, Image) by its id. */
function resource(document: Document, kind: string, id: string | null | undefined): Element | undefined {
  return Array.from(document.getElementsByTagNameNS(NS.bt, kind)).find((e) => e.getAttribute('id') === id);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, as webpack runs it
const variants = require('../scripts/manifest-variants.js') as {
  DEFAULT_PUBLIC_URL: string;
  DEVELOPMENT: { id: string; name: { ko: string; en: string } };
  PRODUCTION: { id: string; name: { ko: string; en: string } };
  publicUrlFrom: (argument?: string, environment?: Record<string, string | undefined>) => string;
  productionManifest: (developmentXml: string, publicUrl?: string) => string;
};

const DEVELOPMENT_XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PUBLIC_URL = 'https://addins.example.com/yeondong/';
const PRODUCTION_XML = variants.productionManifest(DEVELOPMENT_XML, PUBLIC_URL);

/** Every URL the manifest names (attributes DefaultValue and Value, and AppDomain texts). */
function urlsIn(document: Document): string[] {
  const values = Array.from(document.getElementsByTagName('*')).flatMap((e) => [
    e.getAttribute('DefaultValue') ?? '',
    e.getAttribute('Value') ?? '',
    e.localName === 'AppDomain' ? (e.textContent ?? '') : '',
  ]);
  return values.filter((v) => /^\w+:\/\//.test(v));
}

describe.each([
  ['manifest.xml (development)', DEVELOPMENT_XML, 'https://localhost:3000/'],
  ['the production manifest', PRODUCTION_XML, PUBLIC_URL],
] as const)('%s', (_name, xml, base) => {
  const document = parse(xml);

  it('passes every schema and Office check, the documented element order included', () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  it('puts a 납품대금 연동 button on the Home tab that opens taskpane.html', () => {
    const button = document.querySelector('OfficeTab[id="TabHome"] Control');
    const labelId = button?.querySelector('Label')?.getAttribute('resid');
    const label = resource(document, 'String', labelId);
    expect(label?.getAttribute('DefaultValue')).toBe('납품대금 연동');
    const sourceId = button?.querySelector('Action > SourceLocation')?.getAttribute('resid');
    const url = resource(document, 'Url', sourceId)?.getAttribute('DefaultValue');
    expect(url).toBe(`${base}taskpane.html`);
  });

  it('sends people to the help page the build ships (src/help/help.html)', () => {
    expect(document.querySelector('SupportUrl')?.getAttribute('DefaultValue')).toBe(`${base}help.html`);
    const learnMore = document.querySelector('GetStarted > LearnMoreUrl')?.getAttribute('resid');
    expect(resource(document, 'Url', learnMore)?.getAttribute('DefaultValue')).toBe(`${base}help.html`);
    expect(fs.existsSync(path.join(ROOT, 'src', 'help', 'help.html'))).toBe(true);
  });

  it('points every URL under its base, and trusts only its own origin', () => {
    const urls = urlsIn(document);
    const origin = new URL(base).origin;
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => url !== origin && !url.startsWith(base))).toEqual([]);
    expect(Array.from(document.querySelectorAll('AppDomain')).map((e) => e.textContent)).toEqual([origin]);
  });

  it('asks for ReadWriteDocument and ExcelApi 1.9 (page layout), nothing higher', () => {
    expect(document.querySelector('Permissions')?.textContent).toBe('ReadWriteDocument');
    const sets = Array.from(document.querySelectorAll('Requirements Set')).map(
      (s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`,
    );
    expect(sets).toEqual(['ExcelApi 1.9']);
  });

  it('refers to icons that exist in assets/ with the size their id says', () => {
    const urls = [
      ...Array.from(document.getElementsByTagNameNS(NS.bt, 'Image')).filter((e) => e.id),
      ...Array.from(document.getElementsByTagNameNS(NS.app, 'IconUrl')),
      ...Array.from(document.getElementsByTagNameNS(NS.app, 'HighResolutionIconUrl')),
    ].map((e) => e.getAttribute('DefaultValue') ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      const match = /\/assets\/icon-(\d+)\.png$/.exec(url);
      expect(match).not.toBeNull();
      const size = Number(match?.[1]);
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual([size, size]);
    }
    expect(pngSize(path.join(ROOT, 'assets', 'icon-64.png'))).toEqual([64, 64]);
  });
});

describe('the two manifests', () => {
  it('have different GUIDs and display names, as office-addin-manifest reads them', () => {
    const [development, production] = readWithOfficeAddinManifest(DEVELOPMENT_XML, PRODUCTION_XML);
    expect(development).toMatchObject({
      id: variants.DEVELOPMENT.id,
      displayName: '납품대금 연동 계산기 (개발)',
      officeAppType: 'TaskPaneApp',
    });
    expect(production).toMatchObject({
      id: variants.PRODUCTION.id,
      displayName: '납품대금 연동 계산기',
      officeAppType: 'TaskPaneApp',
      supportUrl: `${PUBLIC_URL}help.html`,
    });
    expect(production?.id).not.toBe(development?.id);
    expect(parse(PRODUCTION_XML).querySelector('DisplayName Override')?.getAttribute('Value')).toBe(
      'Delivery Price Indexation',
    );
  });

  it('differ in nothing but GUID, name, URLs and the note on top', () => {
    const normalise = (xml: string, base: string, id: string, ko: string, en: string) =>
      xml
        .replace(/<!--[\s\S]*?-->/, '')
        .split(base)
        .join('BASE/')
        .split(new URL(base).origin)
        .join('ORIGIN')
        .replace(id, 'ID')
        .replace(`"${ko}"`, '"NAME"')
        .replace(`"${en}"`, '"NAME"');
    const { DEVELOPMENT, PRODUCTION } = variants;
    expect(normalise(PRODUCTION_XML, PUBLIC_URL, PRODUCTION.id, PRODUCTION.name.ko, PRODUCTION.name.en)).toBe(
      normalise(
        DEVELOPMENT_XML,
        'https://localhost:3000/',
        DEVELOPMENT.id,
        DEVELOPMENT.name.ko,
        DEVELOPMENT.name.en,
      ),
    );
  });

  it('take the public URL from the argument, then ADDIN_PUBLIC_URL, then the documented default', () => {
    expect(variants.publicUrlFrom('https://a.example/x', {})).toBe('https://a.example/x/');
    expect(variants.publicUrlFrom(undefined, { ADDIN_PUBLIC_URL: 'https://b.example' })).toBe(
      'https://b.example/',
    );
    expect(variants.publicUrlFrom(undefined, {})).toBe(variants.DEFAULT_PUBLIC_URL);
    expect(variants.DEFAULT_PUBLIC_URL).toBe('https://localhost:3000/');
    expect(() => variants.publicUrlFrom('http://a.example/', {})).toThrow(/must be https/);
    expect(() => variants.publicUrlFrom('https://a.example/?v=1', {})).toThrow(/query or fragment/);
  });

  it('refuse a development manifest that is not the one they know', () => {
    expect(() =>
      variants.productionManifest(DEVELOPMENT_XML.replace('8543eafd', '9543eafd'), PUBLIC_URL),
    ).toThrow(/expected 1×/);
  });
});

describe('the structural check', () => {
  const xml = DEVELOPMENT_XML;
  const broken = (from: string | RegExp, to: string): string[] => {
    const changed = xml.replace(from, to);
    expect(changed).not.toBe(xml);
    return checkManifest(changed);
  };

  it('catches what Office would reject', () => {
    expect(broken('<Permissions>ReadWriteDocument</Permissions>', '')).toContain(
      'missing required <Permissions>',
    );
    expect(broken('8543eafd-d268', 'not-a-guid')).toContain('Id must be a GUID');
    expect(
      broken(
        'https://localhost:3000/taskpane.html" />\n  </DefaultSettings>',
        'http://x/" />\n  </DefaultSettings>',
      ),
    ).toContain('DefaultSettings/SourceLocation must be https');
    expect(broken('resid="TaskpaneButton.Tooltip"', 'resid="Missing.Tooltip"')).toContain(
      '<Description resid="Missing.Tooltip"> has no matching resource',
    );
    expect(() => checkManifest(xml.replace('</OfficeApp>', ''))).toThrow(/well-formed/);
  });

  it('holds every level to the documented order', () => {
    expect(broken(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1')).toContain(
      'OfficeApp: <Version> is out of the documented order',
    );
    expect(broken(/(<Label resid="TaskpaneButton.Label" \/>)\s*(<Supertip>)/, '$2$1')).toEqual([
      'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Supertip: <Label> is not a documented child',
    ]);
    expect(
      broken(
        /(<Title resid="TaskpaneButton.Label" \/>)\s*(<Description resid="TaskpaneButton.Tooltip" \/>)/,
        '$2$1',
      ),
    ).toEqual([
      'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Supertip: <Title> is out of the documented order',
    ]);
    expect(broken(/(<GetStarted>[\s\S]*?<\/GetStarted>)\s*(<FunctionFile [^>]*\/>)/, '$2$1')).toEqual([
      'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor: <GetStarted> is out of the documented order',
    ]);
    expect(
      broken(/(<Label resid="TaskpaneButton.Label" \/>)\s*(<Supertip>[\s\S]*?<\/Supertip>)/, '$2$1'),
    ).toEqual([
      'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control: <Label> is out of the documented order',
    ]);
    expect(broken(/(<bt:Images>[\s\S]*?<\/bt:Images>)\s*(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, '$2$1')).toEqual([
      'OfficeApp/VersionOverrides/Resources: <Images> is out of the documented order',
    ]);
    expect(broken(/(<SupportUrl [^>]*\/>)\s*(<AppDomains>[\s\S]*?<\/AppDomains>)/, '$2$1')).toEqual([
      'OfficeApp: <SupportUrl> is out of the documented order',
    ]);
    expect(broken('<Permissions>', '<Icon />\n  <Permissions>')).toContain(
      'OfficeApp: <Icon> is not a documented child',
    );
  });
});
