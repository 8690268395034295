import { formNoun } from '@tonghop/core';
import type { Completeness } from '../api/contract';
import { useApp } from '../lib/app-context';
import type { FigureMap } from '../lib/figures';
import { formatShare } from '../lib/format';
import type { Section } from '../lib/key-figures';
import { href } from '../lib/route';
import { FigureCard, hasValue } from './figure-card';

interface Props {
  section: Section;
  figures: FigureMap;
  completeness: Completeness | undefined;
  unit: string;
  period: string;
}

export function FormSection({ section, figures, completeness, unit, period }: Props) {
  const { indicator } = useApp();
  const shown = section.indicators
    .map((code) => indicator(code))
    .filter((i) => i !== undefined)
    .filter((i) => hasValue(i.code, figures));
  if (shown.length === 0 && !completeness?.expected) return null;
  const headingId = `muc-${section.id}`;
  return (
    <section class="form-section" aria-labelledby={headingId}>
      <div class="section-head">
        <h2 id={headingId}>{section.title}</h2>
        {section.form && completeness && (
          <p class="coverage">{formatShare(completeness.submitted, completeness.expected, formNoun(section.form))} đã báo cáo</p>
        )}
        {section.form && (
          <a class="more" href={href({ view: 'bang', form: section.form, unit, period })}>
            Xem bảng chi tiết
          </a>
        )}
      </div>
      {shown.length === 0 ? (
        <p class="status">Chưa có số liệu.</p>
      ) : (
        <div class="cards">
          {shown.map((i) => (
            <FigureCard key={i.code} indicator={i} figures={figures} unit={unit} period={period} />
          ))}
        </div>
      )}
    </section>
  );
}
