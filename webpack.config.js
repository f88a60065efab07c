// @ts-check
/**
 * Builds the Excel add-in: the task pane (React + Fluent UI) and the ribbon function file into
 * dist/, with the icons and the manifest. `webpack --mode production` for a release build;
 * `webpack serve --mode development` serves https://localhost:3000 with the Office dev
 * certificates (office-addin-dev-certs), falling back to a self-signed certificate.
 *
 * ADDIN_PUBLIC_URL=https://example.com/addin/ rewrites the manifest's https://localhost:3000/
 * URLs in dist/manifest.xml for a deployment.
 */
const path = require('path');
const { Buffer } = require('buffer');
const { URL } = require('url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000/';
const PORT = 3000;

/** The manifest, with its URLs pointing at ADDIN_PUBLIC_URL when that is set. */
function rewriteManifest(content) {
  const target = process.env.ADDIN_PUBLIC_URL;
  if (!target) return content;
  if (!/^https:\/\//.test(target)) throw new Error(`ADDIN_PUBLIC_URL must be an https URL, got ${target}`);
  const base = target.endsWith('/') ? target : `${target}/`;
  const origin = new URL(base).origin;
  return Buffer.from(
    content
      .toString()
      .split(DEV_ORIGIN)
      .join(base)
      .split('<AppDomain>https://localhost:3000</AppDomain>')
      .join(`<AppDomain>${origin}</AppDomain>`),
  );
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

module.exports = async (_env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
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
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: rewriteManifest },
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
