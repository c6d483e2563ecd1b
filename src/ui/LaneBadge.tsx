import type { Lane } from '../policy/types';
import type { Translate } from './createTranslator';

/** A shape per lane beside its hue (in sidebar.css), so that the lane never rests on colour alone. */
const ICON: Record<Lane, string> = { 1: '●', 2: '▲', 3: '■' };

export interface LaneBadgeProps {
  /** Sets the lane shown */
  lane: Lane;
  t: Translate;
}

/** "Lane 1 · Autonomous resolution", with the lane's hue and shape; wraps rather than truncates. */
export function LaneBadge({ lane, t }: LaneBadgeProps) {
  return (
    <div className={`lanes-badge lanes-badge-${lane}`} data-lane={lane} data-testid="lane-badge">
      <span aria-hidden="true">{ICON[lane]}</span>{' '}
      <span>{t('ui.lane.badge', { lane, name: t(`ui.lane.names.${lane}`) })}</span>
    </div>
  );
}
