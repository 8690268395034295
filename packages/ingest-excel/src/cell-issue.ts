import type { SourceRef } from '@tonghop/core';
import type { DraftIssue } from '@tonghop/ingest-contract';
import type { ReducedCell } from './cell-value';
import { EXCEL_CODES, issue } from './errors';

/** The error for a cell that holds no usable value: a formula never calculated, or #DIV/0!. */
export function cellIssue(cell: Extract<ReducedCell, { ok: false }>, source: SourceRef): DraftIssue {
  if (cell.problem === 'formula_no_result') {
    return issue(
      EXCEL_CODES.FORMULA_NO_RESULT,
      `Ô có công thức ${cell.detail} nhưng chưa có kết quả tính sẵn; hãy mở tệp bằng Excel, để Excel tính lại rồi lưu và gửi lại`,
      source,
    );
  }
  return issue(EXCEL_CODES.CELL_ERROR, `Ô có giá trị lỗi ${cell.detail}; hãy sửa công thức hoặc nhập số liệu`, source);
}
