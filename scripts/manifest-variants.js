// @ts-check
/**
 * The add-in's two manifests, made from one source. manifest.xml in the repository is the
 * development manifest (https://localhost:3000, its own GUID, "(개발)" in its name), which
 * `npm start` sideloads. The production manifest is the same file with the production GUID and
 * name, and every URL moved to the public origin the build is given. Two GUIDs, so that a
 * developer's sideloaded copy and the organisation's deployed copy can be installed side by side.
 */
const { URL } = require('url');

const DEV_ORIGIN = 'https://localhost:3000';
/** Where the production build points when no origin is given: the dev server, for a local trial. */
const DEFAULT_PUBLIC_URL = `${DEV_ORIGIN}/`;

const DEVELOPMENT = {
  id: '8543eafd-d268-4906-ae3f-3670383ef88e',
  name: { ko: '납품대금 연동 계산기 (개발)', en: 'Delivery Price Indexation (dev)' },
};
const PRODUCTION = {
  id: 'c04730a8-1235-4e0d-b5d4-dbd2101487a2',
  name: { ko: '납품대금 연동 계산기', en: 'Delivery Price Indexation' },
};

/** `text` with `from` replaced by `to`, failing when `from` is not there exactly `count` times. */
function replaceExactly(text, from, to, count = 1) {
  const found = text.split(from).length - 1;
  if (found !== count)
    throw new Error(`manifest: expected ${count}× ${JSON.stringify(from)}, found ${found}`);
  return text.split(from).join(to);
}

/** The public base URL ("https://host/path/"), from an argument, then ADDIN_PUBLIC_URL, then the default. */
function publicUrlFrom(argument, environment = process.env) {
  const raw = argument || environment.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`the add-in's public URL must be https, got ${raw}`);
  if (url.search || url.hash)
    throw new Error(`the add-in's public URL must not have a query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The production manifest: production GUID and name, every URL under `publicUrl`. */
function productionManifest(developmentXml, publicUrl) {
  const base = publicUrlFrom(publicUrl);
  const note =
    '<!-- The production manifest, made by `npm run build` from manifest.xml (scripts/manifest-variants.js). -->';
  let xml = developmentXml.replace(/<!--[\s\S]*?-->/, note);
  xml = replaceExactly(xml, `<Id>${DEVELOPMENT.id}</Id>`, `<Id>${PRODUCTION.id}</Id>`);
  xml = replaceExactly(xml, `DefaultValue="${DEVELOPMENT.name.ko}"`, `DefaultValue="${PRODUCTION.name.ko}"`);
  xml = replaceExactly(xml, `Value="${DEVELOPMENT.name.en}"`, `Value="${PRODUCTION.name.en}"`);
  const domain = `<AppDomain>${DEV_ORIGIN}</AppDomain>`;
  xml = replaceExactly(xml, domain, `<AppDomain>${new URL(base).origin}</AppDomain>`);
  const urls = xml.split(`${DEV_ORIGIN}/`).length - 1;
  if (urls === 0) throw new Error('manifest: no development URL to move');
  xml = replaceExactly(xml, `${DEV_ORIGIN}/`, base, urls);
  return xml;
}

module.exports = { DEFAULT_PUBLIC_URL, DEVELOPMENT, PRODUCTION, publicUrlFrom, productionManifest };
