import { formatProblem, ProblemsError } from '../../domain/problem.ts';
import { buildSite } from '../../export/static-site/build.ts';
import { createApp } from '../../server/app.ts';
import { loadBundle } from '../../store/bundle.ts';
import { openStore } from '../../store/store.ts';
import { type Command, UsageError } from '../command.ts';
import { databasePath, dataDir, dbOption } from '../config.ts';

export const buildSiteCommand: Command = {
  name: 'build-site',
  summary: 'Write the whole hub as static files (zh/en/ja pages and their twins, sitemap, search index) for any static host.',
  usage: 'ccus-atlas build-site <dir> [--base /path/] [--origin https://host] [--db PATH]',
  options: { ...dbOption, base: { type: 'string' }, origin: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [outDir] = positionals;
    if (!outDir) throw new UsageError('name the output folder');
    const origin = values.origin as string | undefined;
    if (origin && !/^https?:\/\/[^/]+$/.test(origin.replace(/\/+$/, ''))) throw new UsageError('--origin must look like https://example.org');
    const store = await openStore(databasePath(values.db as string | undefined));
    try {
      try {
        await loadBundle(store, dataDir());
      } catch (error) {
        if (!(error instanceof ProblemsError)) throw error;
        for (const p of error.problems) io.err(formatProblem(p));
        return 1;
      }
      const started = performance.now();
      const report = await buildSite(createApp(store, { readOnly: true }), outDir, {
        base: values.base as string | undefined,
        origin,
        onPage: (done, queued) => {
          if (io.interactive && done % 25 === 0) process.stderr.write(`\rrendered ${done} page(s), ${queued} queued`);
        },
      });
      if (io.interactive) process.stderr.write('\n');
      io.out(
        `wrote ${report.files} files (${report.pages} pages, ${(report.bytes / 1048576).toFixed(1)} MB) to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s; ${report.dropped} link(s) to server-only views left out`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
