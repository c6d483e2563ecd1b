import type { Notice } from '../host/createLaneSession';
import type { SendLock } from '../host/sendLock';

/** Whether a notice's cause still holds: "sending is now locked" ends when sending is allowed again. */
export function isNoticeCurrent(notice: Notice | null, lock: SendLock): notice is Notice {
  if (notice === null) return false;
  if (notice.key === 'lockedNow') return !lock.send.enabled;
  return true;
}
