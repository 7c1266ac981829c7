/**
 * `rapport users add NAME --role rep|lead`, `users list`, `users token NAME [--revoke-others]`,
 * `users remove NAME` (each with `--db`). A token is printed once; only its hash is stored.
 */
import { parseArgs } from 'node:util';
import { openStore, StoreError } from '../../store/index.ts';
import { oneOf, UsageError } from '../usage.ts';
import { dbLocation } from './serve.ts';

const USAGE =
  'usage: rapport users add NAME --role rep|lead [--team T] | list | token NAME [--revoke-others] | remove NAME [--db PATH|URL]';

export async function runUsers(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      role: { type: 'string' },
      team: { type: 'string' },
      'revoke-others': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [action, name, ...extra] = positionals;
  if (!action || !['add', 'list', 'token', 'remove'].includes(action))
    throw new UsageError(`users: expected add, list, token or remove; ${USAGE}`);
  if (extra.length > 0) throw new UsageError(`users ${action}: unexpected argument "${extra[0]}"; ${USAGE}`);
  if (action !== 'list' && (!name || name.trim() === ''))
    throw new UsageError(`users ${action}: expected a user NAME; ${USAGE}`);
  if (action === 'list' && name) throw new UsageError(`users list: unexpected argument "${name}"`);
  const role = action === 'add' ? oneOf('role', values.role, ['rep', 'lead'] as const, 'rep') : undefined;
  if (action === 'add' && values.role === undefined)
    throw new UsageError('users add: expected --role rep or --role lead');
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(dbLocation(values.db));
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(`users: ${error.message}`);
    throw error;
  }
  try {
    switch (action) {
      case 'add': {
        const { user, token } = await store.addUser(name!.trim(), role!, values.team?.trim() || 'default');
        process.stdout.write(`${token}\n`);
        process.stderr.write(
          `rapport: added ${user.role} "${user.name}" (team ${user.team}); the token above is shown only once\n`,
        );
        return 0;
      }
      case 'token': {
        const token = await store.issueToken(name!, values['revoke-others'] ?? false);
        process.stdout.write(`${token}\n`);
        return 0;
      }
      case 'remove': {
        if (!(await store.removeUser(name!))) throw new UsageError(`users remove: no user named "${name}"`);
        process.stderr.write(`rapport: removed "${name}"; their tokens no longer work\n`);
        return 0;
      }
      default: {
        for (const u of await store.listUsers())
          process.stdout.write(
            `${u.name}\t${u.role}\t${u.team}\t${u.tokens} token${u.tokens === 1 ? '' : 's'}\t${u.createdAt}\n`,
          );
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(`users ${action}: ${error.message}`);
    throw error;
  } finally {
    await store.close();
  }
}
