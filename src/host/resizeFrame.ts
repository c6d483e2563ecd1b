import type { ZafClient } from './zafClient';

/** Sizes the app's frame to its content, full width; a frame that cannot resize scrolls instead. */
export function resizeFrame(client: ZafClient, heightPx: number): void {
  client.invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` }).catch(() => {
    // The content stays reachable by scrolling.
  });
}
