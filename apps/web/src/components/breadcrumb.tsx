import { useApp } from '../lib/app-context';
import { href, type Route } from '../lib/route';

/** Where the table is in the hierarchy; every level above is a link back up. */
export function Breadcrumb({ route, unit }: { route: Route; unit: string }) {
  const { units } = useApp();
  const trail = [...units.ancestors(unit), units.get(unit)].filter((u) => u !== undefined);
  return (
    <nav class="breadcrumb" aria-label="Cấp đơn vị">
      <ol>
        {trail.map((u, i) => (
          <li key={u.code}>
            {i === trail.length - 1 ? (
              <span aria-current="location">{u.name}</span>
            ) : (
              <a href={href({ ...route, unit: u.code })}>{u.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
