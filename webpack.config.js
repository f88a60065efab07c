// @ts-check
/**
 * Builds the Excel add-in: the task pane (React + Fluent UI), the ribbon function file and the
 * help page (the manifest's SupportUrl) into dist/, with the icons and both manifests:
 *   dist/manifest.xml      production: its own GUID and name, URLs under the public URL;
 *   dist/manifest.dev.xml  development: https://localhost:3000 (the repository's manifest.xml).
 * The public URL is `--env publicUrl=https://host/path/`, else ADDIN_PUBLIC_URL, else
 * https://localhost:3000/ (scripts/manifest-variants.js). `webpack --mode production` is the
 * release build: a Content-Security-Policy on every page, and source maps kept out of dist/
 * (hidden-source-map, written to dist-sourcemaps/) so that publishing dist/ never publishes them.
 * `webpack serve --mode development` serves https://localhost:3000 with the Office dev
 * certificates (office-addin-dev-certs), falling back to a self-signed certificate.
 */
const fs = require('fs');
const path = require('path');
const { Buffer } = require('buffer');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { contentSecurityPolicy } = require('./scripts/content-security-policy');
const { DEFAULT_PUBLIC_URL, productionManifest, publicUrlFrom } = require('./scripts/manifest-variants');

const PORT = 3000;

/** One page of dist/: its template, its script (if any), and in production the CSP <meta> first in <head>. */
function page(filename, template, chunks, production) {
  const cspMeta = production
    ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`
    : '';
  return new HtmlWebpackPlugin({ filename, template, chunks, cspMeta });
}

/** HTTPS options for the dev server: the trusted Office dev certificates when they can be made. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      `office-addin-dev-certs could not provide a trusted certificate (${error instanceof Error ? error.message : String(error)}).\n` +
        'Serving with a self-signed certificate instead: open https://localhost:3000/taskpane.html once and accept it, ' +
        'or run `npx office-addin-dev-certs install` (see docs/addin.md).',
    );
    return 'https';
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const publicUrl = publicUrlFrom(env?.publicUrl);
  // webpack's `clean` covers dist/ only: start the maps afresh too, so they match the bundles.
  if (production) fs.rmSync(path.join(__dirname, 'dist-sourcemaps'), { recursive: true, force: true });
  if (production && publicUrl === DEFAULT_PUBLIC_URL) {
    console.warn(
      `dist/manifest.xml points at ${publicUrl}: pass --env publicUrl=… or ADDIN_PUBLIC_URL to deploy.`,
    );
  }
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'hidden-source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Outside dist/: the maps are for reading a production stack trace, not for the web server.
      sourceMapFilename: '../dist-sourcemaps/[file].map',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // The CSV parser's browser build carries its own Buffer; its Node build needs Node's.
      alias: { 'csv-parse/sync$': 'csv-parse/browser/esm/sync' },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; the bundle only needs ES modules for tree shaking.
              transpileOnly: true,
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane'], production),
      page('commands.html', './src/commands/commands.html', ['commands'], production),
      page('help.html', './src/help/help.html', [], production),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.dev.xml' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => Buffer.from(productionManifest(content.toString(), publicUrl)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          host: 'localhost',
          port: PORT,
          server: await httpsOptions(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
