export { revealedName } from './sheets';
export { type VerifyDifference } from './table-values';
