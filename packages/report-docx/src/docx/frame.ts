import { AlignmentType, BorderStyle, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType, type IRunOptions } from 'docx';
import type { TextsTemplate } from '../template/ast';
import { plainText, renderLine, type Resolve } from '../template/render';
import { SIZE, TEXT_WIDTH } from './layout';
import { runs } from './text';

/** The frame's texts (van-ban.txt), rendered: a key's lines, or [] when a line lacks data. */
export function frameTexts(frame: TextsTemplate, resolve: Resolve) {
  return (key: string): string[] =>
    (frame.values.get(key) ?? [])
      .map((line) => renderLine(line, resolve, { tidy: false }))
      .flatMap((p) => (p === null ? [] : [plainText(p)]));
}

type Texts = ReturnType<typeof frameTexts>;

/** The header table reaches 5 mm into each margin, so that the quốc hiệu fits on one line. */
const OUTDENT = 283;
const HEADER_WIDTH = TEXT_WIDTH + 2 * OUTDENT;
const LEFT = Math.round(HEADER_WIDTH * 0.4);
const RIGHT = HEADER_WIDTH - LEFT;

function centered(text: string, style: Omit<IRunOptions, 'text'>, extra: { spacingBefore?: number; rule?: number } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: extra.spacingBefore ?? 0, after: 0 },
    children: runs(text, style),
  });
}

/** A short centred rule under a line (a paragraph's bottom border, indented to the wanted width). */
function rule(cellWidth: number, ruleWidth: number) {
  const side = Math.max(0, Math.round((cellWidth - ruleWidth) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 60 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });

/**
 * The top of a state document (NĐ 30/2020, mẫu 1.4): issuing body left, quốc hiệu and tiêu
 * ngữ right, each with its rule; then the number left and the place and date right, in a
 * borderless table.
 */
export function headerTable(t: Texts): Table {
  const size = SIZE.header;
  const left: Paragraph[] = [
    ...t('co_quan_chu_quan').map((s) => centered(s, { size })),
    ...t('co_quan_ban_hanh').map((s) => centered(s, { size, bold: true })),
    rule(LEFT, Math.round(LEFT * 0.4)),
  ];
  const right: Paragraph[] = [
    ...t('quoc_hieu').map((s) => centered(s, { size, bold: true })),
    ...t('tieu_ngu').map((s) => centered(s, { size: SIZE.motto, bold: true })),
    rule(RIGHT, Math.round(RIGHT * 0.62)),
  ];
  const number = t('so_ky_hieu').map((s) => centered(s, { size: SIZE.motto }, { spacingBefore: 60 }));
  const date = t('dia_danh_ngay').map((s) => centered(s, { size: SIZE.body, italics: true }, { spacingBefore: 60 }));
  return new Table({
    width: { size: HEADER_WIDTH, type: WidthType.DXA },
    indent: { size: -OUTDENT, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(LEFT, left), cell(RIGHT, right)] }),
      new TableRow({ children: [cell(LEFT, number), cell(RIGHT, date)] }),
    ],
  });
}

/** "BÁO CÁO" and the subject line (trích yếu) with the period in words, centred and bold, then a rule. */
export function title(t: Texts): Paragraph[] {
  return [
    ...t('ten_loai').map((s) => centered(s, { size: SIZE.body, bold: true }, { spacingBefore: 360 })),
    ...t('trich_yeu').map((s) => centered(s, { size: SIZE.body, bold: true })),
    rule(TEXT_WIDTH, 1700),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/** "Nơi nhận:" (left) and the signature block (right): authority, title, a space to sign, the name. */
export function closing(t: Texts): Table {
  const left: Paragraph[] = [
    ...t('noi_nhan.tieu_de').map(
      (s) =>
        new Paragraph({ spacing: { before: 240, after: 0 }, children: runs(s, { size: SIZE.recipientsTitle, bold: true, italics: true }) }),
    ),
    ...t('noi_nhan').map((s) => new Paragraph({ spacing: { before: 0, after: 0 }, children: runs(s, { size: SIZE.recipients }) })),
  ];
  const right: Paragraph[] = [
    ...t('ky.quyen_han').map((s) => centered(s, { size: SIZE.body, bold: true }, { spacingBefore: 240 })),
    ...t('ky.chuc_vu').map((s) => centered(s, { size: SIZE.body, bold: true })),
    ...t('ky.ghi_chu').map((s) => centered(s, { size: SIZE.body, italics: true })),
    ...[1, 2, 3, 4].map(() => new Paragraph({ children: [] })),
    ...t('ky.ho_ten').map((s) => centered(s, { size: SIZE.body, bold: true })),
  ];
  const narrow = Math.round(TEXT_WIDTH * 0.45);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [narrow, TEXT_WIDTH - narrow],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(narrow, left), cell(TEXT_WIDTH - narrow, right)] })],
  });
}
