import type { ZafClient } from './zafClient';

/** Makes the app's frame fill the space the helpdesk gives it (a full-page location such as `nav_bar`). */
export function fillFrame(client: ZafClient): void {
  client.invoke('resize', { width: '100%', height: '100%' }).catch(() => {
    // The frame keeps its size; the page still scrolls inside it.
  });
}
