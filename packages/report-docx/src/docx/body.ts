import { AlignmentType, Paragraph } from 'docx';
import { ReportDocxError } from '../errors';
import type { Remark } from '../remarks';
import type { SectionTemplate } from '../template/ast';
import { plainText, renderLine, type Piece, type Resolve } from '../template/render';
import { BODY_PARAGRAPH, SIZE } from './layout';
import { type Footnotes, pieceRuns } from './text';

/** What the sections' `{{name}}` blocks hold. */
export interface Blocks {
  han_che: Remark[];
  kien_nghi: Remark[];
}

type Item = { kind: 'heading'; level: 1 | 2 | 3; pieces: Piece[] } | { kind: 'content'; paragraphs: (notes: Footnotes) => Paragraph[] };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

export function bodyParagraph(pieces: readonly Piece[], notes: Footnotes | null): Paragraph {
  const text = plainText(pieces).trim();
  // A line in parentheses is a hint for the clerk ("(Nêu các văn bản chỉ đạo …)"): in italics.
  const hint = text.startsWith('(') && text.endsWith(')');
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...BODY_PARAGRAPH,
    children: pieceRuns(pieces, notes, { size: SIZE.body, ...(hint ? { italics: true } : {}) }),
  });
}

function remarkParagraphs(remarks: readonly Remark[], phrase: (r: Remark) => Piece[]): (notes: Footnotes) => Paragraph[] {
  return (notes) => remarks.map((r) => bodyParagraph(phrase(r), notes));
}

/** The items of the sections: headings and the content under them, lines without data left out. */
function items(sections: readonly SectionTemplate[], resolve: Resolve, blocks: Blocks, remark: (r: Remark) => Piece[]): Item[] {
  const out: Item[] = [];
  for (const section of sections) {
    for (const line of section.lines) {
      if (line.kind === 'heading') {
        const pieces = renderLine(line.content, resolve);
        if (pieces !== null) out.push({ kind: 'heading', level: line.level, pieces });
      } else if (line.kind === 'paragraph') {
        const pieces = renderLine(line.content, resolve);
        if (pieces !== null && pieces.length > 0) out.push({ kind: 'content', paragraphs: (notes) => [bodyParagraph(pieces, notes)] });
      } else {
        if (!(line.name in blocks)) {
          throw new ReportDocxError(
            'REPORT_TEMPLATE_INVALID',
            `Mẫu câu ${section.file}, dòng ${line.line}: không có khối "{{${line.name}}}" (chỉ có ${Object.keys(blocks)
              .map((k) => `{{${k}}}`)
              .join(', ')}).`,
          );
        }
        const remarks = blocks[line.name as keyof Blocks];
        if (remarks.length > 0) out.push({ kind: 'content', paragraphs: remarkParagraphs(remarks, remark) });
      }
    }
  }
  // A heading with nothing under it (before the next heading of its level or higher) goes.
  return out.filter((item, i) => {
    if (item.kind !== 'heading') return true;
    for (let j = i + 1; j < out.length; j += 1) {
      const next = out[j];
      if (next?.kind === 'content') return true;
      if (next?.kind === 'heading' && next.level <= item.level) return false;
    }
    return false;
  });
}

/** The sections as paragraphs: headings numbered I., 1., a) after empty ones are dropped. */
export function sectionParagraphs(
  sections: readonly SectionTemplate[],
  resolve: Resolve,
  blocks: Blocks,
  remark: (r: Remark) => Piece[],
  notes: Footnotes,
): Paragraph[] {
  const counters = [0, 0, 0];
  const out: Paragraph[] = [];
  for (const item of items(sections, resolve, blocks, remark)) {
    if (item.kind === 'content') {
      out.push(...item.paragraphs(notes));
      continue;
    }
    const level = item.level;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let l = level; l < 3; l += 1) counters[l] = 0;
    const n = counters[level - 1] ?? 1;
    const label = level === 1 ? `${ROMAN[n - 1] ?? n}. ` : level === 2 ? `${n}. ` : `${LETTERS[n - 1] ?? n}) `;
    const text = plainText(item.pieces);
    out.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        ...BODY_PARAGRAPH,
        keepNext: true,
        children: pieceRuns([{ kind: 'text', text: label + (level === 1 ? text.toLocaleUpperCase('vi') : text) }], null, {
          size: SIZE.body,
          bold: true,
          ...(level === 3 ? { italics: true } : {}),
        }),
      }),
    );
  }
  return out;
}
