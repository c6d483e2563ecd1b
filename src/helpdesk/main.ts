import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareApp } from './prepareApp';
import { DEFAULT_BUNDLE, DEFAULT_SETTINGS, PROBE_DIR, startHelpdesk } from './server';

/** The usual port of the helpdesk page; the app origin takes the next one. */
const DEFAULT_PORT = 4400;

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
  const start = (port: number, appPort: number) =>
    startHelpdesk({
      bundle: resolve(values.bundle ?? DEFAULT_BUNDLE),
      settings: resolve(values.settings ?? DEFAULT_SETTINGS),
      appDir,
      ...(appPage ? { appPage } : {}),
      port,
      appPort,
      ...(values.secure ? { secureSettings: values.secure.split(',') } : {}),
    });
  const port = values.port ? Number(values.port) : DEFAULT_PORT;
  const appPort = values['app-port'] ? Number(values['app-port']) : port + 1;
  const helpdesk = await start(port, appPort).catch((err: NodeJS.ErrnoException) => {
    // Another helpdesk may hold the usual ports: take free ones rather than fail.
    if (err.code !== 'EADDRINUSE' || values.port) throw err;
    return start(0, 0);
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
