/**
 * Excel for the adapter tests, built on office-addin-mock: every API object is an
 * OfficeMockObject, so a property read before load() + context.sync() is refused (the Proxy
 * below turns office-addin-mock's "not loaded" marker into an exception), while property sets
 * and method calls are queued and applied to the fake workbook at context.sync(), in order.
 * The session counts syncs and measures what each one would carry.
 */
import { OfficeMockObject } from 'office-addin-mock';

/*
 * office-addin-mock needs only the OfficeApp host names from office-addin-manifest, whose full
 * module pulls in an ES-module-only dependency that Jest's CommonJS runtime cannot load (and a
 * telemetry client). The host names are its documented values.
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));
import { requestContext } from './fake-excel/api';
import type { FakeWorkbook } from './fake-excel/model';
import { FakeSession, runBatch, type ObjectSpec } from './fake-excel/session';

const NOT_LOADED = ['Error, property was not loaded', 'Error, context.sync() was not called'];

interface MockTarget {
  [key: string | symbol]: unknown;
  load(properties: string[]): unknown;
  setValue(name: string, value: unknown): void;
}

/** Names that JavaScript itself probes on any object (await, JSON, Jest): not Office properties. */
const LANGUAGE_PROBES = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', '$$typeof']);

class MockSession extends FakeSession {
  private pending = new Set<MockTarget>();

  make<T>(spec: ObjectSpec): T {
    const target = new OfficeMockObject({ ...this.countedMethods(spec) }) as unknown as MockTarget;
    Object.assign(target, spec.plain ?? {}, spec.children ?? {});
    const madeAt = this.syncCount;
    const baseLoad = target.load.bind(target);
    const proxy = new Proxy(target, {
      get: (object, property) => {
        if (property === 'isNullObject') {
          // Readable once a sync has run since the object was made (no load needed).
          if (this.syncCount === madeAt && !('isNullObject' in (spec.plain ?? {})))
            throw new Error(`PropertyNotLoaded: ${spec.label}.isNullObject read before sync()`);
          return spec.isNullObject ?? Reflect.get(object, property) ?? false;
        }
        if (
          typeof property === 'string' &&
          !Reflect.has(object, property) &&
          !LANGUAGE_PROBES.has(property)
        ) {
          throw new Error(`PropertyNotLoaded: ${spec.label}.${property} was never loaded`);
        }
        const value = Reflect.get(object, property);
        if (typeof value === 'string' && NOT_LOADED.includes(value)) {
          throw new Error(
            `PropertyNotLoaded: ${spec.label}.${String(property)} read before load() and sync()`,
          );
        }
        return value;
      },
      set: (object, property, value) => {
        const write = typeof property === 'string' ? spec.writes?.[property] : undefined;
        if (!write) throw new Error(`fake Excel: ${spec.label}.${String(property)} cannot be set`);
        this.noteSent(value);
        this.enqueue(`${spec.label}.${String(property)}`, () => write(value as never));
        return Reflect.set(object, property, value);
      },
    });
    target.load = ((properties?: string | string[]) => {
      const names = (Array.isArray(properties) ? properties.join(',') : (properties ?? ''))
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
      // A load travels as a query naming its properties.
      this.noteCall(names);
      if (spec.load) {
        spec.load(names.join(','));
        return proxy;
      }
      this.checkSnapshot(spec);
      const values = spec.readable?.() ?? {};
      for (const name of names) {
        if (!(name in values)) throw new Error(`fake Excel: ${spec.label} has no property ${name}`);
        target.setValue(name, values[name]);
        this.noteLoaded(values[name]);
      }
      baseLoad(names);
      this.pending.add(target);
      return proxy;
    }) as never;
    return proxy as T;
  }

  protected async revealLoads(): Promise<void> {
    const loads = [...this.pending];
    this.pending.clear();
    for (const target of loads) await OfficeMockObject.prototype.sync.call(target);
    // office-addin-mock settles loaded values in un-awaited callbacks: let them run.
    if (loads.length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  protected dropLoads(): void {
    this.pending.clear();
  }
}

export interface MockExcel {
  readonly session: FakeSession;
  readonly context: Excel.RequestContext;
  /** An `Excel` global whose run([options,] batch) hands out this context. */
  readonly excel: {
    run<T>(...args: [Excel.RunOptions, (context: Excel.RequestContext) => Promise<T>]): Promise<T>;
  };
}

export function mockExcel(workbook: FakeWorkbook): MockExcel {
  const session = new MockSession(workbook);
  const context = requestContext(session) as Excel.RequestContext;
  const excel = new OfficeMockObject({
    run: (...args: unknown[]) => runBatch(session, context, args),
  }) as unknown as MockExcel['excel'];
  return { session, context, excel };
}
