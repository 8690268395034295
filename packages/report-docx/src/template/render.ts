import type { Inline, Placeholder } from './ast';

/** Rendered text: runs of text and footnotes (whose own text follows the same rules). */
export type Piece = { kind: 'text'; text: string } | { kind: 'footnote'; pieces: Piece[] };

/** The text for a placeholder, or null when there is no data for it. */
export type Resolve = (placeholder: Placeholder) => string | null;

interface Rendered {
  ok: boolean;
  pieces: Piece[];
  /** Placeholders inside (at any depth) and how many of them were written. */
  placeholders: number;
  filled: number;
}

function renderNodes(nodes: readonly Inline[], resolve: Resolve): Rendered {
  const out: Rendered = { ok: true, pieces: [], placeholders: 0, filled: 0 };
  for (const node of nodes) {
    if (node.kind === 'text') {
      out.pieces.push({ kind: 'text', text: node.text });
    } else if (node.kind === 'placeholder') {
      out.placeholders += 1;
      const text = resolve(node.placeholder);
      if (text === null) out.ok = false;
      else {
        out.filled += 1;
        out.pieces.push({ kind: 'text', text });
      }
    } else {
      const inner = renderNodes(node.children, resolve);
      out.placeholders += inner.placeholders;
      // Written when every placeholder inside had data (a part of it may itself be optional),
      // and, if it has placeholders at all, at least one was written.
      if (!inner.ok || (inner.placeholders > 0 && inner.filled === 0)) continue;
      out.filled += inner.filled;
      if (node.kind === 'optional') out.pieces.push(...inner.pieces);
      else out.pieces.push({ kind: 'footnote', pieces: tidy(inner.pieces) });
    }
  }
  return out;
}

/**
 * One line of a template: its pieces, or null when a placeholder outside `[ ]` has no data (or
 * none of its placeholders has). Lines without placeholders are always written.
 */
export function renderLine(nodes: readonly Inline[], resolve: Resolve, o: { tidy?: boolean; capitalize?: boolean } = {}): Piece[] | null {
  const r = renderNodes(nodes, resolve);
  if (!r.ok || (r.placeholders > 0 && r.filled === 0)) return null;
  // Frame lines keep their spacing ("Số:      /BC-BCĐ") and their case; phrases inside a sentence their case.
  if (o.tidy === false) return r.pieces;
  return o.capitalize === false ? tidy(r.pieces) : capitalizeFirst(tidy(r.pieces));
}

/** The plain text of pieces, footnotes left out (for headings, table cells, tests). */
export function plainText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}

const NOTE = '\uE000';

/**
 * Punctuation left over by omitted parts: double spaces, a space before , ; . : ), a comma
 * before ; . ), empty parentheses. Applied across the text runs, footnotes kept in place.
 */
export function tidy(pieces: readonly Piece[]): Piece[] {
  const notes = pieces.filter((p): p is Extract<Piece, { kind: 'footnote' }> => p.kind === 'footnote');
  const joined = pieces.map((p) => (p.kind === 'text' ? p.text.replaceAll(NOTE, '') : NOTE)).join('');
  const text = joined
    .replace(/[ \t]+/g, ' ')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([,;.:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/[,;]+(\s*[;.:)])/g, '$1')
    .replace(/([;:])\s*[,;]/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
  const out: Piece[] = [];
  text.split(NOTE).forEach((part, i) => {
    if (i > 0) {
      const note = notes[i - 1];
      if (note) out.push(note);
    }
    if (part !== '') out.push({ kind: 'text', text: part });
  });
  return out;
}

function capitalizeFirst(pieces: Piece[]): Piece[] {
  const first = pieces[0];
  if (first?.kind !== 'text') return pieces;
  const m = /^(-\s*)?(.)/su.exec(first.text);
  if (!m) return pieces;
  const at = (m[1] ?? '').length;
  const text = first.text.slice(0, at) + first.text.charAt(at).toLocaleUpperCase('vi') + first.text.slice(at + 1);
  return [{ kind: 'text', text }, ...pieces.slice(1)];
}
