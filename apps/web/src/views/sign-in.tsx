import { useState } from 'preact/hooks';

/** Sign-in with a token from `tonghop users add`; kept in sessionStorage for this tab only. */
export function SignIn({ reason, onToken, onBack }: { reason: string | null; onToken(token: string): void; onBack: (() => void) | null }) {
  const [token, setToken] = useState('');
  return (
    <main id="noi-dung" class="sign-in">
      <h1>Tổng hợp báo cáo thực hiện dân chủ ở cơ sở</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) onToken(token.trim());
        }}
      >
        <h2>Đăng nhập</h2>
        {reason && (
          <p class="error" role="alert">
            {reason}
          </p>
        )}
        <label for="ma-truy-cap">Mã truy cập</label>
        <input
          id="ma-truy-cap"
          type="password"
          autoComplete="current-password"
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          required
        />
        <p class="hint">Mã truy cập do quản trị viên cấp (lệnh tonghop users add).</p>
        <div class="row">
          <button type="submit">Đăng nhập</button>
          {onBack && (
            <button type="button" class="secondary" onClick={onBack}>
              Xem không cần đăng nhập
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
