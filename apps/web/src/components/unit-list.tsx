import { useApp } from '../lib/app-context';

export function UnitList({ title, codes, empty }: { title: string; codes: string[]; empty: string }) {
  const { units } = useApp();
  return (
    <div class="unit-list">
      <h4>
        {title} ({codes.length})
      </h4>
      {codes.length === 0 ? (
        <p class="ok">{empty}</p>
      ) : (
        <ul>
          {codes.map((code) => (
            <li key={code}>{units.name(code)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
