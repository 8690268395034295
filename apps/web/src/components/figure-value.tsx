import { useApp } from '../lib/app-context';

interface Props {
  unit: string;
  period: string;
  indicator: string;
  text: string;
  /** What the number is, for screen readers: "Số hồ sơ tiếp nhận, Huyện Đam Rông". */
  label: string;
}

/** A number that opens its lineage (which submissions and cells it comes from) when clicked. */
export function FigureValue({ unit, period, indicator, text, label }: Props) {
  const { showLineage } = useApp();
  if (text === '—')
    return (
      <span class="empty" title="Không có số liệu">
        —
      </span>
    );
  return (
    <button
      type="button"
      class="figure-link"
      aria-label={`${text}: ${label}. Xem nguồn số liệu`}
      title="Xem nguồn số liệu"
      onClick={() => showLineage({ unit, period, indicator, shown: `${label}: ${text}` })}
    >
      {text}
    </button>
  );
}
