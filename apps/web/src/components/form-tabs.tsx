import { FORM_CODES, FORM_SUBJECTS, upperFirst, type FormCode } from '@tonghop/core';
import { href, type Route } from '../lib/route';

export function FormTabs({ route, form }: { route: Route; form: FormCode }) {
  return (
    <nav class="subtabs" aria-label="Biểu mẫu">
      <ul>
        {FORM_CODES.map((f) => (
          <li key={f}>
            <a href={href({ ...route, form: f })} aria-current={f === form ? 'page' : undefined}>
              Biểu {f}: {upperFirst(FORM_SUBJECTS[f])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
