import { FootnoteReferenceRun, TextRun, type IRunOptions } from 'docx';
import type { Piece } from '../template/render';

/**
 * Text that XML 1.0 cannot hold (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F)
 * is dropped; `docx` escapes & < > " itself. Every string that reaches the document passes here,
 * so a unit's text cannot break document.xml.
 */
export function xmlSafe(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\t/g, ' ');
}

/** Runs for one line of text; line breaks inside become breaks. */
export function runs(text: string, style: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map((part, i) => new TextRun({ ...style, text: part, ...(i > 0 ? { break: 1 } : {}) }));
}

/** Footnotes of a document: each rendered footnote gets the next id. */
export class Footnotes {
  readonly notes: Record<string, { children: import('docx').Paragraph[] }> = {};
  private next = 1;
  constructor(private readonly paragraph: (pieces: readonly Piece[]) => import('docx').Paragraph) {}
  add(pieces: readonly Piece[]): FootnoteReferenceRun {
    const id = this.next;
    this.next += 1;
    this.notes[String(id)] = { children: [this.paragraph(pieces)] };
    return new FootnoteReferenceRun(id);
  }
}

/** Rendered pieces as runs, footnotes registered. */
export function pieceRuns(pieces: readonly Piece[], notes: Footnotes | null, style: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}) {
  return pieces.flatMap((p) => (p.kind === 'text' ? runs(p.text, style) : notes ? [notes.add(p.pieces)] : []));
}
