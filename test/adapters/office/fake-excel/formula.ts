/**
 * A small Excel formula evaluator for the fake workbook: numbers, text, cell references
 * (A1, $A$1, Sheet!A1, 'My sheet'!A1), ranges inside SUM/MIN/MAX, + − × ÷ ^ & %, comparisons
 * and ROUND, ROUNDDOWN, ROUNDUP, SUM, IF, ABS, SIGN, MIN, MAX, AND, OR. It computes in binary
 * floating point as Excel does, with Excel's 15-digit correction before rounding. Anything else
 * is #NAME?, so an unexpected formula shows up as an error, never as a silent value.
 */
import { parseAddress } from '../../../../src/workbook/grid/cells';

export type FormulaValue = string | number | boolean | { readonly error: string };

export interface FormulaContext {
  /** The value of a cell; `sheet` null means the formula's own sheet. */
  cell(sheet: string | null, row: number, column: number): FormulaValue;
}

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'ref'; sheet: string | null; from: string; to: string | null }
  | { kind: 'name'; value: string }
  | { kind: 'error'; value: string }
  | { kind: 'op'; value: string };

const REF =
  /^(?:('(?:[^']|'')+'|[A-Za-z_\u3131-\uD79D][\w.\u3131-\uD79D]*)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?/;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let rest = formula;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?|^\.\d+/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      rest = rest.slice(number[0].length);
      continue;
    }
    if (rest.startsWith('"')) {
      const text = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!text) throw new SyntaxError('unterminated text');
      tokens.push({ kind: 'text', value: (text[1] ?? '').replace(/""/g, '"') });
      rest = rest.slice(text[0].length);
      continue;
    }
    const broken = /^#REF!(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)?/.exec(rest);
    if (broken) {
      // What Excel leaves of a reference to a deleted sheet.
      tokens.push({ kind: 'error', value: '#REF!' });
      rest = rest.slice(broken[0].length);
      continue;
    }
    const ref = REF.exec(rest);
    if (ref && !/^\(/.test(rest.slice(ref[0].length))) {
      const sheet = ref[1] ? ref[1].replace(/^'|'$/g, '').replace(/''/g, "'") : null;
      tokens.push({ kind: 'ref', sheet, from: ref[2] ?? '', to: ref[3] ?? null });
      rest = rest.slice(ref[0].length);
      continue;
    }
    const name = /^[A-Za-z][A-Za-z0-9.]*/.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', value: name[0].toUpperCase() });
      rest = rest.slice(name[0].length);
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>(),%])/.exec(rest);
    if (!op) throw new SyntaxError(`unexpected ${rest[0] ?? ''}`);
    tokens.push({ kind: 'op', value: op[0] });
    rest = rest.slice(op[0].length);
  }
  return tokens;
}

type Node =
  | { type: 'value'; value: FormulaValue }
  | { type: 'ref'; sheet: string | null; from: string; to: string | null }
  | { type: 'unary'; op: string; operand: Node }
  | { type: 'percent'; operand: Node }
  | { type: 'binary'; op: string; left: Node; right: Node }
  | { type: 'call'; name: string; args: Node[] };

const PRECEDENCE: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.expression(0);
    if (this.position < this.tokens.length) throw new SyntaxError('trailing tokens');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private expression(minimum: number): Node {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      if (token?.kind !== 'op') break;
      const precedence = PRECEDENCE[token.value];
      if (precedence === undefined || precedence < minimum) break;
      this.position += 1;
      const right = this.expression(token.value === '^' ? precedence : precedence + 1);
      left = { type: 'binary', op: token.value, left, right };
    }
    return left;
  }

  private unary(): Node {
    const token = this.peek();
    if (token?.kind === 'op' && (token.value === '-' || token.value === '+')) {
      this.position += 1;
      return { type: 'unary', op: token.value, operand: this.unary() };
    }
    let node = this.primary();
    while (this.peek()?.kind === 'op' && (this.peek() as { value: string }).value === '%') {
      this.position += 1;
      node = { type: 'percent', operand: node };
    }
    return node;
  }

  private primary(): Node {
    const token = this.tokens[this.position];
    this.position += 1;
    if (!token) throw new SyntaxError('unexpected end');
    switch (token.kind) {
      case 'number':
      case 'text':
        return { type: 'value', value: token.value };
      case 'error':
        return { type: 'value', value: { error: token.value } };
      case 'ref':
        return { type: 'ref', sheet: token.sheet, from: token.from, to: token.to };
      case 'name': {
        if (token.value === 'TRUE' || token.value === 'FALSE')
          return { type: 'value', value: token.value === 'TRUE' };
        // A bare name is a defined name: well formed, but the fake knows none (#NAME?).
        if (!this.isOp('(')) return { type: 'value', value: { error: '#NAME?' } };
        this.expect('(');
        const args: Node[] = [];
        if (!this.isOp(')')) {
          for (;;) {
            args.push(this.expression(0));
            if (this.isOp(',')) {
              this.position += 1;
              continue;
            }
            break;
          }
        }
        this.expect(')');
        return { type: 'call', name: token.value, args };
      }
      case 'op':
        if (token.value === '(') {
          const inner = this.expression(0);
          this.expect(')');
          return inner;
        }
        throw new SyntaxError(`unexpected ${token.value}`);
    }
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token?.kind === 'op' && token.value === value;
  }

  private expect(value: string): void {
    if (!this.isOp(value)) throw new SyntaxError(`expected ${value}`);
    this.position += 1;
  }
}

