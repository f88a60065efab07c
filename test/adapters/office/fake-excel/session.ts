/**
 * The request queue of a fake Excel.RequestContext: property sets and method calls are queued
 * as operations and applied, in order, at context.sync(), as Office.js does; loaded properties
 * become readable only after that sync. A failure can be injected at a given sync and operation:
 * the operations before it are applied (as in Excel, which does not undo a half-run batch) and
 * the sync throws.
 */
import { FakeExcelError, type FakeWorkbook } from './model';

/** How an API object is made: readable snapshot, methods, and properties whose sets are queued. */
export interface ObjectSpec {
  /** A name for operation logs, e.g. "Sheet1!A1:C3". */
  readonly label: string;
  /** Values `load()` can reveal, captured when load() is called. */
  readonly readable?: () => Record<string, unknown>;
  readonly methods?: Record<string, (...args: never[]) => unknown>;
  /** Writable properties: each set is queued and applied at the next sync. */
  readonly writes?: Record<string, (value: never) => void>;
  /** Sub-objects that are plain properties (format, font, pageLayout…). */
  readonly children?: Record<string, unknown>;
  /** Replaces load() (collections, whose items are made at sync time). */
  readonly load?: (properties: string) => void;
  /** Properties readable without load (those of collection items loaded with the collection). */
  readonly plain?: Record<string, unknown>;
  /** `isNullObject`, readable (without load) once a sync has run after the object was made. */
  readonly isNullObject?: boolean;
  /** True for objects whose snapshot may be stale if loaded after queued operations. */
  readonly snapshotSensitive?: boolean;
}

export interface InjectedFailure {
  /** 1-based sync at which to fail. */
  readonly sync: number;
  /** 0-based operation of that sync at which to fail (before applying it); default 0. */
  readonly operation?: number;
}

/** Excel on the web refuses a request or a response larger than this. */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Bytes of a value as JSON in UTF-8, as it would travel. */
export function utf8Bytes(value: unknown): number {
  const text = JSON.stringify(value ?? null);
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export abstract class FakeSession {
  syncCount = 0;
  /** Excel on the web's limit; Infinity stands for Excel on Windows or Mac. */
  payloadLimitBytes = EXCEL_PAYLOAD_LIMIT_BYTES;
  /** Bytes each sync sent (property values set) and brought back (values loaded). */
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  private sent = 0;
  private loaded = 0;
  failure: InjectedFailure | null = null;
  /** The user is typing in a cell: a batch run without `delayForCellEdit` fails at sync. */
  cellEditMode = false;
  /** The options of the Excel.run this session's batch came from. */
  runOptions: { readonly delayForCellEdit?: boolean } = {};
  /** The operations applied by each sync, by label. */
  readonly log: string[][] = [];
  private queue: { describe: string; apply: () => void }[] = [];
  private afterSync: (() => void | Promise<void>)[] = [];

  constructor(readonly workbook: FakeWorkbook) {}

  enqueue(describe: string, apply: () => void): void {
    this.queue.push({ describe, apply });
  }

  /** Work to do once this batch's operations are applied (collection loads). */
  onSync(work: () => void | Promise<void>): void {
    this.afterSync.push(work);
  }

  protected noteSent(value: unknown): void {
    this.sent += utf8Bytes(value) + 64;
  }

  /** A method call travels as an action with its object path and arguments. */
  protected noteCall(args: readonly unknown[]): void {
    this.sent += utf8Bytes(args) + 64;
  }

  /** The spec's methods, each counted in the request's bytes when called. */
  protected countedMethods(spec: ObjectSpec): Record<string, (...args: never[]) => unknown> {
    return Object.fromEntries(
      Object.entries(spec.methods ?? {}).map(([name, method]) => [
        name,
        (...args: never[]) => {
          this.noteCall(args);
          return method(...args);
        },
      ]),
    );
  }

  protected noteLoaded(value: unknown): void {
    this.loaded += utf8Bytes(value);
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    const operations = this.queue.splice(0);
    const after = this.afterSync.splice(0);
    const applied: string[] = [];
    this.log.push(applied);
    const [sent, loaded] = [this.sent, this.loaded];
    this.requestBytes.push(sent);
    this.responseBytes.push(loaded);
    this.sent = 0;
    this.loaded = 0;
    try {
      if (this.cellEditMode && this.runOptions.delayForCellEdit !== true) {
        throw new FakeExcelError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB.',
        );
      }
      if (sent > this.payloadLimitBytes) {
        throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `request of ${sent} bytes`);
      }
      if (loaded > this.payloadLimitBytes) {
        throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `response of ${loaded} bytes`);
      }
      operations.forEach((operation, index) => {
        if (this.failure && this.failure.sync === this.syncCount && (this.failure.operation ?? 0) === index) {
          const injected = new FakeExcelError(
            'GeneralException',
            `injected failure at sync ${this.syncCount}, operation ${index}`,
          );
          injected.debugInfo.errorLocation = operation.describe;
          throw injected;
        }
        try {
          operation.apply();
        } catch (error) {
          // Excel names the object and member that failed (debugInfo.errorLocation).
          if (error instanceof FakeExcelError) error.debugInfo.errorLocation = operation.describe;
          throw error;
        }
        applied.push(operation.describe);
      });
      if (
        this.failure &&
        this.failure.sync === this.syncCount &&
        (this.failure.operation ?? 0) >= operations.length
      ) {
        throw new FakeExcelError('GeneralException', `injected failure at the end of sync ${this.syncCount}`);
      }
    } catch (error) {
      this.dropLoads();
      throw error;
    }
    for (const work of after) await work();
    await this.revealLoads();
  }

  /** Makes an API object with Office.js load/sync semantics. */
  abstract make<T>(spec: ObjectSpec): T;
  /** Makes the values of pending loads readable. */
  protected abstract revealLoads(): Promise<void>;
  protected abstract dropLoads(): void;

  /** Guards against reading a snapshot taken before this batch's own changes. */
  protected checkSnapshot(spec: ObjectSpec): void {
    if (spec.snapshotSensitive && this.queue.length > 0) {
      throw new Error(
        `fake Excel: ${spec.label} loaded after queued changes in the same batch (not modelled)`,
      );
    }
  }
}

/**
 * `Excel.run(batch)` or `Excel.run(options, batch)` over a session: the options hold for the
 * batch's syncs (delayForCellEdit).
 */
export function runBatch<T>(session: FakeSession, context: unknown, args: readonly unknown[]): Promise<T> {
  const batch = args[args.length - 1] as (context: unknown) => Promise<T>;
  const options = args.length > 1 ? (args[0] as FakeSession['runOptions']) : {};
  session.runOptions = options;
  return batch(context);
}
