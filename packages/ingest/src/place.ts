import type { SourceRef } from '@tonghop/core';

/** The `cell` field of an issue: `D12`, `Sheet1!D12`, `dòng 14`; null when the place is the file. */
export function cellRef(source: SourceRef | undefined): string | null {
  if (!source) return null;
  if (source.cell) return source.sheet ? `${source.sheet}!${source.cell}` : source.cell;
  if (source.line !== undefined) return `dòng ${source.line}`;
  if (source.sheet) return `sheet ${source.sheet}`;
  return null;
}

/** Where, in words: "tệp X, sheet Y, ô D12" / "tệp X, dòng 14" / "tệp X". */
export function placeText(source: SourceRef | undefined, file: string): string {
  const parts = [`tệp ${source?.file || file}`];
  if (source?.sheet) parts.push(`sheet ${source.sheet}`);
  if (source?.cell) parts.push(`ô ${source.cell}`);
  else if (source?.line !== undefined) parts.push(`dòng ${source.line}`);
  return parts.join(', ');
}

/** Short place inside a message that already names the file: "ô D12" / "dòng 14". */
export function shortPlace(source: SourceRef | undefined): string {
  if (!source) return 'không rõ vị trí';
  if (source.cell) return source.sheet ? `sheet ${source.sheet} ô ${source.cell}` : `ô ${source.cell}`;
  if (source.line !== undefined) return `dòng ${source.line}`;
  return source.sheet ? `sheet ${source.sheet}` : 'không rõ vị trí';
}

/** Prefixes a bare message with its place, unless the message already names the file. */
export function placed(source: SourceRef | undefined, file: string, message: string): string {
  if (/^tệp /iu.test(message) || message.includes(source?.file || file)) return message;
  return `${placeText(source, file)}: ${message}`;
}
