import { useCallback, useEffect, useRef, useState } from 'react';
import { people, type QueueInfo, ROLES, type Role, type TeamInfo, type UserInfo } from '../api/auth';
import type { ApiError } from '../api/errors';
import { useCan, useSession } from '../api/session';
import { TopNav } from '../pages/TopNav';
import { useUi } from '../store/ui';
import { GatedButton } from './Gated';
import { usePeopleText } from './texts';

interface Draft {
  email: string;
  displayName: string;
  roles: Role[];
  language: 'es' | 'en';
  queues: string[];
  teams: string[];
}

const EMPTY: Draft = { email: '', displayName: '', roles: [], language: 'es', queues: [], teams: [] };
const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** A one-time password, shown once with who it is for. */
interface Secret {
  text: string;
  password: string;
}

/**
 * People: who signs in, with which roles, in which queues and teams. Admins add people (a one-time password is shown
 * once), change roles and memberships, deactivate and reset passwords; supervisors see the members of their teams.
 */
export function UsersPage() {
  const p = usePeopleText();
  const lang = useUi((s) => s.lang);
  const me = useSession((s) => s.me);
  const canManage = useCan('users:manage');
  const [users, setUsers] = useState<UserInfo[] | null>(null);
  const [queues, setQueues] = useState<QueueInfo[]>([]);
  const [teams, setTeams] = useState<TeamInfo[]>([]);
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft | 'form', string>>>({});
  const [secret, setSecret] = useState<Secret | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const secretRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    setUsers(await people.users());
    setTeams(await people.teams().catch(() => []));
    setQueues(await people.queues().catch(() => []));
  }, []);
  useEffect(() => {
    void load().catch((e: Error) => useUi.getState().toast(e.message, 'error'));
  }, [load]);
  useEffect(() => {
    if (adding) firstField.current?.focus();
  }, [adding]);
  useEffect(() => {
    if (secret) secretRef.current?.focus();
  }, [secret]);

  const problemText = (err: ApiError) => {
    if (err.problem.code === 'last-admin') return p('people.lastAdmin');
    if (err.problem.code === 'own-account') return p('people.self');
    if (err.problem.code === 'conflict') return p('people.exists');
    return err.message;
  };

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    const problems: typeof errors = {};
    if (!draft.displayName.trim()) problems.displayName = p('people.needName');
    if (!/^\S+@\S+\.\S+$/.test(draft.email.trim())) problems.email = p('people.needEmail');
    if (draft.roles.length === 0) problems.roles = p('people.needRole');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      document.getElementById(`person-${Object.keys(problems)[0]}`)?.focus();
      return;
    }
    try {
      const made = await people.createUser({
        ...draft,
        email: draft.email.trim(),
        displayName: draft.displayName.trim(),
      });
      setAdding(false);
      setDraft(EMPTY);
      if (made.oneTimePassword) {
        setSecret({
          text: `${p('people.created', { email: made.user.email })} ${p('people.oneTime')}`,
          password: made.oneTimePassword,
        });
      }
      await load();
    } catch (err) {
      setErrors({ form: problemText(err as ApiError) });
    }
  };

  const change = async (u: UserInfo, patch: Parameters<typeof people.updateUser>[1]) => {
    try {
      const r = await people.updateUser(u.id, patch);
      if (r.oneTimePassword)
        setSecret({ text: p('people.resetDone', { email: u.email }), password: r.oneTimePassword });
      await load();
    } catch (err) {
      useUi.getState().toast(problemText(err as ApiError), 'error');
    }
  };

  const queueName = (id: string) => queues.find((q) => q.id === id)?.name ?? id;
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? id;

  return (
    <div className="page">
      <TopNav active="people" />
      <main className="page-body">
        <div className="page-head">
          <div>
            <h1>{p('people.title')}</h1>
            <p className="muted">{p('people.intro')}</p>
          </div>
          {!adding ? (
            <GatedButton
              permission="users:manage"
              className="btn primary"
              onClick={() => setAdding(true)}
              data-testid="add-person"
            >
              + {p('people.add')}
            </GatedButton>
          ) : null}
        </div>

        {secret ? (
          <div className="notice success" role="status" tabIndex={-1} ref={secretRef} data-testid="one-time-password">
            <p>{secret.text}</p>
            <p>
              <code className="secret">{secret.password}</code>
            </p>
          </div>
        ) : null}

        {adding && canManage ? (
          <form className="people-form" onSubmit={(e) => void create(e)} noValidate aria-labelledby="add-person-title">
            <h2 id="add-person-title" className="wide">
              {p('people.add')}
            </h2>
            <div className={`field ${errors.displayName ? 'has-error' : ''}`}>
              <label htmlFor="person-displayName">{p('people.name')}</label>
              <input
                ref={firstField}
                id="person-displayName"
                className="input"
                autoComplete="off"
                value={draft.displayName}
                aria-invalid={errors.displayName ? true : undefined}
                aria-describedby={errors.displayName ? 'person-displayName-error' : undefined}
                onChange={(e) => setDraft({ ...draft, displayName: e.target.value })}
              />
              {errors.displayName ? (
                <p className="field-error" id="person-displayName-error">
                  {errors.displayName}
                </p>
              ) : null}
            </div>
            <div className={`field ${errors.email ? 'has-error' : ''}`}>
              <label htmlFor="person-email">{p('people.email')}</label>
              <input
                id="person-email"
                className="input"
                type="email"
                autoComplete="off"
                value={draft.email}
                aria-invalid={errors.email ? true : undefined}
                aria-describedby={errors.email ? 'person-email-error' : undefined}
                onChange={(e) => setDraft({ ...draft, email: e.target.value })}
              />
              {errors.email ? (
                <p className="field-error" id="person-email-error">
                  {errors.email}
                </p>
              ) : null}
            </div>
            <fieldset
              className={`field checks wide ${errors.roles ? 'has-error' : ''}`}
              aria-describedby={errors.roles ? 'person-roles-error' : undefined}
            >
              <legend>{p('people.roles')}</legend>
              {ROLES.map((r, i) => (
                <label key={r}>
                  <input
                    id={i === 0 ? 'person-roles' : undefined}
                    type="checkbox"
                    checked={draft.roles.includes(r)}
                    onChange={() => setDraft({ ...draft, roles: toggle(draft.roles, r) })}
                  />
                  {p(`roles.${r}`)}
                </label>
              ))}
              {errors.roles ? (
                <p className="field-error" id="person-roles-error">
                  {errors.roles}
                </p>
              ) : null}
            </fieldset>
            <div className="field">
              <label htmlFor="person-language">{p('people.language')}</label>
              <select
                id="person-language"
                className="input"
                value={draft.language}
                onChange={(e) => setDraft({ ...draft, language: e.target.value as 'es' | 'en' })}
              >
                <option value="es">Español</option>
                <option value="en">English</option>
              </select>
            </div>
            {queues.length > 0 ? (
              <fieldset className="field checks wide">
                <legend>{p('people.queues')}</legend>
                {queues.map((q) => (
                  <label key={q.id}>
                    <input
                      type="checkbox"
                      checked={draft.queues.includes(q.id)}
                      onChange={() => setDraft({ ...draft, queues: toggle(draft.queues, q.id) })}
                    />
                    {q.name}
                  </label>
                ))}
              </fieldset>
            ) : null}
            {teams.length > 0 ? (
              <fieldset className="field checks wide">
                <legend>{p('people.teams')}</legend>
                {teams.map((t) => (
                  <label key={t.id}>
                    <input
                      type="checkbox"
                      checked={draft.teams.includes(t.id)}
                      onChange={() => setDraft({ ...draft, teams: toggle(draft.teams, t.id) })}
                    />
                    {t.name}
                  </label>
                ))}
              </fieldset>
            ) : null}
            <div className="wide" role="alert">
              {errors.form ? <p className="notice error">{errors.form}</p> : null}
            </div>
            <div className="row wide">
              <button type="submit" className="btn primary" data-testid="create-person">
                {p('people.create')}
              </button>
              <button
                type="button"
                className="btn ghost"
                onClick={() => {
                  setAdding(false);
                  setErrors({});
                }}
              >
                {p('people.cancel')}
              </button>
            </div>
          </form>
        ) : null}

        {users?.length === 0 ? <p className="muted">{p('people.empty')}</p> : null}
        {users && users.length > 0 ? (
          <table className="people-table" data-testid="people">
            <thead>
              <tr>
                <th scope="col">{p('people.name')}</th>
                <th scope="col">{p('people.roles')}</th>
                <th scope="col">{p('people.queues')}</th>
                <th scope="col">{p('people.teams')}</th>
                <th scope="col">{p('people.state')}</th>
                <th scope="col">{p('people.lastSignIn')}</th>
                <th scope="col">
                  <span className="sr-only">{p('people.state')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>
                    <div>{u.displayName}</div>
                    <div className="muted small">{u.email}</div>
                  </td>
                  <td>{u.roles.map((r) => p(`roles.${r}`)).join(', ') || p('people.none')}</td>
                  <td>{u.queues.map(queueName).join(', ') || p('people.none')}</td>
                  <td>{u.teams.map(teamName).join(', ') || p('people.none')}</td>
                  <td>{u.active ? p('people.active') : p('people.inactive')}</td>
                  <td>{u.lastSignInAt ? new Date(u.lastSignInAt).toLocaleString(lang) : p('people.never')}</td>
                  <td>
                    <div className="row">
                      <GatedButton
                        permission="users:manage"
                        className="btn small ghost"
                        onClick={() => void change(u, { active: !u.active })}
                        disabled={u.id === me?.user.id && u.active}
                        title={u.id === me?.user.id && u.active ? p('people.self') : undefined}
                        aria-label={`${u.active ? p('people.deactivate') : p('people.reactivate')}: ${u.displayName}`}
                      >
                        {u.active ? p('people.deactivate') : p('people.reactivate')}
                      </GatedButton>
                      <GatedButton
                        permission="users:manage"
                        className="btn small ghost"
                        onClick={() => void change(u, { resetPassword: true })}
                        aria-label={`${p('people.reset')}: ${u.displayName}`}
                      >
                        {p('people.reset')}
                      </GatedButton>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </main>
    </div>
  );
}
