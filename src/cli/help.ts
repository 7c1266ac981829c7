import pkg from '../../package.json';

export const VERSION = pkg.version;

export const HELP = `rapport ${VERSION}: catch what a client from another culture will likely read as cold, rude or pushy.

Usage:
  rapport check FILE [options]     check the draft reply in a thread
  rapport rewrite FILE [options]   print only the suggested reply
  rapport cues [FILE|-]            JSON Lines in ({"id","text"}), cues and politeness out
  rapport explain RULE_ID          what a rule looks for and why (--lang ru for Russian)
  rapport audit PATH... --me ID    check every rep reply in files and folders (--format json|csv|html)
  rapport serve [options]          the HTTP API (see /v1/openapi.json); local only until users exist
  rapport users add NAME --role rep|lead | list | token NAME | remove NAME   API users and tokens

Options for check and rewrite:
  --draft-text TEXT        check this text as the draft (replaces the thread's draft)
  --format FORMAT          stylish (default), json or sarif
  --lang LANG              en (default) or ru: the language of explanations
  --writer CC, --reader CC override the rep's or the client's country (ISO 3166-1 alpha-2)
  --now ISO                the time of checking (default: the draft's time)
  --me NAME|EMAIL|PHONE    in an email or chat export: which participant is you (the rep)
  --contacts FILE          countries of people in exports (default: rapport.contacts.json)
  --columns MAP            CSV columns, e.g. "from=Sender,text=Body,at=Date,thread=Ticket"

Options for serve (and users):
  --db PATH|URL            SQLite file (default ./rapport.db, or $RAPPORT_DB) or postgres://...
  --host H, --port N       where to listen (default 127.0.0.1:8787)
  --rate-limit N           requests per minute per token (default 600)
  --max-body BYTES, --max-messages N   request limits (default 1 MiB, 2000)

FILE is thread JSON, a transcript (.txt), email (.eml, .mbox), a WhatsApp chat (.txt),
a Telegram export (result.json), a Slack export folder or a CSV (LinkedIn messages.csv,
any with --columns); see README.
Exit codes: 0 no errors, 1 errors found, 2 bad input or usage.
Everything runs locally: nothing leaves this machine.
`;
