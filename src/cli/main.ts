/**
 * The `rapport` command: thin. It parses arguments, reads input, calls the core and prints.
 * Exit codes (DESIGN.md): 0 no error-level finding, 1 at least one, 2 bad input or usage.
 */
import { InputError } from '../core/errors.ts';
import { HELP, VERSION } from './help.ts';
import { UsageError } from './usage.ts';

type Command = (args: string[]) => Promise<number>;

// Loaded on demand, so that `--help` does not pay for the language model.
const COMMANDS: Record<string, Command> = {
  check: async (args) => (await import('./commands/check.ts')).runCheck(args),
  rewrite: async (args) => (await import('./commands/check.ts')).runRewrite(args),
  cues: async (args) => (await import('./commands/cues.ts')).runCues(args),
  explain: async (args) => (await import('./commands/explain.ts')).runExplain(args),
  serve: async (args) => (await import('./commands/serve.ts')).runServe(args),
  users: async (args) => (await import('./commands/users.ts')).runUsers(args),
  audit: async (args) => (await import('./commands/audit.ts')).runAudit(args),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    throw new UsageError(`unknown command "${name}"; see "rapport --help"`);
  }
  // "rapport check --help" asks for the usage, not a check (options after "--" are arguments).
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  return command(rest);
}

/**
 * Runs one command line and sets `process.exitCode`. Only a problem the user can fix is printed
 * as one line; anything else is a bug and keeps its stack. Two entries call it: bin.ts (the ES
 * module bundle) and snapshot.ts (the V8 startup snapshot).
 */
export function runCli(argv: string[]): Promise<void> {
  // `rapport cues big.jsonl | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`rapport: cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof InputError || error instanceof UsageError) {
        process.stderr.write(`rapport: ${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
      const code = (error as { code?: string }).code;
      if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`rapport: ${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`rapport: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
