import { TextEncoder } from 'util';

/** jsdom has no ResizeObserver, which Fluent's TabList asks for; nothing here resizes. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;
// jsdom has no TextEncoder either; the input fingerprint (SHA-256) needs it, as browsers have it.
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= TextEncoder;
