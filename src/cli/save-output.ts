import type ExcelJS from 'exceljs';
import { saveWorkbookFile } from '../adapters/xlsx';
import { CliFailure, EXIT } from './cli-failure';

/** Saves the result workbook (atomically); a failure becomes a message that names the file. */
export async function saveOutput(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  try {
    await saveWorkbookFile(workbook, path);
  } catch (failure) {
    const detail = failure instanceof Error ? failure.message : String(failure);
    throw new CliFailure(
      `결과 파일을 저장할 수 없습니다: ${path} (${detail}). 파일이 Excel에서 열려 있다면 닫고 다시 실행하세요.`,
      `cannot save the output file: ${path} (${detail}). Close it in Excel if it is open, then run again.`,
      EXIT.inputErrors,
    );
  }
}
