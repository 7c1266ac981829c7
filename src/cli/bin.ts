/** The `rapport` command as an ES module (dist/cli.js): used when no startup snapshot fits this Node. */
import { runCli } from './main.ts';

void runCli(process.argv.slice(2));
