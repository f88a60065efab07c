import { compute } from '../../src/domain/engine';
import { engineInput, MATERIALS, CYCLES } from './engine-input';
import { floatCompute, floatTables } from './float-baseline';

/** One engine measurement in its own process: `node child.js decimal|float <items>`; prints one JSON line. */
function main(): void {
  const [mode, itemsText] = process.argv.slice(2);
  const items = Number(itemsText);
  const gc = (globalThis as { gc?: () => void }).gc;
  let seconds: number;
  let detail: Record<string, number>;
  if (mode === 'decimal') {
    const input = engineInput(items);
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = process.hrtime.bigint();
    const result = compute(input);
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
    gc?.();
    detail = {
      evaluations: result.evaluations.length,
      triggered: result.evaluations.filter((e) => e.triggered).length,
      adjustments: result.adjustments.length,
      errors: result.issues.filter((i) => i.severity === 'error').length,
      retainedHeapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
    };
  } else {
    const tables = floatTables();
    const started = process.hrtime.bigint();
    const out = floatCompute(items, tables);
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
    detail = { evaluations: items * MATERIALS * CYCLES, triggered: out.triggered, checksum: out.checksum };
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ mode, items, seconds, peakRssMb, ...detail })}\n`);
}

main();
