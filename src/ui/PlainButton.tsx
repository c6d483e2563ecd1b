import type { ButtonHTMLAttributes } from 'react';

export interface PlainButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Fills the button with the primary colour, as Garden's primary button */
  isPrimary?: boolean;
}

/**
 * A small button with the look of Garden's (`sidebar.css`, `.lanes-button`), for the sidebar's
 * first view: it needs none of Garden's theme code, which the first load then does not carry.
 */
export function PlainButton({ isPrimary = false, type = 'button', className, ...rest }: PlainButtonProps) {
  const classes = ['lanes-button', isPrimary ? 'lanes-button-primary' : null, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