const isError = (value: unknown): value is { error: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toNumber(value: FormulaValue): number | { error: string } {
  if (typeof value === 'object') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === '') return 0;
  const parsed = Number(value.replace(/,/g, ''));
  return Number.isFinite(parsed) ? parsed : { error: '#VALUE!' };
}

/** Excel rounds the 15 significant digits it shows, half away from zero. */
function excelRound(value: number, digits: number, mode: 'half' | 'down' | 'up'): number {
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded =
    mode === 'half' ? Math.floor(scaled + 0.5) : mode === 'down' ? Math.floor(scaled) : Math.ceil(scaled);
  return (Math.sign(value) * rounded) / factor;
}

class Evaluator {
  constructor(private readonly context: FormulaContext) {}

  /** The cells of a reference, row by row. */
  private cells(node: Extract<Node, { type: 'ref' }>): FormulaValue[] {
    const start = parseAddress(node.from.replace(/\$/g, ''));
    const end = node.to ? parseAddress(node.to.replace(/\$/g, '')) : start;
    const values: FormulaValue[] = [];
    for (let row = start.row; row <= end.row; row += 1) {
      for (let column = start.column; column <= end.column; column += 1)
        values.push(this.context.cell(node.sheet, row, column));
    }
    return values;
  }

  value(node: Node): FormulaValue {
    switch (node.type) {
      case 'value':
        return node.value;
      case 'ref': {
        const cells = this.cells(node);
        return cells.length === 1 ? (cells[0] ?? '') : { error: '#VALUE!' };
      }
      case 'unary': {
        const operand = toNumber(this.value(node.operand));
        return isError(operand) ? operand : node.op === '-' ? -operand : operand;
      }
      case 'percent': {
        const operand = toNumber(this.value(node.operand));
        return isError(operand) ? operand : operand / 100;
      }
      case 'binary':
        return this.binary(node.op, this.value(node.left), this.value(node.right));
      case 'call':
        return this.call(node.name, node.args);
    }
  }

