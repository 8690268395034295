import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIndicator, optionsOfSet } from '@tonghop/core';
import { ReportDocxError } from '../errors';
import type { Inline, Placeholder, SectionTemplate, TextsTemplate } from './ast';
import { parseSection, parseTexts } from './parse';

/** The templates shipped with the package: `packages/report-docx/templates/`. */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Every template of a report: the numbered sections in name order, the frame and phrases. */
export interface Templates {
  dir: string;
  /** `1-khai-quat.txt`, `2-chi-dao.txt`, … */
  sections: SectionTemplate[];
  /** The short report of a unit with no data: `khong-co-so-lieu.txt`. */
  noData: SectionTemplate;
  /** Header, title, recipients, signature: `van-ban.txt`. */
  frame: TextsTemplate;
  /** Phrases the sentences are built from (comparisons, lists): `cum-tu.txt`. */
  phrases: TextsTemplate;
  /** Appendix titles and column headings: `phu-luc.txt`. */
  appendix: TextsTemplate;
}

const cache = new Map<string, Promise<Templates>>();

/** Reads and parses the templates of a folder once per process (edits need a restart). */
export function loadTemplates(dir = DEFAULT_TEMPLATES_DIR): Promise<Templates> {
  let found = cache.get(dir);
  if (!found) {
    found = readTemplates(dir);
    found.catch(() => cache.delete(dir));
    cache.set(dir, found);
  }
  return found;
}

async function read(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new ReportDocxError('REPORT_TEMPLATE_INVALID', `Không đọc được tệp mẫu câu ${path}.`, { cause });
  }
}

async function readTemplates(dir: string): Promise<Templates> {
  const names = (await readdir(dir)).filter((n) => /^\d+-.*\.txt$/.test(n)).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const sections = await Promise.all(names.map(async (n) => parseSection(n, await read(join(dir, n)))));
  const texts = async (n: string) => parseTexts(basename(n), await read(join(dir, n)));
  const [noData, frame, phrases, appendix] = await Promise.all([
    read(join(dir, 'khong-co-so-lieu.txt')).then((s) => parseSection('khong-co-so-lieu.txt', s)),
    texts('van-ban.txt'),
    texts('cum-tu.txt'),
    texts('phu-luc.txt'),
  ]);
  const templates = { dir, sections, noData, frame, phrases, appendix };
  checkPlaceholders(templates);
  return templates;
}

/** Every placeholder of the templates (to know which unit groups the report needs). */
export function allPlaceholders(t: Templates): Placeholder[] {
  const out: Placeholder[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const n of nodes) {
      if (n.kind === 'placeholder') out.push(n.placeholder);
      else if (n.kind !== 'text') walk(n.children);
    }
  };
  for (const s of [...t.sections, t.noData]) for (const l of s.lines) if (l.kind !== 'block') walk(l.content);
  for (const x of [t.frame, t.phrases, t.appendix]) for (const v of x.values.values()) for (const line of v) walk(line);
  return out;
}

const FIELDS = new Set(['pct', 'true', 'false', 'reporting', 'expected', 'false_units', 'options', 'compare', 'prev']);
const CONTEXT = /^(don_vi|don_vi_thuong|don_vi_in_hoa|dia_danh|ky|ky_in_hoa|ky_truoc|nam|bao_cao|chua_bao_cao|nop_muon|du_kien)$/;

/** A placeholder naming no indicator, option, field or context value is a template error (named). */
export function checkPlaceholders(t: Templates): void {
  const check = (file: string, p: Placeholder, local: boolean) => {
    const fail = (why: string) => {
      throw new ReportDocxError('REPORT_TEMPLATE_INVALID', `Mẫu câu ${file}: chỗ điền "{${p.raw}}" ${why}.`);
    };
    if (/^[a-z]/.test(p.name)) {
      if (!local && !CONTEXT.test(p.name)) fail(`không có tên "${p.name}"`);
      return;
    }
    const indicator = getIndicator(p.name);
    if (!indicator) fail(`không có chỉ tiêu mã "${p.name}" trong danh mục`);
    if (p.option !== null && !optionsOfSet(indicator?.categorySet ?? '').some((o) => o.code === p.option))
      fail(`không có phân tổ "${p.option}"`);
    if (p.field !== null && !FIELDS.has(p.field)) fail(`không có trường ":${p.field}" (có: ${[...FIELDS].join(', ')})`);
  };
  const walk = (file: string, nodes: readonly Inline[], local: boolean) => {
    for (const n of nodes) {
      if (n.kind === 'placeholder') check(file, n.placeholder, local);
      else if (n.kind !== 'text') walk(file, n.children, local);
    }
  };
  for (const s of [...t.sections, t.noData]) for (const l of s.lines) if (l.kind !== 'block') walk(s.file, l.content, false);
  // Rows of a list (`dong_nguon`) and phrases have names of their own.
  for (const x of [t.frame, t.appendix]) for (const [key, v] of x.values) for (const line of v) walk(x.file, line, key === 'dong_nguon');
  for (const v of t.phrases.values.values()) for (const line of v) walk(t.phrases.file, line, true);
}
