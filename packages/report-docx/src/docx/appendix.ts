import { getIndicator, optionsOfSet } from '@tonghop/core';
import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { figureKey } from '../load-report';
import { formatCount } from '../numbers';
import { compressRanges, refsOf, type SourceRefs } from '../sources-refs';
import { mainText } from '../values';
import type { ReportData } from '../types';
import { SIZE, TEXT_WIDTH } from './layout';
import { runs } from './text';

type Texts = (key: string) => string[];
/** A line of phu-luc.txt with its own values (one row of a long list). */
type Row = (key: string, vars: Record<string, string>) => string;

/**
 * Beyond this many sources, Table 2 is written as a numbered list of paragraphs with the same
 * columns: a province's ≈3,500 table rows cost `docx` ~2 s to build and pack, the list ~0.2 s.
 */
export const SOURCES_TABLE_MAX_ROWS = 300;
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const one = (t: Texts, key: string) => t(key).join(' ');

function cell(text: string, width: number, o: { bold?: boolean; align?: Align; italics?: boolean } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: o.align ?? AlignmentType.LEFT,
        children: runs(text, { size: SIZE.table, ...(o.bold ? { bold: true } : {}), ...(o.italics ? { italics: true } : {}) }),
      }),
    ],
  });
}

function table(widths: number[], head: string[], body: { cells: string[]; bold?: boolean }[], align: Align[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: scaled,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    rows: [
      new TableRow({
        tableHeader: true,
        children: head.map((h, i) => cell(h, scaled[i] ?? 0, { bold: true, align: AlignmentType.CENTER })),
      }),
      ...body.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.cells.map((c, i) =>
              cell(c, scaled[i] ?? 0, { align: align[i] ?? AlignmentType.LEFT, ...(r.bold ? { bold: true } : {}) }),
            ),
          }),
      ),
    ],
  });
}

const heading = (text: string, before = 240) =>
  new Paragraph({ spacing: { before, after: 120 }, keepNext: true, children: runs(text, { size: SIZE.body, bold: true }) });
const centered = (text: string, o: { bold?: boolean; italics?: boolean; pageBreakBefore?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    ...(o.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: runs(text, { size: SIZE.body, ...(o.bold ? { bold: true } : {}), ...(o.italics ? { italics: true } : {}) }),
  });

/** Table 1: every figure with data (totals, then options), its coverage, last year's value, its sources. */
function figuresTable(data: ReportData, refs: SourceRefs, t: Texts): Table {
  const withPrevious = data.previous !== null;
  const rows: { cells: string[]; bold?: boolean }[] = [];
  let n = 0;
  for (const f of data.figureList) {
    if (f.option !== null || f.value === null) continue;
    const indicator = getIndicator(f.indicator);
    n += 1;
    const value = f.aggregation === 'list' ? `${formatCount(f.value)} đơn vị` : (mainText(f) ?? '');
    const before = data.previous?.figures.get(f.indicator);
    const sources = compressRanges(refsOf(refs, f.indicator));
    const unitLabel = indicator?.unitLabel ?? '';
    const row = [
      String(n),
      f.label,
      f.aggregation === 'share_true' ? 'đơn vị' : unitLabel,
      value,
      `${f.reporting_units}/${f.expected_units}`,
    ];
    if (withPrevious) row.push(before && before.value !== null ? (mainText(before) ?? '') : '');
    row.push(sources);
    rows.push({ cells: row });
    if (!indicator?.categorySet) continue;
    for (const o of optionsOfSet(indicator.categorySet)) {
      const of = data.figures.get(figureKey(f.indicator, o.code));
      if (!of || of.value === null) continue;
      const ob = data.previous?.figures.get(figureKey(f.indicator, o.code));
      const orow = ['', `- ${o.label}`, unitLabel, mainText(of) ?? '', `${of.reporting_units}/${of.expected_units}`];
      if (withPrevious) orow.push(ob && ob.value !== null ? (mainText(ob) ?? '') : '');
      orow.push('');
      rows.push({ cells: orow });
    }
  }
  const head = [one(t, 'cot.tt'), one(t, 'cot.chi_tieu'), one(t, 'cot.dvt'), one(t, 'cot.ket_qua'), one(t, 'cot.bao_cao')];
  const widths = [450, withPrevious ? 3000 : 3900, 800, 1000, 900];
  const align: Align[] = [AlignmentType.CENTER, AlignmentType.LEFT, AlignmentType.CENTER, AlignmentType.RIGHT, AlignmentType.CENTER];
  if (withPrevious) {
    head.push(one(t, 'cot.cung_ky'));
    widths.push(1000);
    align.push(AlignmentType.RIGHT);
  }
  head.push(one(t, 'cot.nguon'));
  widths.push(1300);
  align.push(AlignmentType.LEFT);
  return table(widths, head, rows, align);
}

/** The name of the file as it was sent (a CLI ingest stores the path it was given). */
const fileName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** Table 2 as a numbered list, for long lists (see SOURCES_TABLE_MAX_ROWS). */
function sourcesList(data: ReportData, refs: SourceRefs, row: Row): Paragraph[] {
  return refs.list.map(
    (s, i) =>
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: runs(
          row('dong_nguon', {
            tt: String(i + 1),
            don_vi: data.units.get(s.unit)?.name ?? s.unit,
            bieu: s.form,
            ky: s.period,
            tep: fileName(s.file_name),
            phien_ban: String(s.version),
          }),
          { size: SIZE.table },
        ),
      }),
  );
}

