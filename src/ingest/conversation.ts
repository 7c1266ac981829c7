/**
 * What an export gives before we know who is who: authors as the source names them (a display
 * name, an address, a phone number), and no roles. `people.ts` turns it into a Thread.
 */

export interface Author {
  name?: string;
  email?: string;
  phone?: string;
}

export interface SourceMessage {
  author: Author;
  /** ISO 8601. */
  at?: string;
  text: string;
  /** Where it is in the source, for messages a person can find: "line 12", "message 3". */
  place: string;
}

export interface Conversation {
  /** A name for the conversation in messages to the user: a subject, a chat name. */
  title?: string;
  messages: SourceMessage[];
}

/** How to read an export: who the rep is, and where cultures come from. */
export interface LoadOptions {
  /** The rep, by name or email or phone (`--me`); several when the rep appears differently in different exports. */
  me?: string | readonly string[];
  /** A contacts file (`--contacts`); else rapport.contacts.json beside the input or in the working directory. */
  contacts?: string;
  /** CSV column mapping (`--columns "from=Sender,text=Body,at=Date"`). */
  columns?: string;
  /** The draft is given apart (`--draft-text`): keep every message as history. */
  draftGiven?: boolean;
  /** Things the user should know that are not errors: guessed cultures, skipped broken messages. */
  onNote?: (note: string) => void;
}
