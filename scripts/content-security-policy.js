// @ts-check
/**
 * The Content-Security-Policy of the production pages (taskpane.html, commands.html, help.html),
 * set as a <meta> by the build; docs/addin.md gives the same policy as a header for the server.
 *
 * - script-src: the pane's own bundles, and Office.js, which loads its host-specific files from
 *   appsforoffice.microsoft.com and, on some hosts, MicrosoftAjax from ajax.aspnetcdn.com
 *   (office-js #1005).
 * - style-src 'unsafe-inline': Fluent UI (Griffel) inserts its style rules at run time, and
 *   Office.js on the web sets inline styles (office-js #1687).
 * - connect-src: Office.js telemetry (browser.pipe.aria.microsoft.com); the pane itself fetches nothing.
 * - frame-ancestors cannot be set from a <meta>; see docs/addin.md for the header.
 */
const DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https://appsforoffice.microsoft.com', 'https://browser.pipe.aria.microsoft.com'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The policy as one header or <meta> value. */
function contentSecurityPolicy() {
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

module.exports = { contentSecurityPolicy };
