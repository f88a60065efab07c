import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, saveWorkbookFile } from '../../../src/adapters/xlsx';
import { useTempDir } from '../../helpers/temp-dir';

const tmp = useTempDir();

function workbookWith(text: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('s').getCell('A1').value = text;
  return workbook;
}

describe('saveWorkbookFile', () => {
  it('replaces an existing file with the new workbook and leaves no temporary file', async () => {
    const path = join(tmp.path(), 'out.xlsx');
    writeFileSync(path, 'old contents');
    await saveWorkbookFile(workbookWith('새 내용'), path);
    const grids = await readWorkbookFile(path);
    expect(grids.sheets[0]?.cells[0]?.[0]?.value).toBe('새 내용');
    expect(readdirSync(tmp.path())).toEqual(['out.xlsx']);
  });

  it('leaves the target untouched and removes its temporary file when the final step fails', async () => {
    // A folder in the target's place makes the rename fail after the bytes were written.
    const target = join(tmp.path(), 'out.xlsx');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'kept');
    await expect(saveWorkbookFile(workbookWith('x'), target)).rejects.toThrow();
    expect(readdirSync(tmp.path())).toEqual(['out.xlsx']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('leaves an existing file untouched when the bytes cannot be produced', async () => {
    const path = join(tmp.path(), 'out.xlsx');
    writeFileSync(path, 'old contents');
    const failing = (): Buffer => {
      throw new Error('disk full');
    };
    await expect(saveWorkbookFile(workbookWith('x'), path, failing)).rejects.toThrow('disk full');
    expect(readFileSync(path, 'utf8')).toBe('old contents');
    expect(readdirSync(tmp.path())).toEqual(['out.xlsx']);
  });
});
