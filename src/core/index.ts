/** The browser-safe engine: everything a CLI, a server or a web page needs, with no I/O. */
export { type AnalysisCache, type AnalyzedMessage, type AnalyzedThread, analyzeThread } from './analysis.ts';
export { type CheckOptions, check, type Report, type ReportFinding, withDraft } from './check.ts';
export { CUE_TYPES, type Cue, type CueType, detectCues } from './cues/index.ts';
export { normaliseCountry } from './culture/country.ts';
export { allProfiles, type CultureProfile, knownCultures, profileFor, SOURCES } from './culture/profile.ts';
export { InputError } from './errors.ts';
export { RULES, ruleById } from './rules/index.ts';
export { type Finding, type Lang, RULE_IDS, type Rule, type RuleId, type Severity } from './rules/types.ts';
export { analyze } from './text/analyze.ts';
export type { Message, Participant, Thread } from './thread.ts';
export { parseThread } from './thread-schema.ts';
