import { serve } from '@hono/node-server';
import { formatProblem, ProblemsError } from '../../domain/problem.ts';
import { createApp } from '../../server/app.ts';
import { loadBundle } from '../../store/bundle.ts';
import { openStore } from '../../store/store.ts';
import type { Command } from '../command.ts';
import { databasePath, dataDir, dbOption, describeDatabase } from '../config.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve CCUS Atlas over HTTP, creating the database and loading the bundled dataset on first run.',
  usage: 'ccus-atlas serve [--port N] [--host H] [--db PATH] [--no-bundle]   (env: PORT, HOST, ATLAS_DB, ATLAS_DATA)',
  options: { ...dbOption, port: { type: 'string' }, host: { type: 'string' }, 'no-bundle': { type: 'boolean' } },
  async run({ values }, io) {
    const port = Number(values.port ?? process.env.PORT ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(`--port: "${values.port ?? process.env.PORT}" is not a port number (0-65535)`);
      return 2;
    }
    const host = String(values.host ?? process.env.HOST ?? '127.0.0.1');
    const dbPath = databasePath(values.db as string | undefined);
    const store = await openStore(dbPath);
    if (!values['no-bundle']) {
      try {
        const report = await loadBundle(store, dataDir());
        const parts = [
          ['policies', report],
          ['documents', report.documents],
          ['facilities', report.facilities?.facilities],
          ['country profiles', report.facilities?.countries],
        ] as const;
        const skipped =
          report.skippedFiles + (report.documents?.skippedFiles ?? 0) + (report.facilities?.skippedFiles ?? 0);
        const changed = parts.filter(([, r]) => r && r.created.length + r.updated.length > 0);
        io.err(
          changed.length > 0
            ? `loaded bundled dataset: ${changed
                .map(([name, r]) => `${name} ${r!.created.length} created, ${r!.updated.length} updated`)
                .join('; ')}`
            : `bundled dataset already loaded (${skipped} files unchanged)`,
        );
      } catch (error) {
        if (!(error instanceof ProblemsError)) throw error;
        io.err(`the bundled dataset in ${dataDir()} has problems; nothing was loaded:`);
        for (const p of error.problems) io.err(`  ${formatProblem(p)}`);
        await store.close();
        return 1;
      }
    }
    const app = createApp(store);
    await new Promise<void>((resolveServe) => {
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        io.err(`CCUS Atlas serving ${describeDatabase(dbPath)} on http://${host}:${info.port}/`);
      });
      const stop = () => {
        server.close(() => void store.close().then(resolveServe));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
