import { AlignmentType, Document, Header, Packer, Paragraph, PageNumber, TextRun, type Table } from 'docx';
import { appendix } from './docx/appendix';
import { sectionParagraphs } from './docx/body';
import { closing, frameTexts, headerTable, title } from './docx/frame';
import { FONT, PAGE, SIZE } from './docx/layout';
import { Footnotes, pieceRuns } from './docx/text';
import { ReportDocxError } from './errors';
import { loadReport } from './load-report';
import { nameInSentence } from './names';
import { compileRemarks, type Remark } from './remarks';
import { numberSources } from './sources-refs';
import { loadTemplates, type Templates } from './template/files';
import { plainText, renderLine, type Piece } from './template/render';
import type { ReadDb, ReportData, ReportOptions } from './types';
import { createResolver } from './values';

/** What was written, for the CLI's `--json` and logs. */
export interface ReportInfo {
  unit: string;
  period: string;
  /** false: the short report of a unit and period without any data. */
  hasData: boolean;
  paragraphs: number;
  footnotes: number;
  sources: number;
}

function remarkPhrase(templates: Templates) {
  const line = templates.phrases.values.get('y_kien')?.[0];
  return (r: Remark): Piece[] => {
    const vars: Record<string, string> = { noi_dung: r.text, don_vi: r.units.map((u) => nameInSentence(u.name)).join(', ') };
    const pieces = line ? renderLine(line, (p) => vars[p.name] ?? null) : null;
    return pieces ?? [{ kind: 'text', text: `- ${r.text} (${vars.don_vi}).` }];
  };
}

function appendixRow(templates: Templates) {
  return (key: string, vars: Record<string, string>): string => {
    const line = templates.appendix.values.get(key)?.[0];
    const pieces = line ? renderLine(line, (p) => vars[p.name] ?? null, { tidy: false }) : null;
    return pieces ? plainText(pieces) : Object.values(vars).join(' — ');
  };
}

/** The document for loaded data: header, title, sections (or the no-data text), closing, appendix. */
export function buildDocument(data: ReportData, templates: Templates): { doc: Document; info: ReportInfo } {
  const resolve = createResolver(data, templates.phrases);
  const t = frameTexts(templates.frame, resolve);
  const a = frameTexts(templates.appendix, resolve);
  const notes = new Footnotes((pieces) => new Paragraph({ children: pieceRuns(pieces, null, { size: SIZE.footnote }) }));
  const blocks = {
    han_che: compileRemarks(data.figures.get('NX_HAN_CHE'), data.forms, data.units),
    kien_nghi: compileRemarks(data.figures.get('NX_DE_XUAT'), data.forms, data.units),
  };
  const body = sectionParagraphs(data.hasData ? templates.sections : [templates.noData], resolve, blocks, remarkPhrase(templates), notes);
  const refs = numberSources(data.sources);
  const children: (Paragraph | Table)[] = [
    headerTable(t),
    ...title(t),
    ...body,
    closing(t),
    ...appendix(data, refs, a, appendixRow(templates)),
  ];
  const pageNumber = new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: SIZE.page, children: [PageNumber.CURRENT] })] }),
    ],
  });
  const doc = new Document({
    creator: 'tonghop',
    title: `Báo cáo kết quả thực hiện dân chủ ở cơ sở ${data.periodText} - ${data.unit.name}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { line: 288 } } },
        footnoteText: { run: { font: FONT, size: SIZE.footnote } },
      },
    },
    footnotes: notes.notes,
    sections: [
      {
        // NĐ 30/2020: page numbers centred at the top, from the second page on.
        properties: { titlePage: true, page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return {
    doc,
    info: {
      unit: data.unit.code,
      period: data.period,
      hasData: data.hasData,
      paragraphs: body.length,
      footnotes: Object.keys(notes.notes).length,
      sources: refs.list.length,
    },
  };
}

/**
 * The narrative report of a unit and period as .docx bytes. Refusals (unknown unit or period,
 * pipeline not run) are FiguresError, thrown before anything is built; see `isReportRefusal`.
 */
export async function buildReportDocx(db: ReadDb, opts: ReportOptions): Promise<{ bytes: Buffer; info: ReportInfo }> {
  const templates = await loadTemplates(opts.templatesDir);
  const data = await loadReport(db, opts, templates);
  const { doc, info } = buildDocument(data, templates);
  try {
    return { bytes: await Packer.toBuffer(doc), info };
  } catch (cause) {
    throw new ReportDocxError('REPORT_WRITE_FAILED', 'Không tạo được tệp Word của báo cáo.', { cause });
  }
}
