import type { Command } from '../command.ts';
import { auditCommand } from './audit.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { buildSiteCommand } from './build-site.ts';
import { copyCommand } from './copy.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { migrateCommand } from './migrate.ts';
import { schemasCommand } from './schemas.ts';
import { serveCommand } from './serve.ts';
import { simulateCommand } from './simulate.ts';
import { userCommand } from './user.ts';
import { validateCommand } from './validate.ts';

/** Every command of the CLI, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [serveCommand, importCommand, exportCommand, validateCommand, auditCommand, schemasCommand, userCommand, simulateCommand, migrateCommand, copyCommand, backupCommand, restoreCommand, buildSiteCommand];
