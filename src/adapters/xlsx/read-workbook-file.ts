import type { WorkbookGrids } from '../../workbook/grid';
import { loadWorkbookFile } from './load-workbook-file';
import { workbookGrids } from './workbook-grids';

/** Reads an .xlsx file into grids; throws UnreadableWorkbookError when it is not one. */
export async function readWorkbookFile(path: string): Promise<WorkbookGrids> {
  return workbookGrids(await loadWorkbookFile(path));
}
