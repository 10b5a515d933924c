import { createInterface } from 'node:readline';
import { emailSchema, passwordSchema, roleAtLeast, userRole } from '../../domain/user.ts';
import { DuplicateEmailError } from '../../store/user-repository.ts';
import { openStore } from '../../store/store.ts';
import { type Command, UsageError } from '../command.ts';
import { databasePath, dbOption } from '../config.ts';

/** Reads a password from standard input: one line when piped, or typed without echo on a terminal. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input, output: process.stderr, terminal: true });
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.includes(prompt)) write.call(rl, s);
  };
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

export const userCommand: Command = {
  name: 'user',
  summary: 'Manage accounts: add a user with a role, list users, change a role. There is no default account.',
  usage:
    'ccus-atlas user add <email> --role reader|contributor|reviewer|admin [--name NAME] [--db PATH]   (password from stdin)\n' +
    '       ccus-atlas user list [--db PATH]\n' +
    '       ccus-atlas user role <email> <role> [--db PATH]',
  options: { ...dbOption, role: { type: 'string' }, name: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [action, emailArg, roleArg] = positionals;
    if (action !== 'add' && action !== 'list' && action !== 'role')
      throw new UsageError('say add, list or role');
    const store = await openStore(databasePath(values.db as string | undefined));
    try {
      if (action === 'list') {
        for (const u of await store.users.list()) io.out(`${u.email}\t${u.role}\t${u.name}`);
        return 0;
      }
      const email = emailSchema.safeParse(emailArg ?? '');
      if (!email.success) throw new UsageError(`"${emailArg ?? ''}" is not an e-mail address`);
      const role = userRole.resolve(String(action === 'add' ? (values.role ?? '') : (roleArg ?? '')));
      if (!role) throw new UsageError(`role must be one of ${userRole.values.join(', ')}`);
      if (action === 'role') {
        const user = (await store.users.list()).find((u) => u.email === email.data);
        if (!user) {
          io.err(`no account for ${email.data}`);
          return 1;
        }
        await store.users.setRole(user.id, role);
        io.out(`${email.data} is now ${role}`);
        return 0;
      }
      const password = passwordSchema.safeParse(await readPassword(`password for ${email.data}: `));
      if (!password.success) {
        io.err(`password ${password.error.issues[0]!.message}`);
        return 1;
      }
      const user = await store.users.create({
        email: email.data,
        name: String(values.name ?? email.data.split('@')[0]),
        role,
        password: password.data,
      });
      io.out(
        `added ${user.email} as ${user.role}${roleAtLeast(role, 'reviewer') ? ' (can review others’ changes)' : ''}`,
      );
      return 0;
    } catch (error) {
      if (error instanceof DuplicateEmailError) {
        io.err(error.message);
        return 1;
      }
      throw error;
    } finally {
      await store.close();
    }
  },
};
