import { useSession } from '../api/session';
import { TopNav } from '../pages/TopNav';
import { ChangePassword } from './ChangePassword';

/**
 * The person's own account: choosing a password. Forced (alone on the page, without navigation) after signing in with
 * a one-time password.
 */
export function AccountPage() {
  const forced = useSession((s) => s.me?.user.mustChangePassword ?? false);
  if (forced) {
    return (
      <main className="signin">
        <div className="signin-card">
          <ChangePassword forced />
        </div>
      </main>
    );
  }
  return (
    <div className="page">
      <TopNav active="account" />
      <main className="page-body">
        <ChangePassword forced={false} />
      </main>
    </div>
  );
}
