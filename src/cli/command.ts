import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command may print to and how it ends. */
export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal: progress is drawn in place. */
  interactive: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Option definitions for node:util parseArgs. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code. */
  run(args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }, io: CommandIO): Promise<number>;
}

export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function helpText(command: Command): string {
  return `${command.summary}\n\nUsage: ${command.usage}\n`;
}

/** Reports progress on a terminal (in place) and stays quiet otherwise. */
export function progress(io: CommandIO, label: string) {
  return (done: number, total: number) => {
    if (io.interactive && (done === total || done % 10 === 0)) {
      process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
    }
  };
}
