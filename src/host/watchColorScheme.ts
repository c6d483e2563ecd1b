import type { ZafClient } from './zafClient';

export type ColorScheme = 'light' | 'dark';

const asScheme = (value: unknown): ColorScheme | null => (value === 'dark' || value === 'light' ? value : null);

/** The theme Zendesk put in the app's URL (`?colorScheme=dark`), readable before the SDK answers. */
export function colorSchemeFromUrl(search: string): ColorScheme {
  return asScheme(new URLSearchParams(search).get('colorScheme')) ?? 'light';
}

/**
 * Follows the agent's theme: ZAF's `colorScheme` property, then its `colorScheme.changed` event
 * (developer.zendesk.com, "Dark mode" in the app developer guide). Returns the unsubscribe.
 */
export function watchColorScheme(client: ZafClient, onChange: (scheme: ColorScheme) => void): () => void {
  let live = true;
  client.get(['colorScheme']).then(
    (r) => {
      const s = asScheme(r['colorScheme']);
      if (live && s) onChange(s);
    },
    () => {
      // A helpdesk without the property keeps the theme from the URL.
    },
  );
  const handler = (data?: unknown) => {
    const s = asScheme(data) ?? asScheme((data as { colorScheme?: unknown } | undefined)?.colorScheme);
    if (live && s) onChange(s);
  };
  client.on('colorScheme.changed', handler);
  return () => {
    live = false;
    client.off('colorScheme.changed', handler);
  };
}
