/**
 * test/adapters/office/mock-excel.ts calls jest.mock() to stub office-addin-manifest for Jest's
 * CommonJS runtime; plain Node loads the real module, so the call only needs to exist.
 */
(globalThis as { jest?: unknown }).jest = { mock: () => undefined };
