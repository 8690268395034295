/** Millimetres to twips (1 mm = 1440 / 25.4), rounded: 20 mm = 1134. */
const mm = (x: number) => Math.round((x * 1440) / 25.4);

/** Nghị định 30/2020/NĐ-CP, phụ lục I: A4, margins top/bottom 20–25 mm, left 30–35, right 15–20. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: mm(20),
    bottom: mm(20),
    left: mm(30),
    right: mm(15),
    header: mm(10),
    footer: mm(10),
  },
} as const;

/** The width between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONT = 'Times New Roman';

/**
 * Sizes in half-points (docx), NĐ 30/2020 phụ lục I: body 14 pt; issuing body and quốc hiệu 12 pt
 * (12–13); tiêu ngữ, number and page numbers 13 pt; "Nơi nhận:" 12 pt, its lines 11 pt; tables 12 pt.
 */
export const SIZE = { body: 28, header: 24, motto: 26, page: 26, recipientsTitle: 24, recipients: 22, table: 24, footnote: 22 } as const;

/** First-line indent of body paragraphs (1 cm) and spacing (6 pt before, 1.2 lines). */
export const BODY_PARAGRAPH = { indent: { firstLine: 567 }, spacing: { before: 120, after: 0, line: 288 } } as const;
