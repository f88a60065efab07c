import { columnLetters } from '../grid/cells';
import type { ImportProblem, SourceSpot } from './types';

/** "prices.csv 3행 2열" / "prices.csv line 3, column 2"; a worksheet cell reads "[Sheet1] B3". */
export function spotText(spot: SourceSpot): { ko: string; en: string } {
  if (spot.sheet !== undefined && spot.line !== null) {
    const cell = spot.column === null ? `${spot.line}행` : `${columnLetters(spot.column)}${spot.line}`;
    const cellEn = spot.column === null ? `row ${spot.line}` : `${columnLetters(spot.column)}${spot.line}`;
    return { ko: `${spot.file} [${spot.sheet}] ${cell}`, en: `${spot.file} [${spot.sheet}] ${cellEn}` };
  }
  const ko: string[] = [];
  const en: string[] = [];
  if (spot.line !== null) {
    ko.push(`${spot.line}행`);
    en.push(`line ${spot.line}`);
  }
  if (spot.column !== null) {
    ko.push(`${spot.column}열`);
    en.push(`column ${spot.column}`);
  }
  const path = spot.path === undefined ? '' : ` (${spot.path})`;
  return {
    ko: [spot.file, ...ko].join(' ') + path,
    en: [spot.file, ...(en.length > 0 ? [en.join(', ')] : [])].join(' ') + path,
  };
}

/** One line per problem: "[오류] <where>: <Korean> / <English>". */
export function problemLine(problem: ImportProblem): string {
  const where = spotText(problem.spot);
  const label = problem.severity === 'error' ? '[오류]' : '[경고]';
  return `${label} ${where.ko}: ${problem.text.ko}\n       ${where.en}: ${problem.text.en}`;
}

export function importError({ spot, text }: Pick<ImportProblem, 'spot' | 'text'>): ImportProblem {
  return { severity: 'error', spot, text };
}
