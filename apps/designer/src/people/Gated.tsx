import { type ButtonHTMLAttributes, useId } from 'react';
import type { Permission } from '../api/auth';
import { useCan } from '../api/session';
import { usePeopleText } from './texts';

/** Why a person may not do what needs `permission`, in their language. */
export function useDeniedReason(permission: Permission): string {
  const p = usePeopleText();
  const what = p(`denied.what.${permission}`);
  return p('denied.reason', { what: what === `denied.what.${permission}` ? permission : what });
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { permission: Permission };

/**
 * A button for an action that needs a permission. When the person's roles do not give it, the button stays visible
 * and focusable but does nothing (`aria-disabled`), and says why — as a tooltip and to screen readers — so every
 * page treats an action out of reach the same way. Whole sections out of reach are left out of the navigation.
 */
export function GatedButton({ permission, className = 'btn', onClick, title, children, ...rest }: Props) {
  const allowed = useCan(permission);
  const reason = useDeniedReason(permission);
  const id = useId();
  if (allowed) {
    return (
      <button type="button" className={className} onClick={onClick} title={title} {...rest}>
        {children}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        {...rest}
        className={`${className} is-denied`}
        aria-disabled="true"
        aria-describedby={id}
        title={reason}
        data-denied={permission}
        onClick={(e) => e.preventDefault()}
      >
        {children}
      </button>
      <span id={id} className="sr-only">
        {reason}
      </span>
    </>
  );
}