/** Table 2: the submissions behind the figures, numbered as Table 1's "Nguồn" column refers to them. */
function sourcesTable(data: ReportData, refs: SourceRefs, t: Texts): Table {
  const rows = refs.list.map((s, i) => ({
    cells: [String(i + 1), data.units.get(s.unit)?.name ?? s.unit, s.form, s.period, fileName(s.file_name), String(s.version)],
  }));
  return table(
    [450, 2700, 650, 1000, 3300, 850],
    ['cot.tt', 'cot.don_vi', 'cot.bieu', 'cot.ky', 'cot.tep', 'cot.phien_ban'].map((k) => one(t, k)),
    rows,
    [AlignmentType.CENTER, AlignmentType.LEFT, AlignmentType.CENTER, AlignmentType.CENTER, AlignmentType.LEFT, AlignmentType.CENTER],
  );
}

/** Table 3 (only when some units have not reported): every one of them, by form. */
function missingTable(data: ReportData, t: Texts): Table | null {
  const rows: { cells: string[] }[] = [];
  for (const s of data.forms) {
    for (const r of s.rows) {
      if (r.status !== 'missing') continue;
      rows.push({ cells: [String(rows.length + 1), r.unit.code, r.unit.name, s.form, r.rejectedOnly ? one(t, 'chi_gui_bi_tu_choi') : ''] });
    }
  }
  if (rows.length === 0) return null;
  return table(
    [450, 1100, 4000, 700, 2600],
    ['cot.tt', 'cot.ma', 'cot.don_vi', 'cot.bieu', 'cot.ghi_chu'].map((k) => one(t, k)),
    rows,
    [AlignmentType.CENTER, AlignmentType.LEFT, AlignmentType.LEFT, AlignmentType.CENTER, AlignmentType.LEFT],
  );
}

/** The appendix, on a new page: title, Table 1 (figures), Table 2 (sources), Table 3 (not reported). */
export function appendix(data: ReportData, refs: SourceRefs, t: Texts, row: Row): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    centered(one(t, 'tieu_de'), { bold: true, pageBreakBefore: true }),
    centered(one(t, 'mo_ta'), { bold: true }),
    centered(one(t, 'kem_theo'), { italics: true }),
  ];
  if (data.hasData) {
    out.push(heading(one(t, 'bang_so_lieu')), figuresTable(data, refs, t));
    out.push(
      heading(one(t, 'bang_nguon')),
      new Paragraph({ spacing: { after: 120 }, children: runs(one(t, 'ghi_chu_nguon'), { size: SIZE.table, italics: true }) }),
    );
    if (refs.list.length <= SOURCES_TABLE_MAX_ROWS) out.push(sourcesTable(data, refs, t));
    else out.push(...sourcesList(data, refs, row));
  }
  const missing = missingTable(data, t);
  if (missing) out.push(heading(one(t, 'bang_chua_bao_cao')), missing);
  return out;
}
