import { ReportDocxError } from '../errors';
import type { Inline, Line, Placeholder, SectionTemplate, TextsTemplate } from './ast';

const PLACEHOLDER = /^([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z0-9_]+))?(?::([a-z_]+))?(?:@([a-z0-9_]+:[a-z0-9_]+))?((?:\|[a-z0-9]+)*)$/;

class Where {
  constructor(
    readonly file: string,
    readonly line: number,
  ) {}
  fail(message: string): never {
    throw new ReportDocxError('REPORT_TEMPLATE_INVALID', `Mẫu câu ${this.file}, dòng ${this.line}: ${message}`);
  }
}

function parsePlaceholder(raw: string, at: Where): Placeholder {
  const m = PLACEHOLDER.exec(raw.trim());
  if (!m) at.fail(`"{${raw}}" không phải là một chỗ điền số liệu hợp lệ (ví dụ {TCD_LUOT}, {MT_GIAM_SAT.MTTQ|02}).`);
  const placeholder: Placeholder = {
    raw,
    name: m[1] ?? '',
    option: m[2] ?? null,
    field: m[3] ?? null,
    group: m[4] ?? null,
    pad: 0,
    nonzero: false,
  };
  for (const mod of (m[5] ?? '').split('|').filter(Boolean)) {
    if (/^0\d$/.test(mod)) placeholder.pad = Number(mod[1]);
    else if (mod === 'nonzero') placeholder.nonzero = true;
    else at.fail(`"|${mod}" trong "{${raw}}" không được hỗ trợ (chỉ có |02 và |nonzero).`);
  }
  return placeholder;
}

/** Inline text: `{placeholder}`, `[optional]`, `^[footnote]`, `\` escapes the next character. */
export function parseInline(text: string, at: Where): Inline[] {
  const root: Inline[] = [];
  const stack: { node: Inline[]; kind: 'optional' | 'footnote' }[] = [];
  let current = root;
  let buffer = '';
  const flush = () => {
    if (buffer !== '') current.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      buffer += text[i + 1];
      i += 1;
    } else if (c === '{') {
      const end = text.indexOf('}', i);
      if (end < 0) at.fail('thiếu dấu "}" đóng chỗ điền số liệu.');
      flush();
      current.push({ kind: 'placeholder', placeholder: parsePlaceholder(text.slice(i + 1, end), at) });
      i = end;
    } else if (c === '[' || (c === '^' && text[i + 1] === '[')) {
      flush();
      const kind = c === '[' ? 'optional' : 'footnote';
      if (kind === 'footnote') i += 1;
      if (kind === 'footnote' && stack.some((s) => s.kind === 'footnote')) at.fail('chú thích không được lồng trong chú thích.');
      const children: Inline[] = [];
      current.push(kind === 'optional' ? { kind, children } : { kind, children });
      stack.push({ node: current, kind });
      current = children;
    } else if (c === ']') {
      const top = stack.pop();
      if (!top) at.fail('dấu "]" không có "[" mở tương ứng.');
      flush();
      current = top.node;
    } else {
      buffer += c;
    }
  }
  if (stack.length > 0) at.fail('thiếu dấu "]" đóng.');
  flush();
  return root;
}

/**
 * A section file (`templates/N-*.txt`): `>` lines are notes for the editor, `#`/`##`/`###` headings,
 * `{{name}}` blocks, every other non-empty line one paragraph.
 */
export function parseSection(file: string, source: string): SectionTemplate {
  const lines: Line[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const at: Where = new Where(file, index + 1);
    const text = raw.trim();
    if (text === '' || text.startsWith('>')) return;
    const heading = /^(#{1,3})\s+(.*)$/.exec(text);
    const block = /^\{\{\s*([a-z_]+)\s*\}\}$/.exec(text);
    if (heading) {
      const level = (heading[1] ?? '#').length as 1 | 2 | 3;
      lines.push({ kind: 'heading', level, content: parseInline(heading[2] ?? '', at), line: at.line });
    } else if (block) {
      lines.push({ kind: 'block', name: block[1] ?? '', line: at.line });
    } else {
      lines.push({ kind: 'paragraph', content: parseInline(text, at), line: at.line });
    }
  });
  return { file, lines };
}

/** A `key = value` file (`templates/*.txt`): `#` lines are comments; a repeated key adds a line. */
export function parseTexts(file: string, source: string): TextsTemplate {
  const values = new Map<string, Inline[][]>();
  source.split(/\r?\n/).forEach((raw, index) => {
    const at: Where = new Where(file, index + 1);
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const m = /^([a-z_][a-z0-9_.]*)\s*=\s?(.*)$/.exec(text);
    if (!m) at.fail('mỗi dòng phải có dạng "tên = nội dung".');
    const key = m[1] ?? '';
    const list = values.get(key) ?? [];
    list.push(parseInline(m[2] ?? '', at));
    values.set(key, list);
  });
  return { file, values };
}

export { Where };
