import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareApp } from './prepareApp';
import { DEFAULT_BUNDLE, DEFAULT_SETTINGS, PROBE_DIR, startHelpdesk } from './server';

const USAGE = `Usage: npm start -- [--bundle <export.json>] [--settings <settings.json>] [--port <n>] [--app-port <n>]
                    [--app-dir <dir> --app-page <path>] [--probe] [--no-build] [--secure <name,...>]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      bundle: { type: 'string' },
      settings: { type: 'string' },
      port: { type: 'string' },
      'app-port': { type: 'string' },
      'app-dir': { type: 'string' },
      'app-page': { type: 'string' },
      secure: { type: 'string' },
      probe: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let appDir: string | undefined = values['app-dir'] ? resolve(values['app-dir']) : undefined;
  let appPage: string | undefined = values['app-page'];
  if (!appDir && values.probe) {
    appDir = PROBE_DIR;
    appPage = 'index.html';
  } else if (!appDir) {
    const app = prepareApp({ build: !values['no-build'] });
    appDir = app.appDir;
    appPage = app.appPage;
    if (app.note) process.stdout.write(`helpdesk: ${app.note}\n`);
  }
  const helpdesk = await startHelpdesk({
    bundle: resolve(values.bundle ?? DEFAULT_BUNDLE),
    settings: resolve(values.settings ?? DEFAULT_SETTINGS),
    appDir,
    ...(appPage ? { appPage } : {}),
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values['app-port'] ? { appPort: Number(values['app-port']) } : {}),
    ...(values.secure ? { secureSettings: values.secure.split(',') } : {}),
  });
  process.stdout.write(
    `Helpdesk: ${helpdesk.url}/  (app served from ${helpdesk.appOrigin}, ${appDir})\n` +
      `A ticket: ${helpdesk.ticketUrl(491001)}\nPress Ctrl+C to stop.\n`,
  );
  const stop = (): void => {
    void helpdesk.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
  process.exit(1);
});
