export { ISSUE, type IssueCode } from './codes';
export { type EngineFields, engineIssue, engineText } from './engine-text';
export { type Bilingual, hasErrors, type Issue, type IssueInput, issue, type Place } from './issue';
