import type { HTMLAttributes, ReactNode } from 'react';

export const NOTICE_TYPES = ['success', 'warning', 'error'] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** Garden's alert icons (react-notifications), by type. */
const ICONS: Record<NoticeType, ReactNode> = {
  success: (
    <g fill="none" stroke="currentColor">
      <path strokeLinecap="round" strokeLinejoin="round" d="M4 9l2.5 2.5 5-5" />
      <circle cx="7.5" cy="8.5" r="7" />
    </g>
  ),
  warning: (
    <>
      <path fill="none" stroke="currentColor" strokeLinecap="round" d="M.88 13.77L7.06 1.86c.19-.36.7-.36.89 0l6.18 11.91c.17.33-.07.73-.44.73H1.32c-.37 0-.61-.4-.44-.73zM7.5 6v3.5" />
      <circle cx="7.5" cy="12" r="1" fill="currentColor" />
    </>
  ),
  error: (
    <>
      <g fill="none" stroke="currentColor">
        <circle cx="7.5" cy="8.5" r="7" />
        <path strokeLinecap="round" d="M7.5 4.5V9" />
      </g>
      <circle cx="7.5" cy="12" r="1" fill="currentColor" />
    </>
  ),
};

export interface NoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Sets the notice's colour and icon */
  type: NoticeType;
  /** Sets the bold first line */
  title?: ReactNode;
}

/**
 * A message with the look of Garden's alert (`sidebar.css`, `.lanes-notice`), for the sidebar's
 * first view: it needs none of Garden's theme code, which the first load then does not carry.
 */
export function Notice({ type, title, children, className, role = 'alert', ...rest }: NoticeProps) {
  return (
    <div role={role} className={['lanes-notice', `lanes-notice-${type}`, className].filter(Boolean).join(' ')} {...rest}>
      <svg className="lanes-notice-icon" xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" aria-hidden="true">
        {ICONS[type]}
      </svg>
      {title !== undefined && <div className="lanes-notice-title">{title}</div>}
      {children}
    </div>
  );
}
