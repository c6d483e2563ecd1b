import { Tag } from '@zendeskgarden/react-tags';
import type { Lane } from '../policy/types';
import type { Translate } from './createTranslator';

/** A hue and a shape per lane, so that the lane never rests on colour alone. */
const LOOK: Record<Lane, { hue: string; icon: string }> = {
  1: { hue: 'green', icon: '●' },
  2: { hue: 'yellow', icon: '▲' },
  3: { hue: 'red', icon: '■' },
};

export interface LaneBadgeProps {
  /** Sets the lane shown */
  lane: Lane;
  t: Translate;
  /** Marks the badge as the computed lane beside an override */
  isSecondary?: boolean;
}

/** "Lane 1 · Autonomous resolution", with the lane's hue and shape. */
export function LaneBadge({ lane, t, isSecondary = false }: LaneBadgeProps) {
  const look = LOOK[lane];
  const text = t('ui.lane.badge', { lane, name: t(`ui.lane.names.${lane}`) });
  return (
    <Tag hue={isSecondary ? 'grey' : look.hue} size="large" data-lane={lane} data-testid={isSecondary ? 'computed-lane' : 'lane-badge'}>
      <span aria-hidden="true">{look.icon}</span>{' '}<span>{text}</span>
    </Tag>
  );
}
