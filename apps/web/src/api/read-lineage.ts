import { arrayIn, isObj, list, num, str } from './read';

export interface LineageCell {
  unit: string | null;
  indicator: string | null;
  option: string | null;
  value: string;
  /** "Biểu XA!D12", "dòng 14" ... */
  where: string;
}

export interface LineageSubmission {
  id: string;
  unit: string | null;
  form: string | null;
  period: string | null;
  version: number | null;
  current: boolean;
  status: string | null;
  fileName: string | null;
  sheet: string | null;
  /** Counts through a longer period derived from sub-periods. */
  derived: boolean;
  uploadedAt: string | null;
  uploadedBy: string | null;
  cells: LineageCell[];
}

type Obj = Record<string, unknown>;

function place(f: Obj): string {
  const source = isObj(f.source) ? f.source : f;
  const sheet = str(source.sheet);
  const cell = str(source.cell);
  const line = num(source.line);
  if (cell) return sheet && !cell.includes('!') ? `${sheet}!${cell}` : cell;
  if (line !== null) return `dòng ${line}`;
  return sheet ?? '—';
}

function readCell(f: Obj): LineageCell {
  const value = f.value;
  return {
    unit: str(f.unit) ?? str(f.unit_code),
    indicator: str(f.indicator),
    option: str(f.option) ?? str(f.category_option),
    value: typeof value === 'boolean' ? (value ? 'Có' : 'Không') : (str(value) ?? '—'),
    where: place(f),
  };
}

function readSubmission(s: Obj): LineageSubmission {
  const file = isObj(s.file) ? s.file : {};
  return {
    id: str(s.id) ?? str(s.submission_id) ?? '',
    unit: str(s.unit) ?? str(s.unit_code),
    form: str(s.form),
    period: str(s.period),
    version: num(s.version),
    current: s.current === true || s.is_current === true || str(s.status) === 'current',
    status: str(s.status),
    fileName: str(file.name) ?? str(s.file_name) ?? str(s.file) ?? str(file.path),
    sheet: str(s.sheet),
    derived: s.derived === true,
    uploadedAt: str(s.uploaded_at) ?? str(s.received_at) ?? str(file.uploaded_at),
    uploadedBy: str(s.uploaded_by) ?? str(file.uploaded_by),
    cells: arrayIn(s, 'facts', 'cells', 'sources').filter(isObj).map(readCell),
  };
}

/** GET /api/lineage → the submissions (with versions) and the cells that make one figure. */
export function readLineage(body: unknown): LineageSubmission[] {
  const subs = arrayIn(body, 'submissions').filter(isObj).map(readSubmission);
  const loose = isObj(body) ? [...list(body.cells), ...list(body.sources), ...list(body.facts)].filter(isObj) : [];
  for (const fact of loose) {
    const id = str(fact.submission_id) ?? '';
    let sub = subs.find((s) => s.id === id);
    if (!sub) {
      sub = readSubmission({ ...fact, id, file_name: str(fact.file_name) ?? str(fact.file), facts: [], sheet: null });
      subs.push(sub);
    }
    sub.cells.push(readCell(fact));
  }
  return subs;
}
