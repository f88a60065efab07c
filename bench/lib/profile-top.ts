import { existsSync, readFileSync } from 'fs';
import { SourceMap } from 'module';
import { dirname, relative, resolve } from 'path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
  readonly positionTicks?: readonly { readonly line: number; readonly ticks: number }[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface HotSpot {
  readonly name: string;
  readonly location: string;
  readonly selfMs: number;
  readonly selfPercent: number;
  /** The line of the function with the most self samples. */
  readonly hotLine: string;
}

const maps = new Map<string, SourceMap | null>();

/** file:line in the TypeScript source when the compiled file has a source map, else in the file itself. */
function original(file: string, line: number, column: number): string {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as never) : null);
  }
  const map = maps.get(file);
  const entry = map?.findEntry(line, column) as { originalSource?: string; originalLine?: number } | undefined;
  if (entry?.originalSource !== undefined && entry.originalLine !== undefined) {
    const source = resolve(dirname(file), entry.originalSource.replace('file://', ''));
    return `${relative(process.cwd(), source)}:${entry.originalLine + 1}`;
  }
  return `${relative(process.cwd(), file)}:${line + 1}`;
}

/** Top self-time functions of a .cpuprofile (node --cpu-prof), merged by function and location. */
export function topSelfTime(file: string, count = 10): HotSpot[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const lines = new Map<string, Map<string, number>>();
  for (const node of profile.nodes) {
    const frame = node.callFrame;
    if (!frame.url) continue;
    const key = `${frame.functionName || '(anonymous)'}\u0000${original(frame.url.replace('file://', ''), frame.lineNumber, frame.columnNumber)}`;
    const perLine = lines.get(key) ?? new Map<string, number>();
    for (const tick of node.positionTicks ?? []) {
      const at = original(frame.url.replace('file://', ''), tick.line - 1, 0);
      perLine.set(at, (perLine.get(at) ?? 0) + tick.ticks);
    }
    lines.set(key, perLine);
  }
  let total = 0;
  profile.samples.forEach((id, at) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[at] ?? 0;
    if (!node) return;
    total += delta;
    const frame = node.callFrame;
    const where = frame.url ? original(frame.url.replace('file://', ''), frame.lineNumber, frame.columnNumber) : '(native)';
    const key = `${frame.functionName || '(anonymous)'}\u0000${where}`;
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, micros]) => {
      const [name = '', location = ''] = key.split('\u0000');
      const perLine = [...(lines.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
      const hotLine = perLine[0]?.[0] ?? location;
      return { name, location, selfMs: micros / 1000, selfPercent: (100 * micros) / total, hotLine };
    });
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: profile-top <file.cpuprofile>');
  for (const spot of topSelfTime(file, Number(process.argv[3] ?? '10'))) {
    process.stdout.write(`${spot.selfPercent.toFixed(1).padStart(5)}%  ${spot.selfMs.toFixed(0).padStart(7)} ms  ${spot.name}  ${spot.location}  (hottest line ${spot.hotLine})\n`);
  }
}