  private binary(op: string, left: FormulaValue, right: FormulaValue): FormulaValue {
    if (isError(left)) return left;
    if (isError(right)) return right;
    if (op === '&') return `${String(left)}${String(right)}`;
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const a = typeof left === 'string' && typeof right === 'string' ? left.toUpperCase() : toNumber(left);
      const b = typeof left === 'string' && typeof right === 'string' ? right.toUpperCase() : toNumber(right);
      if (isError(a as FormulaValue) || isError(b as FormulaValue)) return { error: '#VALUE!' };
      const x = a as number | string;
      const y = b as number | string;
      switch (op) {
        case '=':
          return x === y;
        case '<>':
          return x !== y;
        case '<':
          return x < y;
        case '>':
          return x > y;
        case '<=':
          return x <= y;
        default:
          return x >= y;
      }
    }
    const a = toNumber(left);
    const b = toNumber(right);
    if (isError(a)) return a;
    if (isError(b)) return b;
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? { error: '#DIV/0!' } : a / b;
      default:
        return a ** b;
    }
  }

  /** Numbers of the arguments, ranges flattened, text and blanks in ranges skipped (as SUM does). */
  private numbers(args: Node[]): number[] | { error: string } {
    const numbers: number[] = [];
    for (const arg of args) {
      const values = arg.type === 'ref' ? this.cells(arg) : [this.value(arg)];
      for (const value of values) {
        if (isError(value)) return value;
        if (arg.type === 'ref' && typeof value !== 'number') continue;
        const n = toNumber(value);
        if (isError(n)) return n;
        numbers.push(n);
      }
    }
    return numbers;
  }

  private call(name: string, args: Node[]): FormulaValue {
    const arg = (index: number): FormulaValue => {
      const node = args[index];
      return node ? this.value(node) : '';
    };
    const numberArg = (index: number): number | { error: string } => toNumber(arg(index));
    switch (name) {
      case 'ROUND':
      case 'ROUNDDOWN':
      case 'ROUNDUP': {
        const value = numberArg(0);
        const digits = numberArg(1);
        if (isError(value)) return value;
        if (isError(digits)) return digits;
        return excelRound(
          value,
          Math.trunc(digits),
          name === 'ROUND' ? 'half' : name === 'ROUNDDOWN' ? 'down' : 'up',
        );
      }
      case 'SUM':
      case 'MIN':
      case 'MAX': {
        const numbers = this.numbers(args);
        if (isError(numbers)) return numbers;
        if (name === 'SUM') return numbers.reduce((sum, n) => sum + n, 0);
        if (numbers.length === 0) return 0;
        return name === 'MIN' ? Math.min(...numbers) : Math.max(...numbers);
      }
      case 'ABS':
      case 'SIGN': {
        const value = numberArg(0);
        if (isError(value)) return value;
        return name === 'ABS' ? Math.abs(value) : Math.sign(value);
      }
      case 'IF': {
        const test = arg(0);
        if (isError(test)) return test;
        const truth = typeof test === 'boolean' ? test : toNumber(test);
        if (isError(truth as FormulaValue)) return truth as { error: string };
        return truth ? arg(1) : args.length > 2 ? arg(2) : false;
      }
      case 'AND':
      case 'OR': {
        const values = args.map((node) => this.value(node));
        const bad = values.find(isError);
        if (bad) return bad;
        const truths = values.map((value) => Boolean(toNumber(value)));
        return name === 'AND' ? truths.every(Boolean) : truths.some(Boolean);
      }
      default:
        return { error: '#NAME?' };
    }
  }
}

/** Evaluates a formula (without its "="); a formula that does not parse is #NAME?. */
export function evaluateFormula(formula: string, context: FormulaContext): FormulaValue {
  let tree: Node;
  try {
    tree = new Parser(tokenize(formula)).parse();
  } catch {
    return { error: '#NAME?' };
  }
  const value = new Evaluator(context).value(tree);
  return typeof value === 'number' && !Number.isFinite(value) ? { error: '#NUM!' } : value;
}

/** Whether Excel would accept the formula (without its "="): it tokenizes and parses. */
export function isWellFormed(formula: string): boolean {
  try {
    new Parser(tokenize(formula)).parse();
    return true;
  } catch {
    return false;
  }
}

const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z_\u3131-\uD79D][\w.\u3131-\uD79D]*))!/;

/** A sheet name as a formula writes it: quoted unless it is one plain word. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_\u3131-\uD79D][\w.\u3131-\uD79D]*$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

/**
 * The formula with every reference to sheet `from` pointing at `to` (a rename), or at #REF!
 * when `to` is null (a deletion), as Excel rewrites formulas that refer to a sheet.
 */
export function retargetSheet(formula: string, from: string, to: string | null): string {
  let out = '';
  let position = 0;
  while (position < formula.length) {
    const char = formula[position] ?? '';
    if (char === '"') {
      const text = /^"(?:[^"]|"")*"?/.exec(formula.slice(position))?.[0] ?? '"';
      out += text;
      position += text.length;
      continue;
    }
    const boundary = position === 0 || !/[\w.\u3131-\uD79D]/.test(formula[position - 1] ?? '');
    const prefix = boundary ? SHEET_PREFIX.exec(formula.slice(position)) : null;
    if (prefix) {
      const name = prefix[1] !== undefined ? prefix[1].replace(/''/g, "'") : (prefix[2] ?? '');
      const same = name.toUpperCase() === from.toUpperCase();
      out += !same ? prefix[0] : to === null ? '#REF!' : sheetPrefix(to);
      position += prefix[0].length;
      continue;
    }
    out += char;
    position += 1;
  }
  return out;
}
