import { getIndicator, optionsOfSet, UNIT_NOUNS } from '@tonghop/core';
import type { RollupFigure } from '@tonghop/figures';
import { coverageText } from '@tonghop/report-export/loaders';
import { figureKey } from './load-report';
import { nameInSentence, placeName, unitNames } from './names';
import { formatCount, formatPercent, formatPoints } from './numbers';
import type { Placeholder, TextsTemplate } from './template/ast';
import { plainText, renderLine, type Resolve } from './template/render';
import type { FigureMap, ReportData } from './types';

/** At most this many names inline; the rest are counted ("và 12 đơn vị khác") and listed in the appendix. */
export const MAX_NAMES_INLINE = 20;

/** A phrase of `cum-tu.txt` with its own small context, or null when a part it needs is missing. */
export function phraser(phrases: TextsTemplate) {
  return (key: string, vars: Record<string, string | null>): string | null => {
    const line = phrases.values.get(key)?.[0];
    if (!line) return null;
    const pieces = renderLine(line, (p) => vars[p.name] ?? null, { capitalize: false });
    return pieces === null ? null : plainText(pieces);
  };
}

type Phrase = ReturnType<typeof phraser>;

/** "a, b, c" or, beyond MAX_NAMES_INLINE, "a, b, … và 12 đơn vị khác (…)". */
export function nameList(names: readonly string[], phrase: Phrase): string | null {
  if (names.length === 0) return null;
  if (names.length <= MAX_NAMES_INLINE) return names.join(', ');
  const rest = phrase('danh_sach.con_lai', { so: formatCount(names.length - MAX_NAMES_INLINE) }) ?? '…';
  return `${names.slice(0, MAX_NAMES_INLINE).join(', ')} ${rest}`;
}

/** The value as a sentence writes it, by aggregation: 7.554; 99,17%; 8/8. */
export function mainText(f: RollupFigure, p: Pick<Placeholder, 'pad' | 'nonzero'> = { pad: 0, nonzero: false }): string | null {
  if (f.value === null) return null;
  if (p.nonzero && f.value === 0) return null;
  switch (f.aggregation) {
    case 'ratio':
      return formatPercent(f.value);
    case 'share_true':
      return f.denominator === null || f.denominator === 0 ? null : `${formatCount(f.value, p.pad)}/${formatCount(f.denominator, p.pad)}`;
    default:
      return formatCount(f.value, p.pad);
  }
}

function share(f: RollupFigure): number | null {
  if (f.aggregation === 'ratio') return f.value;
  if (f.aggregation !== 'share_true' || f.value === null || !f.denominator) return null;
  return f.value / f.denominator;
}

function compareText(f: RollupFigure, before: RollupFigure | undefined, phrase: Phrase): string | null {
  if (!before || before.value === null || f.value === null) return null;
  const unitLabel = getIndicator(f.indicator)?.unitLabel ?? '';
  if (f.aggregation === 'ratio' || f.aggregation === 'share_true') {
    const now = share(f);
    const then = share(before);
    if (now === null || then === null) return null;
    const d = now - then;
    if (Math.abs(d) < 0.00005) return phrase('so_sanh.bang', {});
    return phrase(d > 0 ? 'so_sanh.tang_diem' : 'so_sanh.giam_diem', { chenh_lech: formatPoints(d) });
  }
  if (f.aggregation !== 'sum') return null;
  const d = f.value - before.value;
  if (d === 0) return phrase('so_sanh.bang', {});
  return phrase(d > 0 ? 'so_sanh.tang' : 'so_sanh.giam', {
    chenh_lech: formatCount(Math.abs(d)),
    don_vi_tinh: unitLabel === '' || unitLabel === '%' ? null : unitLabel,
    ti_le: before.value === 0 ? null : formatPercent(Math.abs(d) / before.value),
  });
}

function optionsText(f: RollupFigure, figures: FigureMap, p: Placeholder, phrase: Phrase): string | null {
  const indicator = getIndicator(f.indicator);
  if (!indicator?.categorySet) return null;
  const items = optionsOfSet(indicator.categorySet)
    .map((o) => ({ o, fig: figures.get(figureKey(f.indicator, o.code)) }))
    .filter(({ fig }) => fig?.value != null && fig.value > 0)
    .map(({ o, fig }) =>
      phrase('lua_chon', { nhan: o.label, so_lieu: formatCount(fig?.value ?? 0, p.pad), don_vi_tinh: indicator.unitLabel || null }),
    )
    .filter((t): t is string => t !== null);
  return items.length === 0 ? null : items.join(', ');
}

