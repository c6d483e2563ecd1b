import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicSettings, readManifest } from '../../src/helpdesk/appPackage';

describe('the app package', () => {
  it('keeps secure parameters of the manifest away from the app', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanes-app-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        name: 'Lanes',
        version: '1.2.0',
        parameters: [
          { name: 'field_map', type: 'multiline', default: '{}' },
          { name: 'api_token', type: 'text', secure: true },
        ],
      }),
    );
    const manifest = readManifest(dir);
    expect(manifest).toEqual({ name: 'Lanes', version: '1.2.0', secureParameters: ['api_token'], defaults: { field_map: '{}' } });
    expect(publicSettings({ field_map: '{"ticket":{}}', api_token: 't0ken' }, manifest.secureParameters)).toEqual({ field_map: '{"ticket":{}}' });
  });
});
