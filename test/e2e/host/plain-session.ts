/**
 * The fake Excel's load/sync semantics without office-addin-mock (a Node library), for the
 * browser: a loaded property is readable only after context.sync(); property sets are queued.
 */
import { FakeSession, type ObjectSpec } from '../../adapters/office/fake-excel/session';

export class PlainSession extends FakeSession {
  private pending: (() => void)[] = [];

  make<T>(spec: ObjectSpec): T {
    const loaded = new Map<string, unknown>();
    const readableNames = new Set<string>();
    const target: Record<string | symbol, unknown> = {
      ...this.countedMethods(spec),
      ...spec.plain,
      ...spec.children,
    };
    const madeAt = this.syncCount;
    const proxy = new Proxy(target, {
      get: (object, property) => {
        if (property === 'isNullObject' && !(property in object)) {
          if (this.syncCount === madeAt) throw new Error(`PropertyNotLoaded: ${spec.label}.isNullObject`);
          return spec.isNullObject ?? false;
        }
        if (typeof property === 'string' && readableNames.has(property) && !(property in object)) {
          if (!loaded.has(property)) throw new Error(`PropertyNotLoaded: ${spec.label}.${property}`);
          return loaded.get(property);
        }
        return Reflect.get(object, property);
      },
      set: (object, property, value) => {
        const write = typeof property === 'string' ? spec.writes?.[property] : undefined;
        if (!write) throw new Error(`fake Excel: ${spec.label}.${String(property)} cannot be set`);
        this.noteSent(value);
        this.enqueue(`${spec.label}.${String(property)}`, () => write(value as never));
        return Reflect.set(object, property, value);
      },
    });
    target.load = (properties?: string | string[]) => {
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
        readableNames.add(name);
        this.noteLoaded(values[name]);
        this.pending.push(() => loaded.set(name, values[name]));
      }
      return proxy;
    };
    return proxy as T;
  }

  protected async revealLoads(): Promise<void> {
    for (const reveal of this.pending.splice(0)) reveal();
  }

  protected dropLoads(): void {
    this.pending = [];
  }
}
