import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { withBoundedRanges } from './range-limits';
import { UnreadableWorkbookError } from './unreadable-workbook-error';

/** Opens an .xlsx file with exceljs; any failure becomes an UnreadableWorkbookError that says why. */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (failure) {
    throw fileSystemError(path, failure);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared Buffer type predates @types/node 20's generic Buffer.
    await workbook.xlsx.load((await withBoundedRanges(bytes)) as unknown as ExcelJS.Buffer);
  } catch (failure) {
    throw notXlsx(path, failure);
  }
  return workbook;
}

function fileSystemError(path: string, failure: unknown): UnreadableWorkbookError {
  const code =
    typeof failure === 'object' && failure !== null && 'code' in failure ? failure.code : undefined;
  switch (code) {
    case 'ENOENT':
      return new UnreadableWorkbookError(path, `파일이 없습니다: ${path}`, `no such file: ${path}`);
    case 'EISDIR':
      return new UnreadableWorkbookError(
        path,
        `파일이 아니라 폴더입니다: ${path}`,
        `this is a folder, not a file: ${path}`,
      );
    case 'EACCES':
    case 'EPERM':
      return new UnreadableWorkbookError(
        path,
        `파일을 읽을 권한이 없습니다: ${path}`,
        `no permission to read: ${path}`,
      );
    default:
      return new UnreadableWorkbookError(
        path,
        `파일을 읽을 수 없습니다: ${path} (${describe(failure)})`,
        `cannot read the file: ${path} (${describe(failure)})`,
      );
  }
}

function notXlsx(path: string, failure: unknown): UnreadableWorkbookError {
  return new UnreadableWorkbookError(
    path,
    `Excel 통합 문서(.xlsx)로 열 수 없습니다: ${path}. .xls·.csv 파일은 Excel에서 .xlsx로 저장한 뒤 다시 실행하세요 (${describe(failure)})`,
    `cannot open as an Excel workbook (.xlsx): ${path}. Save .xls or .csv files as .xlsx in Excel first (${describe(failure)})`,
  );
}

function describe(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
