import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

interface Props {
  title: string;
  labels: string[];
  values: (number | null)[];
  format(value: number): string;
  percent: boolean;
}

/** A bar chart (Chart.js, bundled) with the same data as a table for screen readers. */
export function BarChart({ title, labels, values, format, percent }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: [{ label: title, data: values, backgroundColor: '#1f6f8b', borderRadius: 3, maxBarThickness: 48 }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: labels.length > 8 ? 'y' : 'x',
        locale: 'vi-VN',
        plugins: { tooltip: { callbacks: { label: (item) => format(item.parsed[labels.length > 8 ? 'x' : 'y'] ?? 0) } } },
        scales: {
          [labels.length > 8 ? 'x' : 'y']: {
            beginAtZero: true,
            ...(percent ? { max: 1 } : {}),
            ticks: { callback: (v: string | number) => format(Number(v)) },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [labels.join('|'), values.join('|'), title]);
  const height = labels.length > 8 ? Math.max(240, labels.length * 28) : 300;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div class="chart-box" style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={`Biểu đồ cột: ${title}`} />
      </div>
      <details>
        <summary>Xem dạng bảng</summary>
        <table>
          <caption>{title}</caption>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td class="num">{values[i] === null || values[i] === undefined ? '—' : format(values[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
