import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { withBoundedRanges } from './range-limits';
import { UnreadableWorkbookError } from './unreadable-workbook-error';

/**
 * Opens an .xlsx file with exceljs; any failure becomes an UnreadableWorkbookError that says why.
 * exceljs unzips without checking the entries' CRC-32, so a damaged (or edited) entry would be
 * read as if it were sound: the zip is checked first, entry by entry, by the same zip library.
 */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (failure) {
    throw fileSystemError(path, failure);
  }
  try {
    await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (failure) {
    throw startsLikeZip(bytes) ? damagedZip(path, failure) : notXlsx(path, failure);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared Buffer type predates @types/node 20's generic Buffer.
    await workbook.xlsx.load((await withBoundedRanges(bytes)) as unknown as ExcelJS.Buffer);
  } catch (failure) {
    throw damagedWorkbook(path, failure);
  }
  return workbook;
}

/** A zip archive (an .xlsx file) starts with a local file header; .xls and .csv files do not. */
function startsLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

function fileSystemError(path: string, failure: unknown): UnreadableWorkbookError {
  const code =
    typeof failure === 'object' && failure !== null && 'code' in failure ? failure.code : undefined;
  switch (code) {
    case 'ENOENT':
      return new UnreadableWorkbookError({
        path,
        text: { ko: `파일이 없습니다: ${path}`, en: `no such file: ${path}` },
      });
    case 'EISDIR':
      return new UnreadableWorkbookError({
        path,
        text: { ko: `파일이 아니라 폴더입니다: ${path}`, en: `this is a folder, not a file: ${path}` },
      });
    case 'EACCES':
    case 'EPERM':
      return new UnreadableWorkbookError({
        path,
        text: { ko: `파일을 읽을 권한이 없습니다: ${path}`, en: `no permission to read: ${path}` },
      });
    default:
      return new UnreadableWorkbookError({
        path,
        text: { ko: `파일을 읽을 수 없습니다: ${path}`, en: `cannot read the file: ${path}` },
        detail: describe(failure),
      });
  }
}

function notXlsx(path: string, failure: unknown): UnreadableWorkbookError {
  return new UnreadableWorkbookError({
    path,
    text: {
      ko: `Excel 통합 문서(.xlsx)로 열 수 없습니다: ${path}. .xls·.csv 파일은 Excel에서 .xlsx로 저장한 뒤 다시 실행하세요.`,
      en: `cannot open as an Excel workbook (.xlsx): ${path}. Save .xls or .csv files as .xlsx in Excel first.`,
    },
    detail: describe(failure),
  });
}

function damagedZip(path: string, failure: unknown): UnreadableWorkbookError {
  return new UnreadableWorkbookError({
    path,
    text: {
      ko: `Excel 통합 문서(.xlsx)로 열 수 없습니다: ${path}. 파일이 손상되었습니다(압축된 항목의 CRC-32 검사값이 맞지 않거나 압축을 풀 수 없음). 원본 파일을 다시 받거나 저장한 뒤 다시 실행하세요.`,
      en: `cannot open as an Excel workbook (.xlsx): ${path}. The file is damaged (a zipped entry fails its CRC-32 check or cannot be unzipped); get or save the original again, then run again.`,
    },
    detail: describe(failure),
  });
}

function damagedWorkbook(path: string, failure: unknown): UnreadableWorkbookError {
  return new UnreadableWorkbookError({
    path,
    text: {
      ko: `Excel 통합 문서(.xlsx)로 열 수 없습니다: ${path}. 통합 문서의 내용이 손상되었거나 읽을 수 없는 형식입니다. Excel에서 열어 .xlsx로 다시 저장한 뒤 실행하세요.`,
      en: `cannot open as an Excel workbook (.xlsx): ${path}. Its contents are damaged or in a form that cannot be read; open it in Excel, save it again as .xlsx, then run again.`,
    },
    detail: describe(failure),
  });
}

function describe(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
