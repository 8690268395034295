import {
  ANY_UNIT_NOUN,
  comparisonText,
  coverageWords,
  getIndicator,
  optionsOfSet,
  periodLabel,
  RESTATED_MARKS,
  type Indicator,
} from '@tonghop/core';
import type { RollupFigure } from '@tonghop/figures';
import type ExcelJS from 'exceljs';
import { addSheet, FORMAT, repeatRows, spanOf, writeHeading, writeSignatures } from '../cells';
import { body, header, section } from '../table';
import { formCoverage, indicatorCoverage } from '../coverage';
import { documentHeading, viNumber } from '../heading';
import type { SummaryModel } from '../types';
import { FORM_TITLE, SHEET_COMMENTS, SHEET_OVERVIEW } from '../words';

const WIDTHS = [6, 24, 58, 12, 14, 26, 56];
/** Column B holds the indicator codes (for machines and tests): hidden, so it is not printed. */
const CODE_COLUMN = 2;

/** Sheet "Tổng hợp": who reported per form, then every figure of the unit with its coverage. */
export function writeOverview(wb: ExcelJS.Workbook, model: SummaryModel): ExcelJS.Worksheet {
  const ws = addSheet(wb, SHEET_OVERVIEW, { fitToWidth: true });
  ws.columns = WIDTHS.map((width, i) => ({ width, hidden: i + 1 === CODE_COLUMN }));
  const span = spanOf(WIDTHS.map((w, i) => (i + 1 === CODE_COLUMN ? 0 : w)));
  writeHeading(ws, documentHeading(model, 'Tổng hợp các chỉ tiêu'), span);

  section(ws, 'I. TÌNH HÌNH BÁO CÁO');
  header(ws, ['STT', 'Biểu mẫu', 'Đơn vị phải báo cáo', 'Số phải báo cáo', 'Số đã báo cáo', 'Tỷ lệ báo cáo', 'Ghi chú']);
  model.forms.forEach((s, i) => {
    const c = s.completeness;
    const note =
      c.expected === 0 ? 'Không có đơn vị phải báo cáo' : `Đúng hạn: ${c.on_time}; nộp muộn: ${c.late}; chưa báo cáo: ${c.missing.length}`;
    body(
      ws,
      [i + 1, s.form, FORM_TITLE[s.form], c.expected, c.submitted, formCoverage(s), note],
      [undefined, undefined, undefined, FORMAT.integer, FORMAT.integer],
    );
  });
  ws.addRow([]).commit();

  section(ws, 'II. KẾT QUẢ THỰC HIỆN');
  repeatRows(ws, header(ws, ['STT', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Số đơn vị báo cáo', 'Ghi chú']));
  let n = 0;
  for (const f of model.figures) {
    const indicator = getIndicator(f.indicator);
    if (!indicator) continue;
    if (f.option === null) n += 1;
    writeFigure(ws, model, indicator, f, n);
  }
  writeSignatures(ws, span);
  return ws;
}

function writeFigure(ws: ExcelJS.Worksheet, model: SummaryModel, indicator: Indicator, f: RollupFigure, n: number): void {
  const total = f.option === null;
  const optionLabel = total ? '' : (optionsOfSet(indicator.categorySet ?? '').find((o) => o.code === f.option)?.label ?? f.option ?? '');
  const format = indicator.aggregation === 'ratio' ? FORMAT.percent : Number.isInteger(f.value ?? 0) ? FORMAT.integer : FORMAT.number;
  body(
    ws,
    [
      total ? n : null,
      total ? f.indicator : `${f.indicator}.${f.option}`,
      total ? indicator.label : `    - ${optionLabel}`,
      measure(indicator),
      f.value,
      total ? indicatorCoverage(indicator, model.forms) || coverageWords(f.reporting_units, f.expected_units, ANY_UNIT_NOUN) : null,
      total ? note(model, indicator, f) : null,
    ],
    [undefined, undefined, undefined, undefined, format],
    total,
  );
}

/** The unit of measure of the figure's value (a share or a list counts units). */
function measure(indicator: Indicator): string {
  if (indicator.aggregation === 'share_true' || indicator.aggregation === 'distribution' || indicator.aggregation === 'list')
    return ANY_UNIT_NOUN;
  return indicator.unitLabel;
}

function note(model: SummaryModel, indicator: Indicator, f: RollupFigure): string {
  const parts: string[] = [];
  if (f.reporting_units === 0) parts.push('Chưa có đơn vị báo cáo');
  else if (indicator.aggregation === 'share_true') {
    parts.push(`Có: ${f.numerator ?? f.value ?? 0}/${f.denominator ?? f.reporting_units} đơn vị`);
    if (f.false_units.length > 0) parts.push(`Không: ${f.false_units.map((c) => model.units.get(c)?.name ?? c).join(', ')}`);
  } else if (indicator.aggregation === 'ratio') {
    parts.push(
      f.value !== null && f.numerator !== null && f.denominator !== null
        ? `Tính từ tổng: ${viNumber(f.numerator)} / ${viNumber(f.denominator)}`
        : 'Thiếu số liệu để tính tỷ lệ',
    );
  } else if (indicator.aggregation === 'list') {
    parts.push(`Nội dung từng đơn vị ở sheet "${SHEET_COMMENTS}"`);
  }
  if (f.derived) parts.push('Cộng dồn từ các kỳ báo cáo ngắn hơn (không có báo cáo trực tiếp cho kỳ này)');
  // Spec §6: beside the same period a year earlier, on today's map (restated and marked when needed).
  if (f.compare && f.compare.value !== null) {
    const restated = f.compare.restated ? ` (${RESTATED_MARKS[f.compare.restated].mark} ${RESTATED_MARKS[f.compare.restated].note})` : '';
    parts.push(`${comparisonText(f.compare, 'previous-year')} (${periodLabel(f.compare.period)}: ${viNumber(f.compare.value)})${restated}`);
  }
  return parts.join('; ');
}
