import { messageOf } from '../errors';

export function LoadError({ error }: { error: unknown }) {
  return (
    <p class="status error" role="alert">
      {messageOf(error)}
    </p>
  );
}
