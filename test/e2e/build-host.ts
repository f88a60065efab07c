/** Bundles host/office-host.ts (the stand-in for office.js) for the browser, in memory. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

export async function buildOfficeHost(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yeondong-host-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(__dirname, 'host', 'office-host.ts'),
    output: { path: outDir, filename: 'office-host.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else compiler.close(() => resolve());
    }),
  );
  const bundle = fs.readFileSync(path.join(outDir, 'office-host.js'), 'utf8');
  fs.rmSync(outDir, { recursive: true, force: true });
  return bundle;
}
