import { FORMS, type FormCode } from '../api/types';
import { href, type Route } from '../lib/route';
import { FORM_NAME } from '../lib/units';

export function FormTabs({ route, form }: { route: Route; form: FormCode }) {
  return (
    <nav class="subtabs" aria-label="Biểu mẫu">
      <ul>
        {FORMS.map((f) => (
          <li key={f}>
            <a href={href({ ...route, form: f })} aria-current={f === form ? 'page' : undefined}>
              Biểu {f}: {FORM_NAME[f]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
