/**
 * A plain transcript a person can paste (README, "Input: transcript"):
 *
 *   # comments and blank lines are ignored
 *   [2026-09-02 14:00] John Carter (client, US): I took my family ...
 *   a line that is not a message line continues the previous message
 *   [draft] Marina (rep, RU): So, do you want to buy our product?
 *
 * A participant's role and country are given at their first line; later lines may use just the name.
 */
import { normaliseCountry } from '../core/culture/country.ts';
import { InputError } from '../core/errors.ts';
import type { Message, Participant, Role, Thread } from '../core/thread.ts';
import { parseThread } from '../core/thread-schema.ts';
import { uniqueId } from './ids.ts';

const EXAMPLE = '"[2026-09-02 14:00] John Carter (client, US): text"';

// [stamp] Name (details): text  - the stamp and the details are optional.
const MESSAGE_LINE =
  /^(?:\[(?<stamp>[^\]]*)\]\s*)?(?<name>[^\s[\]():#][^[\]():]*?)\s*(?:\((?<details>[^()]*)\))?\s*:(?:\s|$)(?<text>.*)$/;
const DRAFT_STAMP = /^draft\b\s*(?<rest>.*)$/i;
const TIMESTAMP =
  /^(?<date>\d{4}-\d{2}-\d{2})(?:[ T](?<hm>\d{2}:\d{2})(?<sec>:\d{2}(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether `text` looks like a transcript: its first meaningful line is a message line with a stamp or a role. */
export function looksLikeTranscript(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (!first) return false;
  const match = MESSAGE_LINE.exec(first.trim());
  if (!match?.groups) return false;
  const { stamp, details } = match.groups;
  return (
    (stamp !== undefined && (DRAFT_STAMP.test(stamp) || TIMESTAMP.test(stamp.trim()))) ||
    (details !== undefined && parseRole(details) !== undefined)
  );
}

/**
 * A transcript timestamp as ISO 8601: a date alone stays a date; a time without a zone is read as UTC.
 * Returns undefined when `stamp` is not a real date (and time).
 */
export function transcriptTimestamp(stamp: string): string | undefined {
  const match = TIMESTAMP.exec(stamp.trim());
  if (!match?.groups) return undefined;
  const { date, hm, sec, zone } = match.groups;
  const iso = hm ? `${date}T${hm}${sec ?? ':00'}${zone ?? 'Z'}` : date!;
  const parsed = new Date(hm ? iso : `${date}T00:00:00Z`);
  // Date accepts "2026-02-31" and rolls it over; a real date survives the round trip.
  if (Number.isNaN(parsed.getTime()) || (!zone && parsed.toISOString().slice(0, 10) !== date))
    return undefined;
  if (hm && (Number(hm.slice(0, 2)) > 23 || Number(hm.slice(3, 5)) > 59)) return undefined;
  return iso;
}

function parseRole(details: string): { role: Role; country?: string } | undefined {
  const [role, country, ...rest] = details.split(',').map((part) => part.trim());
  const normalised = role?.toLowerCase();
  if ((normalised !== 'client' && normalised !== 'rep') || rest.length > 0) return undefined;
  return { role: normalised, country: country || undefined };
}

interface Entry {
  message: Message;
  line: number;
  isDraft: boolean;
}

export function parseTranscript(raw: string, file: string): Thread {
  const participants = new Map<string, Participant>(); // by name, case-insensitive
  const entries: Entry[] = [];
  let pendingBlank = false;
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const at = `${file}: line ${lineNumber}`;
    const line = rawLine.trimEnd();
    if (line.trim() === '') {
      pendingBlank = entries.length > 0;
      return;
    }
    if (line.trimStart().startsWith('#')) return;

    const match = MESSAGE_LINE.exec(line.trim());
    const groups = match?.groups;
    const known = groups && participants.get(groups.name!.toLowerCase());
    const role = groups?.details !== undefined ? parseRole(groups.details) : undefined;
    // A line is a message line when it has a stamp, a role, or starts with a known name.
    const isMessageLine = groups && (groups.stamp !== undefined || role !== undefined || known);
    if (!groups || !isMessageLine) {
      const previous = entries.at(-1);
      if (!previous)
        throw new InputError(`${at}: expected a message line such as ${EXAMPLE}, got ${quote(line)}`);
      previous.message.text += (previous.message.text ? (pendingBlank ? '\n\n' : '\n') : '') + line.trim();
      pendingBlank = false;
      return;
    }
    pendingBlank = false;

    const name = groups.name!.trim();
    if (groups.details !== undefined && !role)
      throw new InputError(
        `${at}: expected the role and country after the name, such as "(client, US)" or "(rep, RU)", got "(${groups.details})"`,
      );

    let isDraft = false;
    let stamp = groups.stamp?.trim();
    const draftMark = stamp === undefined ? undefined : DRAFT_STAMP.exec(stamp);
    if (draftMark) {
      isDraft = true;
      stamp = draftMark.groups!.rest!.trim() || undefined;
    }
    let timestamp: string | undefined;
    if (stamp) {
      timestamp = transcriptTimestamp(stamp);
      if (!timestamp)
        throw new InputError(
          `${at}: expected a timestamp such as [2026-09-02], [2026-09-02 14:00] or [2026-09-02T14:00:00Z], or [draft], got [${groups.stamp}]`,
        );
    }

    const participant = known ?? addParticipant(participants, name, role, at);
    if (known && role) {
      if (known.role !== role.role)
        throw new InputError(
          `${at}: ${quote(name)} was given as ${known.role} earlier, here as ${role.role}; a participant has one role`,
        );
      const country = role.country && checkCountry(role.country, at);
      if (country && known.culture && known.culture !== country)
        throw new InputError(
          `${at}: ${quote(name)} was given country ${known.culture} earlier, here ${country}`,
        );
      if (country) known.culture = country;
    }

    const previous = entries.at(-1);
    if (previous?.isDraft)
      throw new InputError(
        `${at}: the draft (line ${previous.line}) must be the last message, but another message follows it`,
      );
    if (isDraft && participant.role !== 'rep')
      throw new InputError(
        `${at}: the draft must be written by the rep, but ${quote(participant.name)} is a client`,
      );
    const message: Message = { from: participant.id, text: groups.text!.trim() };
    if (timestamp) message.at = timestamp;
    entries.push({ message, line: lineNumber, isDraft });
  });

  for (const entry of entries)
    if (entry.message.text === '')
      throw new InputError(`${file}: line ${entry.line}: expected the message text after the colon`);

  const draft = entries.at(-1)?.isDraft ? entries.pop()!.message : undefined;
  const thread = {
    participants: [...participants.values()],
    messages: entries.map((entry) => entry.message),
    ...(draft ? { draft } : {}),
  };
  if (thread.participants.length === 0)
    throw new InputError(`${file}: the transcript is empty: expected message lines such as ${EXAMPLE}`);
  // The schema checks what is left to check for any thread (a rep and a client, a non-empty thread).
  return parseThread(thread, file);
}

function addParticipant(
  participants: Map<string, Participant>,
  name: string,
  role: { role: Role; country?: string } | undefined,
  at: string,
): Participant {
  if (!role)
    throw new InputError(
      `${at}: first line of ${quote(name)}: expected the role and country after the name, such as "${name} (client, US): ..."`,
    );
  const taken = new Set([...participants.values()].map((p) => p.id));
  const participant: Participant = { id: uniqueId(name, taken), name, role: role.role };
  if (role.country) participant.culture = checkCountry(role.country, at);
  participants.set(name.toLowerCase(), participant);
  return participant;
}

function checkCountry(value: string, at: string): string {
  const code = normaliseCountry(value);
  if (!code)
    throw new InputError(
      `${at}: expected an ISO 3166-1 alpha-2 country code such as "US" or "RU", got ${quote(value)}`,
    );
  return code;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
