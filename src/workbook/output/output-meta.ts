import type { IsoDate } from '../../domain/dates';

/** What the output sheets state about their own making. */
export interface OutputMeta {
  readonly createdOn: IsoDate;
  /** SHA-256 of the canonical inputs (fingerprint.ts). */
  readonly fingerprint: string;
}
