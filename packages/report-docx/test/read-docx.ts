import { XMLValidator } from 'fast-xml-parser';
import { unzip } from '../../report-export/test/unzip';

/** A written .docx opened the way Word would: its parts, each checked to be well-formed XML. */
export interface OpenedDocx {
  parts: Map<string, string>;
  /** The body's paragraphs as text (document.xml), in order; table cells are paragraphs too. */
  paragraphs: string[];
  /** The footnotes' text (footnotes.xml), separators left out. */
  footnotes: string[];
  /** Body and footnotes, paragraphs joined by new lines. */
  text: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[1] === undefined ? '\n' : decode(t[1]))).join(''),
  );
}

export function openDocx(bytes: Buffer): OpenedDocx {
  const parts = unzip(bytes);
  for (const [name, xml] of parts) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${name} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  }
  const document = parts.get('word/document.xml');
  if (!document) throw new Error('no word/document.xml');
  const paragraphs = paragraphsOf(document);
  const footnotes = paragraphsOf(parts.get('word/footnotes.xml') ?? '').filter((p) => p.trim() !== '');
  return { parts, paragraphs, footnotes, text: [...paragraphs, ...footnotes].join('\n') };
}
