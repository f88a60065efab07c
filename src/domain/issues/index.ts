export { ISSUE, type IssueCode } from './codes';
export { type EngineCode, type EngineFields, engineIssue, engineText } from './engine-text';
export {
  type Bilingual,
  hasErrors,
  type Issue,
  type IssueInput,
  issue,
  type Place,
  type Severity,
} from './issue';
