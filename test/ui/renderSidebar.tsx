import { render } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { resetZafClient, type ZafClient } from '../../src/host/zafClient';
import { createTestClient, type TestClientOptions } from '../host/createTestClient';

// The session updates the view from helpdesk answers, outside React's act(); tests wait with findBy*.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

/** Renders the app as the page does, with `window.ZAFClient` answering from the in-process helpdesk. */
export function renderSidebar(options: TestClientOptions & { locale?: string; wrap?: (c: ZafClient) => ZafClient }) {
  const t = createTestClient(options);
  let client = t.client;
  if (options.locale) {
    const locale = options.locale;
    const get = client.get;
    client = {
      ...client,
      get: async (paths) => {
        const r = await get(paths);
        const user = r['currentUser'];
        if (user && typeof user === 'object') r['currentUser'] = { ...user, locale };
        return r;
      },
    };
  }
  if (options.wrap) client = options.wrap(client);
  resetZafClient();
  (globalThis as { ZAFClient?: unknown }).ZAFClient = { init: () => client };
  const view = render(<App />);
  return { ...t, view };
}