/** The context names of the templates (lower case): the unit, the period, who reported. */
export function contextValues(data: ReportData, phrase: Phrase): Map<string, string | null> {
  const ctx = new Map<string, string | null>();
  const year = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(data.madeAt);
  ctx.set('don_vi', data.unit.name);
  ctx.set('don_vi_thuong', nameInSentence(data.unit.name));
  ctx.set('don_vi_in_hoa', data.unit.name.toLocaleUpperCase('vi'));
  ctx.set('dia_danh', placeName(data.unit.name));
  ctx.set('ky', data.periodText);
  ctx.set('ky_in_hoa', data.periodText.toLocaleUpperCase('vi'));
  ctx.set('ky_truoc', data.previous?.periodText ?? null);
  ctx.set('nam', year);
  const reported: string[] = [];
  const missing: string[] = [];
  const late: string[] = [];
  for (const s of data.forms) {
    const c = s.completeness;
    const word = UNIT_NOUNS[s.unitType];
    ctx.set(`bao_cao.${s.form}`, c.expected === 0 ? null : coverageText(c.submitted, c.expected, s.unitType));
    ctx.set(`du_kien.${s.form}`, c.expected === 0 ? null : `${formatCount(c.expected)} ${word}`);
    if (c.expected > 0) reported.push(coverageText(c.submitted, c.expected, s.unitType));
    const missingNames = nameList(unitNames(c.missing, data.units), phrase);
    ctx.set(`chua_bao_cao.${s.form}`, missingNames);
    if (missingNames !== null)
      missing.push(phrase('chua_bao_cao.nhom', { so: formatCount(c.missing.length), loai: word, ten: missingNames }) ?? missingNames);
    const lateNames = nameList(unitNames(c.late_units, data.units), phrase);
    ctx.set(`nop_muon.${s.form}`, lateNames);
    if (lateNames !== null)
      late.push(phrase('chua_bao_cao.nhom', { so: formatCount(c.late_units.length), loai: word, ten: lateNames }) ?? lateNames);
  }
  ctx.set('bao_cao', reported.length === 0 ? null : reported.join(', '));
  ctx.set('chua_bao_cao', missing.length === 0 ? null : missing.join('; '));
  ctx.set('nop_muon', late.length === 0 ? null : late.join('; '));
  return ctx;
}

/** The resolver of every placeholder of the templates, over the loaded data. */
export function createResolver(data: ReportData, phrases: TextsTemplate): Resolve {
  const phrase = phraser(phrases);
  const ctx = contextValues(data, phrase);
  const contextKeys = new Set(ctx.keys());
  return (p) => {
    if (/^[a-z]/.test(p.name)) {
      const key = p.option === null ? p.name : `${p.name}.${p.option}`;
      if (!contextKeys.has(key)) return null;
      return ctx.get(key) ?? null;
    }
    const figures = p.group === null ? data.figures : data.groups.get(p.group);
    const f = figures?.get(figureKey(p.name, p.option));
    if (!figures || !f) return null;
    switch (p.field) {
      case null:
        return mainText(f, p);
      case 'pct': {
        const s = share(f);
        return s === null || (p.nonzero && s === 0) ? null : formatPercent(s);
      }
      case 'true':
        return f.aggregation === 'share_true' && f.value !== null && !(p.nonzero && f.value === 0) ? formatCount(f.value, p.pad) : null;
      case 'false': {
        if (f.aggregation !== 'share_true' || f.value === null || f.denominator === null) return null;
        const n = f.denominator - f.value;
        return p.nonzero && n === 0 ? null : formatCount(n, p.pad);
      }
      case 'reporting':
        return f.reporting_units === 0 ? null : formatCount(f.reporting_units, p.pad);
      case 'expected':
        return f.expected_units === 0 ? null : formatCount(f.expected_units, p.pad);
      case 'false_units':
        return nameList(unitNames(f.false_units, data.units), phrase);
      case 'options':
        return optionsText(f, figures, p, phrase);
      case 'compare':
        return compareText(f, data.previous?.figures.get(figureKey(p.name, p.option)), phrase);
      case 'prev': {
        const before = data.previous?.figures.get(figureKey(p.name, p.option));
        return before ? mainText(before, p) : null;
      }
      default:
        return null;
    }
  };
}
