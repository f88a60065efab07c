import { spawn } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import ts from 'typescript';

const REPO = resolve(__dirname, '..', '..');
const RELATIVE_IMPORT = /from '(\.{1,2}\/[^']+)'/g;

/**
 * Transpiles source modules, and the relative modules they import, to CommonJS under `outDir`
 * (same layout as the repository), so that a real child process can run them without a build.
 * Keep to small modules: the whole command line takes too long to transpile for a test.
 */
export function transpileForChild(entries: readonly string[], outDir: string): void {
  const pending = entries.map((entry) => resolve(REPO, entry));
  const done = new Set<string>();
  for (let source = pending.pop(); source !== undefined; source = pending.pop()) {
    if (done.has(source)) continue;
    done.add(source);
    const text = readFileSync(source, 'utf8');
    const output = ts.transpileModule(text, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
    }).outputText;
    const target = join(outDir, relative(REPO, source)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      pending.push(`${resolve(dirname(source), match[1] ?? '')}.ts`);
    }
  }
}

export interface Child {
  /** Resolves at the first line of stdout that equals `line`. */
  readonly waitFor: (line: string) => Promise<void>;
  readonly send: (text: string) => void;
  readonly kill: (signal: NodeJS.Signals) => void;
  /** Exit code and everything printed. */
  readonly done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
}

/** Runs `node script args…` with piped streams. */
export function startChild(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { line: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    const lines = stdout.split('\n');
    for (const waiter of [...waiters]) {
      if (lines.includes(waiter.line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolveDone, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolveDone({ code, signal, stdout, stderr }));
    },
  );
  return {
    waitFor: (line) =>
      new Promise<void>((resolveWait, reject) => {
        if (stdout.split('\n').includes(line)) return resolveWait();
        waiters.push({ line, resolve: resolveWait });
        // A child that dies first never prints it: fail with what it said instead of hanging.
        void done.then((end) =>
          reject(new Error(`child ended (${end.code ?? end.signal}) before "${line}":\n${end.stderr}`)),
        );
      }),
    send: (text) => child.stdin.write(text),
    kill: (signal) => child.kill(signal),
    done,
  };
}
