export { outlookChartModel } from './chart';
export { toJsonOutlook } from './json';
export { outlookOfWorkbook, unknownShock, type WorkbookOutlook } from './run';
export { remainingText, standingText } from './text';
