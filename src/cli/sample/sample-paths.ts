/** Where the sample workbook and the demo's result live, relative to the package folder. */
export const SAMPLE_WORKBOOK = 'assets/sample-workbook.xlsx';
export const DEMO_RESULT = 'out/sample-result.xlsx';
