import { convertMillimetersToTwip } from 'docx';

/** Nghị định 30/2020/NĐ-CP, phụ lục I: A4, margins top/bottom 20–25 mm, left 30–35, right 15–20. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: convertMillimetersToTwip(20),
    bottom: convertMillimetersToTwip(20),
    left: convertMillimetersToTwip(30),
    right: convertMillimetersToTwip(15),
    header: convertMillimetersToTwip(10),
    footer: convertMillimetersToTwip(10),
  },
} as const;

/** The width between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONT = 'Times New Roman';

/** Sizes in half-points (docx): body 14 pt; header lines 13 pt; recipients 11–12 pt; tables 12 pt. */
export const SIZE = { body: 28, header: 26, recipientsTitle: 24, recipients: 22, table: 24, footnote: 22 } as const;

/** First-line indent of body paragraphs (1 cm) and spacing (6 pt before, 1.2 lines). */
export const BODY_PARAGRAPH = { indent: { firstLine: 567 }, spacing: { before: 120, after: 0, line: 288 } } as const;
