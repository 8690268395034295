import type { Figure } from '../api/contract';
import { useApp } from '../lib/app-context';

/** The free-text indicators ("Hạn chế, khó khăn", "Kiến nghị, đề xuất"), compiled per unit. */
export function TextsSection({ figures }: { figures: Figure[] }) {
  const { indicator, units } = useApp();
  const lists = figures.filter((f) => f.option === null && (f.texts?.length ?? 0) > 0);
  if (lists.length === 0) return null;
  return (
    <section class="form-section" aria-labelledby="muc-y-kien">
      <h2 id="muc-y-kien">Ý kiến của các đơn vị</h2>
      <div class="cards texts">
        {lists.map((f) => (
          <article class="card" key={f.indicator} aria-label={indicator(f.indicator)?.label ?? f.indicator}>
            <h3>{indicator(f.indicator)?.label ?? f.indicator}</h3>
            <ul>
              {(f.texts ?? []).map((t, i) => (
                <li key={i}>
                  <strong>{units.name(t.unit)}:</strong> {t.text}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
