/**
 * blunt-request: a bare imperative ("Send me the signed contract.") or an obligation put on the
 * reader ("You must sign today.", "It is necessary to pay") where the reader expects a request to
 * be softened. Common in word-for-word translation from Russian, where an imperative with
 * "please" is an ordinary polite request (Larina 2006).
 */
import type { AnalyzedMessage } from '../analysis.ts';
import { isHighContext } from '../culture/profile.ts';
import { capitalise, inCulture, manyClients, sourcesOf, text } from '../explain/culture-words.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import {
  answeredCues,
  clientName,
  draftCues,
  draftOrders,
  escapeRegExp,
  ownsTriggers,
  PASSIVE_DUTY,
  partyNameWords,
  severityFromScore,
} from './helpers.ts';
import { defineRule, type Finding, type RuleContext, type Severity } from './types.ts';

const OBLIGATION =
  /^(?:you(?:'|’)ll need to|you (?:must|should|shall|have to|need to|will need to)|(?:i|we) need you to|make sure (?:that )?you|be sure to|it(?:'|’)?s (?:necessary|required|mandatory)(?: for you)? to|it is (?:necessary|required|mandatory)(?: for you)? to|you(?: are|'re|’re) (?:required|obliged|expected) to)\s+/i;
// "before we can share the files" is our step, not a deadline; "before you go on leave" is one.
const TIMED =
  /\b(?:(?:by|before|until)\b(?!\s+(?:we|i)\b)|today|tonight|tomorrow|asap|now|immediately|urgently|earliest|this (?:week|month|morning|afternoon|evening)|next week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of)\b/i;

/**
 * Turns an order into a request that keeps what is asked:
 * "Send me the signed contract." -> "Could you send me the signed contract when you get a chance?"
 */
export function softenRequest(sentence: string): string {
  let body = sentence.trim().replace(/[.!]+$/, '');
  // A greeting or a name before the order stays in front: "John, send ..." -> "John, could you send ...".
  const vocative = /^(?:(?:hi|hello|hey|dear)\s+)?\p{Lu}[\p{L}'’-]*,\s*/u.exec(body)?.[0] ?? '';
  body = body.slice(vocative.length);
  body = body
    .replace(/^(?:please|kindly|pls|just)[,]?\s+/i, '')
    .replace(/,?\s+please\b/i, '')
    .replace(OBLIGATION, '');
  const negative = /^(?:do not|don(?:'|’)t|never)\s+/i.exec(body);
  if (negative) body = `make sure not to ${body.slice(negative[0].length)}`;
  body = body.charAt(0).toLowerCase() + body.slice(1);
  const when = TIMED.test(body) ? '' : ' when you get a chance';
  return `${vocative}${vocative ? 'could' : 'Could'} you ${body}${when}?`;
}

/** "Lead time ... is", "Warning goes ...": the trigger heads a noun phrase that a verb follows. */
function copulaAfter(sentence: string, trigger: string): boolean {
  const at = sentence.indexOf(trigger);
  if (at < 0) return false;
  const rest = sentence.slice(at + trigger.length).split(/[,;:!?]/)[0]!;
  const words = rest.trim().split(/\s+/);
  // "Order confirmation will follow today": a modal right after a short noun phrase is the
  // statement's verb too ("Get the PO signed by whoever can sign it" keeps its order).
  const copula = words.findIndex((w) => /^(?:is|are|was|were)$/i.test(w));
  const modal = words.findIndex((w) => /^(?:will|would|shall|can|could|may|might)$/i.test(w));
  // "dispatch to Lagos takes about 10 days": a verb of the third person soon after is the
  // statement's own.
  const finite = words.findIndex((w) =>
    /^(?:takes|costs|lasts|starts|begins|leaves|arrives|ships|runs)$/i.test(w),
  );
  const be = copula > 0 ? copula : modal > 0 && modal <= 2 ? modal : finite > 0 && finite <= 3 ? finite : -1;
  // A pronoun or a conjunction before it starts a clause of its own: "Make sure it is signed",
  // "Make sure the invoice is paid".
  return (
    be > 0 &&
    !words
      .slice(0, be)
      .some((w) =>
        /^(?:it|this|that|they|he|she|we|i|you|there|which|who|if|when|because|what|everything|sure)$/i.test(
          w,
        ),
      )
  );
}

type Kind = 'order' | 'obligation' | 'need' | 'pressing-question';
interface Request {
  start: number;
  end: number;
  kind: Kind;
}
/** "Please find the contract attached", "find enclosed the invoice": how a letter shows an attachment. */
const ATTACHMENT_FORMULA =
  /\b(?:please\s+|kindly\s+)?find\b[^.!?]*\b(?:attached|enclosed|below|herewith|in (?:the )?attachment)\b/i;
/** "Please do the needful", "kindly do it today": an order the tagger reads as an auxiliary. */
const PLEASE_DO =
  /\b(?:please|kindly|pls)\s+do\s+(?!not\b|n['’]t\b|let\b|feel\b|keep\b|reach\b|get in touch\b)/i;
/** The writer's need put on the reader: "We need your decision", "we still need the signed form". */
const NEED =
  /\b(?:we|i)\s+(?:still\s+|really\s+|urgently\s+|absolutely\s+)?need\s+(?:to\s+(?:know|hear|have|get|receive|see)\b|your\b|the\b|it\b|them\b|this\b|that\b|a\b|an\b)/i;
/** A deadline put on the reader ("this week", "by Friday"), not any "by" ("by email"). */
const DEADLINE =
  /\b(?:today|tonight|tomorrow|asap|(?:this|next) week|end of (?:the )?(?:day|week|month)|(?:by|before|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|the end|end|eod|\d))/i;
/** "please note that ...", "be aware that ...": the lead-in a passive duty hides behind; its please softens nothing. */
const NOTE_THAT = /^[^.!?]*?\b(?:note|aware|informed|advised|remember|reminder)\s*(?:that|:)\s*/i;
/**
 * "Let's do a 20-minute call on Tuesday at 10am": a meeting fixed for the reader, a day and hour
 * they were not asked about, is imposed in the form of a joint plan. Asking whether it suits them
 * ("Let's talk Tuesday, does 10 work?", "if that suits you") proposes.
 */
const LETS_FIXED =
  /^\W*(?:(?:ok|okay|so|then|great|good|perfect)\W+)?let(?:'|’)?s\s+(?:do|have|set\s+up|book|schedule|jump\s+on|hop\s+on|get\s+on|meet|talk|speak)\b[^?]*?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h\b)|at\s+\d{1,2}(?:[:.]\d{2})?)\b(?![^?]*\b(?:if|whenever|suits?|works?\s+for\s+you|okay\s+for\s+you|or\s+(?:another|other|any))\b)[^?]*$/i;
/** The client's own talk of a meeting: a fixed slot then answers them. */
const MEETING_TALK = /\b(?:call|meeting|meet|demo|zoom|teams|talk|chat|visit|session)\b/i;
/** A yes/no request to hand something over or commit ("Can you send it ...?") ... */
const PRESSING =
  /^\W*(?:(?:hi|hello|dear|so|ok|okay|then)\b[^,.!?]*[,.!]?\s*)?(?:can|will)\s+you\s+(?:please\s+|kindly\s+|just\s+)?(?:send|confirm|sign|approve|pay|decide|return|provide|share|give|forward|complete|finali[sz]e|commit|transfer|release|place|issue|submit)\b[^?]*\?\s*$/i;
/^\W*(?:(?:hi|hello|dear|so|ok|okay|then)\b[^,.!?]*[,.!]?\s*)?(?:can|will)\s+you\b[^?]*\?\s*$/i;
/** ... pressed for right now. */
const URGENT =
  /\b(?:today|tonight|now|asap|immediately|urgently|right away|at once|at the earliest|end of (?:the )?day|eod)\b/i;
/**
 * "Shout if it isn't", "Please tell me if you see anything strange", "Kindly revert in case ...":
 * asking to hear back only if the reader needs to leaves the choice with them; it is the "let me
 * know if" offer, not an order.
 */
const INVITE_VERB =
  '(?:tell|say|shout|call|ring|write|email|e-mail|ping|revert|contact|message|text|ask|reach out|drop me)';
const CONDITIONAL_INVITE = new RegExp(
  String.raw`^\W*(?:(?:please|kindly|pls|just|and|also)\W+)*${INVITE_VERB}\b[^.!?]*\b(?:if|in case|should|whenever)\b` +
    // "If you have any question, please contact me."; also as the sentence's last clause, after our
    // own step: "I'll send the proforma today; if you need other paperwork, just tell me."
    // "And if at some point it helps, just tell me": a conjunction before the "if" changes nothing.
    String.raw`|(?:^\W*|[;:–—]\s*)(?:(?:and|but|so|also|or)\W+)?(?:if|in case|should|whenever)\b[^.!?;]*,\s*(?:(?:please|kindly|pls|just)\s+)*${INVITE_VERB}\b`,
  'i',
);
/**
 * "When you start planning the restock, just send me the volumes and I will hold press time for
 * you", "If they still weep after three days, send me a photo and we will replace them": asked on
 * a condition of the reader's, to start the writer's own work for them; an offer, not a task.
 */
const CONDITIONAL_OFFER =
  /^\W*(?:(?:and|but|so)\W+)?(?:if|when|whenever|once|should|in\s+case)\b[^.!?;]*,\s*(?:(?:please|kindly|pls|just|simply)\s+)*\w+\b[^.!?;]*\b(?:and|&)\s+(?:i|we)(?:'ll|’ll|\s+(?:will|can|shall|would))\s/i;
/**
 * "Tell Pieter he has excellent taste", "say hi to the team", "give my best to your wife": praise or
 * greetings passed on through the reader, not a task; "tell your boss he needs to sign" still asks.
 */
const PASSED_ON =
  /^\W*(?:(?:please|do|and|also|oh)\W+)*(?:(?:say|send)\s+(?:hi|hello|my\s+(?:best|regards|love|thanks|greetings))|give\s+my\s+(?:best|regards|love|thanks|greetings)|pass\s+on\s+my|tell\s+(?:\p{Lu}[\p{L}'’-]*|your\s+\w+|the\s+\w+|him|her|them|everyone)\s+(?:that\s+)?(?:he|she|they)\b(?![^.!?]*\b(?:need|needs|must|has\s+to|have\s+to|should)\b))/iu;
/**
 * "Kindly confirm if we can book the space", "please advise whether we may ship": the writer asks
 * leave for their own next step, softened; a question put as a request, not a task.
 */
const PERMISSION_ASKED =
  /^\W*(?:(?:please|kindly|pls)\W+)+(?:confirm|advise|let\s+(?:me|us)\s+know)\s+(?:if|whether)\s+(?:we|i)\s+(?:can|may|could|should)\b/i;
/**
 * "Just tell me and I'll arrange it", "say so and we sort it out": the reader's word starts the
 * writer's own work, an offer they are free to leave, not a task put on them.
 */
const OFFER_ON_WORD = new RegExp(
  String.raw`\b(?:${INVITE_VERB}|say\s+so)\s+(?:me|us)?\s*(?:and|&)\s+(?:i|we)(?:(?:'|’)ll|\s+(?:will|can|(?:'|’)d|would|shall))?\s+(?:\w+\s+)?(?:sort|arrange|send|do|take|handle|fix|book|set|prepare|organi[sz]e|change|adjust|reduce|update|get|make|be)\b`,
  'i',
);
/**
 * "Remember the offer ends on 30 May", "keep in mind that prices go up in July": a reminder of a
 * fact tells the reader nothing to do (pressure by a date, if any, is another rule's); "remember
 * to send ..." and "remember the signed copy" still ask.
 */
const FACT_REMINDER =
  /^\W*(?:(?:just|please|and|also|but|so)\W+)*(?:remember|keep\s+in\s+mind|bear\s+in\s+mind)\b(?!\s+to\b)\s+(?:that\s+)?[^.!?,;]*?\b(?:is|are|was|will|ends?|finish(?:es)?|expires?|closes?|runs?\s+out|starts?|goes|go(?:es)?\s+up|can(?:not|'t|’t)?|won(?:'|’)t)\b/i;
/** "Tell me which ...", "tell us what ...": a question in imperative form. */
const TELL_ME_WH =
  /(?:^\W*|[,;:–—]\s*)(?:(?:hi|hello|dear|so|ok|okay|then|and|just)\W+)*(?:\p{Lu}[\p{L}'’-]*,\s*)?tell\s+(?:me|us)\s+(?:which|what|when|where|who|whom|how|whether|if)\b[^.!?]*[.!?]?\s*$/iu;
/** A request that commits the reader (sign, pay, order, decide): "please" with a deadline still presses. */
const COMMITMENT =
  /\b(?:sign|signed|signature|pay|paid|payment|transfer|order|purchase|po|approve|approval|confirm|decide|decision|commit|deposit|contract)\b/i;
/**
 * What commits the reader, without what only checks a fact or tells our own step: "confirm the hose
 * lengths" checks one (the object names what is confirmed: "confirm the order" and "confirm the
 * quantities" still commit, that is what is bought); "we order the pumps on Friday" is the writer's
 * step, the reason for the date.
 */
// The object may come without an article, as in English written without them ("confirm hose
// lengths"), but a bare "confirm by Friday" or "confirm it" confirms the deal.
const DETERMINER = '(?:the|these|those|this|that|your|our|all|both)';
const CHECKS_FACT = new RegExp(
  String.raw`\bconfirm\s+(?=(?:${DETERMINER}\s+|(?!(?:${DETERMINER}|by|before|until|asap|today|tomorrow|now|soon|if|whether|and|or|to|with|in|at|on|for|please|it|them|receipt|order|po)\b)(?=[a-z]))(?!(?:final\s+|exact\s+|total\s+)?(?:quantit|volumes?\b|amounts?\b|number|units?\b|qty)))`,
  'gi',
);
const OUR_STEP =
  /\b(?:we|i)(?:(?:'|’)ll|\s+(?:will|shall|can|then|must|need\s+to|have\s+to))?\s+(?:order|pay|sign|transfer|purchase|approve|decide|confirm|commit)\b/gi;
/** Signing a form ("the KYC form, signed", "sign the customs declaration") is paperwork, not a deal. */
const FORMS = String.raw`(?:forms?|declarations?|questionnaires?|applications?|mandates?|certificates?)\b`;
const FORM_SIGNED = new RegExp(
  String.raw`\bsign(?:ed)?\s+(?=(?:[\w-]+\s+){0,3}${FORMS})|(?<=\b${FORMS}[^.;!?]{0,30})\bsigned\b`,
  'gi',
);
const commits = (sentence: string) =>
  COMMITMENT.test(sentence.replace(OUR_STEP, '').replace(CHECKS_FACT, '').replace(FORM_SIGNED, ''));
/** A deadline that insists: "at the latest", "no later than", "by end of day", "asap". */
const INSISTENT =
  /\b(?:at the latest|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|noon|week|month|\d\w*) latest|no later than|asap|immediately|urgently|right away|end of (?:the )?day|eod|cob)\b/i;
/** "as agreed", "as per the contract", "as you suggested": the deadline is one both sides already hold. */
const AGREED =
  /\bas\s+(?:(?:we\s+)?(?:agreed|discussed|arranged|planned|promised)|per\s+(?:the\s+|our\s+)?(?:contract|agreement|invoice|terms)|(?:agreed|stated|set)\s+in\s+(?:the\s+|our\s+)?(?:contract|agreement|invoice|terms)|you\s+(?:said|mentioned|suggested|proposed|offered|planned))\b/i;
/** The date a request is due by: "by Monday", "before 30 September", "until 18.09". */
const DUE_DATE =
  /\b(?:by|before|until)\s+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,}|[a-z]{3,}\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}[./]\d{1,2})/i;
/**
 * "Please sign it before Friday" to a client who asked for the contract "before Friday, so I can
 * sign it", "please pay by 31 March" when the invoice said "due 31 March": a deadline already set
 * in the thread (or "as agreed") is a reminder of it, not a new demand.
 */
function knownDeadline(ctx: RuleContext, sentence: string): boolean {
  if (AGREED.test(sentence)) return true;
  const due = DUE_DATE.exec(sentence)?.[1];
  if (!due) return false;
  const said = new RegExp(`\\b${escapeRegExp(due).replace(/\s+/g, '\\s+')}\\b`, 'i');
  return ctx.analysis.messages.some((m) => said.test(m.text.text));
}
/** A reason given with a request ("because the plant closes", "so that we can ship"): real softening. */
const GIVES_REASON =
  /\b(?:because|since|as\s+(?:we|the|our|i)|so\s+(?:that\s+)?(?:we|i|you|the)|in\s+order\s+to|to\s+make\s+sure)\b/i;
/**
 * "..., so we don't waste time", "to save time": haste given as the reason explains nothing the
 * reader needs and hints they might waste it; it presses, it does not soften.
 */
const NO_TIME_LOST =
  /\b(?:so\s+(?:that\s+)?(?:we|you|i)\s+(?:don'?t|do\s+not|won'?t|will\s+not|can'?t)\s+(?:waste|lose)|to\s+(?:save|avoid\s+wasting|not\s+waste))\s+(?:\w+\s+)?time\b/gi;
/** A reason given anywhere in the draft, other than haste. */
const givesReason = (draft: string) => GIVES_REASON.test(draft.replace(NO_TIME_LOST, ' '));
/**
 * Why we need it, told beside the order: "We need it for the quote", "our planning closes on
 * Wednesday", "... and we start next week".
 */
const OUR_REASON =
  /\b(?:we|i)\s+need\s+(?:it|this|them|these|those)\b|\bour\s+(?:[\w-]+\s+){0,3}(?:closes?|starts?|begins?|meets?|is|are)\s+(?:on|at|by|before)\b|\band\s+(?:then\s+)?we\s+(?:can\s+)?(?:start|begin|ship|proceed)\b/i;
/** "haha", "Haha deal!", "LOL", an emoji: banter, no order (laughter capitalised at a sentence start too). */
const BANTER = /\b(?:haha\w*|hehe\w*|lol)\b|\p{Extended_Pictographic}/iu;
/**
 * Words of a business request: advice without them ("You should play professionally") is no order.
 * Handing something over ("you need to provide the forecast") is business whatever the thing is.
 */
const BUSINESS =
  // Money moved to us is business too ("You must transfer the advance", "you have to wire the
  // deposit"), not a change of planes ("you must transfer in Frankfurt").
  /\btransfer\b(?!\s+(?:at|in|through|via)\b)|\b(?:deposit|prepayment|wire|remit|contract|order|invoice|pay|payment|sign|signed|confirm|decide|decision|send|provide|submit|review|approve|buy|purchase|quote|proposal|offer|po|document|documents|deadline|price|reply|respond|answer|upgrade|renew|book|schedule)\b/i;

/**
 * A task on the reader's systems or work ("You have to fix the timeout in your server", "you must
 * update the firmware"): an obligation about work, not advice about their life.
 */
const WORK_TASK =
  /\b(?:fix|correct|change|update|configure|install|reinstall|set\s+up|adjust|increase|reduce|lock|finish|finali[sz]e|register|upload|migrate|whitelist|enable|disable|restart|reset|deploy|implement)\b/i;

/** "otherwise the connector stops", "Yes, you must ...": the reader's own interest, or their own question answered. */
const READER_INTEREST =
  /\botherwise\s+(?!(?:we|i|our|my)\b)|^\W*(?:\p{Lu}[\p{L}'’-]*,\s*)?(?:yes|yeah|yep)\b/iu;

/**
 * The obligation serves the writer's side ("..., otherwise we can't activate your accounts", "so
 * that we can start"): a demand, whatever it is about. "You need to renew the certificate,
 * otherwise the connector stops" is advice in the reader's own interest.
 */
const FOR_OUR_SAKE =
  /\botherwise\s+(?:we|i)\b|\bor\s+(?:else\s+)?(?:we|i)\s+(?:can(?:no|'|’)?t|cannot|won(?:'|’)t|will\s+not)\b|\bso\s+(?:that\s+)?(?:we|i)\s+can\b/i;

/**
 * "Please don't worry about the order now", "Don't rush", "don't feel you need to reply quickly": a
 * prohibition that lifts a burden off the
 * reader gives them leave; it asks nothing of them.
 */
const RELIEF =
  /^\W*(?:(?:please|kindly|pls|and|so|but)\W+)*(?:do\s+not|don(?:'|’)t|never)\s+(?:\w+\s+)?(?:worry|think\s+about|hurry|rush|stress|apologi[sz]e|bother|feel\s+(?:obliged|bad|pressured|rushed|(?:like\s+)?you\s+(?:need|have|must)))\b/i;
/**
 * "Keep the receipt for the warranty", "Restart the router first, then the light should turn
 * green": an instruction that says what it does for the reader serves them; it orders nothing.
 */
const READER_BENEFIT =
  /\bfor\s+(?:the|your)\s+(?:warranty|guarantee|records?|reference|safety)\b|\bthen\s+(?:it|the\s+\w+|you|everything)\s+(?:should|will)\b|\bto\s+(?:avoid|prevent|protect|extend|keep\s+(?:the|your)\s+(?:warranty|guarantee))\b|\bbefore\s+(?:first\s+)?(?:use|using|cleaning|installing|installation|charging|switching)\b|\bso\s+(?:that\s+)?(?:you|it|the\s+\w+)\s+(?:can|will|won(?:'|’)t|doesn(?:'|’)t)\b|\bjust\s+in\s+case\b/i;
/**
 * "Send the booking whenever you're ready", "at your convenience", "whenever you have the figures,
 * just send them over": the reader sets the pace.
 */
const READER_PACE =
  /\b(?:whenever|when)\s+you(?:'re|’re|\s+are)\s+ready\b|\bat\s+your\s+(?:convenience|leisure|own\s+pace)\b|\bin\s+your\s+own\s+time\b|\bno\s+rush\b|\bwhenever\s+(?:it\s+)?suits\s+you\b|\bwhen(?:ever)?\s+you\s+(?:get|have|find)\s+(?:a\s+)?(?:sec|second|moment|minute|mo|chance)\b|\bwhenever\s+you(?:'ve|’ve)?\s+(?:have|get|got|know|hear|receive|decide|finish)\b|\bwhen\s+you\s+have\s+(?:it|them|the\s+\w+)\b/i;
/**
 * "Check your inbox", "see attached": where to find what the client asked for, a courtesy ("Check
 * the attached file" asks for a review, and stays a request).
 */
const POINTER =
  /\b(?:check|see)\s+(?:your|the)\s+(?:inbox|e-?mail|mail|mailbox|spam(?:\s+folder)?|junk(?:\s+folder)?)\b|\bsee\s+(?:the\s+)?(?:attached|attachment|enclosed|below|above|link\s+below)\b/i;
/**
 * "How can I reset the password?", "Any idea?", "Can you send a checklist of what our IT team must
 * prepare?", "kindly advise how we proceed to place the order": the client asked how to do
 * something, and the steps that answer it are instructions, not orders.
 */
const ASKS_HOW =
  /\bhow\s+(?:can|do|should|could|would)\s+(?:i|we)\b|\b(?:do|does|should|must)\s+(?:i|we)\s+(?:\w+\s+)?(?:need|have)\s+to\b|\b(?:checklist|instructions|step-by-step)\b|\bwhat\s+(?:\w+\s+){0,3}(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?:\w+\s+){0,3}(?:prepare|do|provide|set\s+up|install|configure|bring)\b|\bhow\s+to\b|\bany\s+(?:idea|ideas|tips|advice|suggestions?)(?:\s*\?|\s+(?:how|on\s+how)\b)|\bwhat\s+(?:should|can|do)\s+(?:i|we)\s+do\b|\bwhat\s+do\s+you\s+(?:suggest|recommend|advise)\b|\banything\s+(?:we|i)\s+should\s+(?:watch|know|look\s+out|be\s+aware|check|do|prepare)\b/i;

/**
 * "Could you share what you need from us to start?", "What documents are required?": the client
 * asked for the list, and plain steps that give it ("1. Send the floor plan. 2. Share the site
 * contact.") answer; an obligation ("You must ... until Friday") or a deadline still presses.
 */
const ASKS_NEEDS =
  /\b(?:what|which)\s+(?:\w+\s+){0,2}(?:(?:do|would|will)\s+)?you\s+(?:need|require)\b|\b(?:what|which)\s+(?:\w+\s+){0,2}(?:is|are|else\s+is)\s+(?:needed|required)\b/i;

/**
 * "Please write us step by step what we must do", "May I know the steps and documents required?",
 * "What exactly do we need to do from our side?": the client asked for the procedure itself, so a
 * list of its steps (sign, pay, send) is the answer they asked for, not orders (dev labels, rd15).
 */
const ASKS_STEPS =
  /\bsteps?\b(?!\s+(?:in|out|down|back|up|aside)\b)|\bprocedures?\b|\bwhat\s+(?:\w+\s+){0,2}(?:do|must|should|shall|have\s+to)\s+(?:i|we)\s+(?:\w+\s+){0,2}(?:do|prepare|provide|send|submit)\b|\bwhat\s+(?:\w+\s+){0,2}do\s+you\s+need\s+from\s+(?:us|me|our\s+side)\b|\b(?:documents?|papers?|paperwork)\s+(?:\w+\s+){0,3}(?:required|needed)\b/i;
/** "ok read them.", "done, read it": the writer reports having read what was sent. */
const READ_DONE =
  /^\W*(?:ok(?:ay)?|done|so|alright|right)[,!.]?\s+read\s+(?:them|it|those|these|both|all)\s*[.!]?\s*$/i;
/** "Can we add contractors ...?", "could I export it as CSV?": whether the client may do something. */
const CAN_WE = /(?:^|\W)(?:can|could|may)\s+(?:we|i)\b/i;
/** "yes, add them with the Guest role": a yes, then how. */
const YES_THEN_HOW = /^\W*(?:yes|yep|yeah|sure|absolutely|of\s+course)\b/i;
/** "Then send a test reminder", "After that, restart the app": the next step in a sequence. */
const NEXT_STEP = /^\W*(?:then|after\s+that|next|and\s+then|once\s+done)\b/i;
/** A line of a numbered or bulleted list: "1. Sign the agreement", "- Send the logo", "Step 2: ...". */
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-•*–]|step\s+\d+\s*[:.)-]?)[ \t]+\S/i;
/** The line the order starts on is an item of a list of two or more in the draft. */
function inStepList(draft: string, at: number): boolean {
  const lines = draft.split('\n');
  if (lines.filter((l) => LIST_ITEM.test(l)).length < 2) return inRunInList(draft, at);
  const from = at + (/^\s*/.exec(draft.slice(at))?.[0].length ?? 0);
  const line = draft.slice(draft.lastIndexOf('\n', from - 1) + 1).split('\n')[0]!;
  return LIST_ITEM.test(line);
}

/** A number that opens a list item inside running text: the "2. " of "1. Sign it. 2. Pay." */
const RUN_IN_ITEM = /(?:^|[\s:;])(\d{1,2})[.)][ \t]+(?=\S)/g;
/**
 * The same list pasted as one paragraph ("Here are the steps: 1. Sign the form. 2. Pay the
 * deposit."): items numbered 1, 2, ... in a row, the order inside them (up to the end of the last
 * item's sentence). A date or an amount ("until 20.10.", "30 %") never starts such a run.
 */
function inRunInList(draft: string, at: number): boolean {
  const items: number[] = [];
  for (const m of draft.matchAll(RUN_IN_ITEM)) {
    const n = Number(m[1]);
    if (n === items.length + 1) items.push(m.index! + m[0].length);
    else if (n === 1) items.splice(0, items.length, m.index! + m[0].length);
  }
  if (items.length < 2) return false;
  const last = items.at(-1)!;
  const end = /[.!?](?=\s|$)/.exec(draft.slice(last));
  return at >= items[0]! && at < (end ? last + end.index + 1 : draft.length);
}

/**
 * "went offline again!! help", "Please help urgently", "can you help us?": the client asked for
 * help with a problem, and the steps that give it (restart, check, tell me what you see) instruct.
 */
const ASKS_HELP =
  /\b(?:please|pls|kindly)\s+help\b|\b(?:can|could|would)\s+you\s+(?:please\s+)?help\s+(?:me|us)\b|\bneed\s+(?:your\s+|some\s+)?help\b|(?:^|[.!?,]\s*)help\W*$/im;

/**
 * The client messages the draft still works on: those it answers and, past the rep's clarifying
 * questions ("On it. Are you at the store now?"), the request that started the exchange.
 */
function stillWorkedOn(ctx: RuleContext): AnalyzedMessage[] {
  const found: AnalyzedMessage[] = [];
  for (const m of [...ctx.analysis.messages].reverse()) {
    if (m.author.role === 'client') found.push(m);
    // "I'll send you the exact list tomorrow": a holding reply leaves the client's question open.
    else if (!m.text.text.trim().endsWith('?') && !HOLDING_REPLY.test(m.text.text)) break;
  }
  return found;
}

/** "great, 1 June is doable. I'll send you the exact list after our internal check tomorrow." */
const HOLDING_REPLY =
  /\b(?:i|we)(?:'ll|’ll|\s+will)\s+(?:send|share|get\s+back|come\s+back|revert|prepare)\b[^.!?]*\b(?:list|details|steps|requirements|answer|tomorrow|shortly|soon|today)\b/i;
/** "If Wednesday is tight, tell me early and we can split the upload": the date bends to the reader. */
const FLEXIBLE_DATE =
  /\bif\s+[^.?!]{0,30}\b(?:tight|difficult|hard|not\s+possible|a\s+problem|too\s+soon)\b/i;

/**
 * The client writes in short notes with no greeting ("Need specs + price for 3 units. Today if
 * possible.", "ta. whitelist needed?"): their own style outranks the country (eval/README), and a
 * plain next step in the same register is no breach. Two notes at least: one may be a rushed day.
 */
function writesTersely(ctx: RuleContext): boolean {
  const own = ctx.analysis.messages.filter((m) => m.author.role === 'client');
  const words = (m: AnalyzedMessage) =>
    m.text.tokens.filter((t) => !['PUNCT', 'SPACE', 'SYM'].includes(t.pos)).length;
  const courteous = (m: AnalyzedMessage) =>
    m.cues.some((c) => (c.type === 'greeting' || c.type === 'gratitude') && c.confidence >= 0.6);
  // "We appreciate your patience." is short but courteous; a terse client also writes plainly.
  const plain = (m: AnalyzedMessage) =>
    m.cues.some(
      (c) => ['imperative', 'negative-evaluation', 'direct-start'].includes(c.type) && c.confidence >= 0.8,
    );
  return own.length >= 2 && own.every((m) => words(m) <= 25 && !courteous(m)) && own.some(plain);
}

/**
 * The message the draft answers gives a bare order of its own ("ok. send PI.", "Call me at 10."),
 * with no please, hedge or thanks: a plain next step back is the client's own register, whatever
 * their country (eval/README: a client's own style outranks the country).
 */
function ordersBarely(ctx: RuleContext): boolean {
  return ctx.analysis.answered.some((m) => {
    const soft = m.cues.filter((c) => (c.type === 'please' || c.type === 'hedge') && c.confidence >= 0.6);
    return (
      !m.cues.some((c) => c.type === 'gratitude' && c.confidence >= 0.6) &&
      m.cues.some(
        (o) =>
          o.type === 'imperative' &&
          o.confidence >= 0.85 &&
          ownsTriggers(m.text.text, o) &&
          !soft.some((c) => c.start < o.end && o.start < c.end),
      )
    );
  });
}

/** "Can you send it today?" -> "Could you send it today, if possible?" */
export function softenQuestion(sentence: string): string {
  const body = sentence.trim().replace(/\?+$/, '');
  return `${body.replace(/\b(?:can|will) you\b/i, (m) => (m[0] === 'C' || m[0] === 'W' ? 'Could you' : 'could you'))}, if possible?`;
}

/** "before we send prices", "then we prepare the offer": our own step beside the order. */
const OWN_STEP_CLAUSE = /\b(?:(?:before|after|once|when|until|then|and|so)\s+)?(?:we|i)\s+[^,;.!?]*/gi;
/**
 * The things (noun lemmas) a span names; with `ordered`, only those in what the reader is told to
 * do, not in our own step beside it.
 */
function thingsIn(text: AnalyzedText, start: number, end: number, ordered = false): string[] {
  const own: [number, number][] = ordered
    ? [...text.text.slice(start, end).matchAll(OWN_STEP_CLAUSE)].map((m) => [
        start + m.index!,
        start + m.index! + m[0].length,
      ])
    : [];
  return text.tokens
    .filter(
      (t) =>
        t.start >= start &&
        t.end <= end &&
        (t.pos === 'NOUN' || t.pos === 'PROPN') &&
        !own.some(([a, b]) => t.start >= a && t.end <= b),
    )
    .map((t) => t.lemma.toLowerCase())
    .map((w) => (MEETING.test(w) ? 'meeting' : w));
}
/** A meeting by any name: "a short meeting" asked for, "join the call" ordered. */
const MEETING = /^(?:call|meeting|meet|session|demo|appointment|zoom|teams|webex|video|visit)$/;

/** How much the reader's culture softens requests: -2 bare imperatives are normal .. +2 heavily softened. */
function readerSoftening(ctx: RuleContext): number {
  // Unknown culture: in English business writing a softened request is the safe middle.
  return ctx.readerCulture?.rapport.requestSoftening.value ?? 0;
}

function why(ctx: RuleContext) {
  const w = ctx.writerCulture;
  const r = ctx.readerCulture;
  const name = clientName(ctx);
  const writerPlain = (w?.rapport.requestSoftening.value ?? 0) <= -1;
  const softening = readerSoftening(ctx);
  const writer = writerPlain
    ? text(
        `${capitalise(inCulture(w, 'en'))} a request in the imperative, often with "please", is an ordinary polite way to ask; translated word for word into English, it keeps the form and loses the politeness.`,
        `${capitalise(inCulture(w, 'ru'))} просьба в повелительном наклонении, часто с «пожалуйста», — обычный вежливый способ попросить; дословно переведённая на английский, она сохраняет форму, но теряет вежливость.`,
      )
    : text(
        'A short, direct request can feel clear and efficient.',
        'Короткая прямая просьба может казаться ясной и деловой.',
      );
  const reader = text(
    [
      softening >= 1
        ? `${manyClients(r, 'en')} expect a request to be asked, not told ("Could you ...?", "when you get a chance"); a bare imperative or "you must" can read as an order from a boss rather than a request from a partner.`
        : `${manyClients(r, 'en')} are used to plain requests, so this is unlikely to offend; in English, a softer form is still the safe choice.`,
      ctx.client.direct ? `${name} writes plain requests too, which makes this matter less.` : '',
    ],
    [
      softening >= 1
        ? `${manyClients(r, 'ru')} ожидают, что их попросят, а не укажут («Could you ...?», «when you get a chance»); голый императив или «you must» может прочитаться как распоряжение начальника, а не просьба партнёра.`
        : `${manyClients(r, 'ru')} привыкли к прямым просьбам, так что вряд ли обидятся; но по-английски мягкая форма всё равно надёжнее.`,
      ctx.client.direct ? `${name} и сам пишет прямые просьбы, так что это менее важно.` : '',
    ],
  );
  const sources = sourcesOf(
    r?.rapport.requestSoftening.sources,
    writerPlain ? w?.rapport.requestSoftening.sources : [],
    ['BROWN87'],
  );
  return { why: { writer, reader }, sources };
}

export default defineRule({
  meta: {
    id: 'blunt-request',
    defaultSeverity: 'warning',
    scope: 'draft',
    docs: {
      summary: {
        en: 'A bare imperative or "you must" request without softening, for a reader who expects softening.',
        ru: 'Просьба в голом повелительном наклонении или с «you must», без смягчения, для читателя, который ждёт смягчения.',
      },
      details: {
        en: 'In English business writing a request is usually asked rather than told: "Could you send me the contract when you get a chance?" rather than "Send me the contract." Imperatives with "please" are polite in Russian and read as orders in English. Severity rises with how much the reader\'s culture softens requests and with an obligation ("you must", "it is necessary"), and falls when the client writes plain requests too; an imperative with "please" is flagged only as a suggestion, when it asks for a commitment (sign, pay, order, decide) by a deadline or insists on its deadline ("at the latest", "by end of day"); a plain deadline with "please" is left alone for a reader whose culture does not especially soften requests (Finland, Sweden). Asking to hear back only if needed ("Call me if anything looks odd") is an offer, and banter ("Tell me everything haha") no order. A statement of need with a deadline ("We need to know this week") presses a new contact too, and a yes/no request pressed for today ("Can you send it today?") a reader who softens the most; between partners of some weeks an order is at most a warning. A reader who takes plain requests in stride still hears a bare order pressed for today or now ("Send me the access now") as a push, a suggestion. Advice about the reader’s own life ("You should play professionally!") is no request. Conventional formulas ("Let me know", "Have a nice day", "Please find attached") are not orders. A "please" request in a reply that turns from the client\'s news to business is left to the rule that names that turn (ignored-disclosure, abrupt-pivot, bad-news-pitch); a bare order there is still flagged. The fix turns the order into a question that asks the same thing.',
        ru: 'В английской деловой переписке о просьбе обычно спрашивают, а не указывают: «Could you send me the contract when you get a chance?», а не «Send me the contract.» Повелительное наклонение с «пожалуйста» вежливо по-русски и звучит как приказ по-английски. Серьёзность растёт с тем, насколько культура читателя смягчает просьбы, и с обязыванием («you must», «it is necessary») и снижается, если клиент сам пишет прямые просьбы; императив с «please» отмечается только как подсказка — если он со сроком просит об обязательстве (подписать, оплатить, заказать, решить) или настаивает на сроке («at the latest», «by end of day»); простой срок с «please» не отмечается для читателя, в чьей культуре просьбы не принято особо смягчать (Финляндия, Швеция). Просьба отозваться, только если нужно («Call me if anything looks odd»), — предложение, а шутка («Tell me everything haha») — не распоряжение. Заявление о потребности со сроком («We need to know this week») тоже давит на нового контакта, а вопрос «да/нет» со сроком «сегодня» («Can you send it today?») — на читателя, который смягчает просьбы сильнее всего; между партнёрами, знакомыми несколько недель, приказ — не более чем предупреждение. Даже читатель, спокойно принимающий прямые просьбы, слышит в голом приказе «сегодня» или «сейчас» («Send me the access now») нажим — это рекомендация. Совет о личной жизни читателя («You should play professionally!») — не просьба. Устойчивые формулы («Let me know», «Have a nice day», «Please find attached») — не приказы. Просьба с «please» в ответе, который уходит от новости клиента к делу, остаётся за правилом, которое называет этот переход (ignored-disclosure, abrupt-pivot, bad-news-pitch); голый приказ там отмечается всё равно. Исправление превращает приказ в вопрос о том же.',
      },
    },
    sources: ['LAR06', 'LITLAR23', 'BROWN87'],
  },
  check(ctx) {
    const softening = readerSoftening(ctx);
    const draft = ctx.draft;
    const stage = ctx.relationship.stage;
    const familiar = stage === 'friendly' || stage === 'close';
    // Softeners inside the same sentence ("if possible", "when you get a chance") already ask.
    const softened = (c: { start: number; end: number }) =>
      draftCues(ctx, 'hedge', 0.6).some((h) => h.start >= c.start && h.end <= c.end);
    const names = partyNameWords(ctx);
    const askedHow =
      ctx.analysis.answered.some((m) =>
        m.cues.some((q) => q.type === 'question' && ASKS_HOW.test(m.text.text.slice(q.start, q.end))),
      ) || stillWorkedOn(ctx).some((m) => ASKS_HELP.test(m.text.text));
    const askedNeeds = stillWorkedOn(ctx).some((m) => ASKS_NEEDS.test(m.text.text));
    const askedCanWe = ctx.analysis.answered.some((m) =>
      m.cues.some((q) => q.type === 'question' && CAN_WE.test(m.text.text.slice(q.start, q.end))),
    );
    // The sentence before this one asked with "please" or "kindly" (the please cue).
    const pleases = draftCues(ctx, 'please');
    const pleasedBefore = (at: number) => {
      const i = draft.text.sentences.findIndex((s) => s.start <= at && at < s.end);
      const before = i > 0 ? draft.text.sentences[i - 1]! : undefined;
      return before !== undefined && pleases.some((p) => p.start >= before.start && p.end <= before.end);
    };
    const askedSteps = stillWorkedOn(ctx).some((m) => ASKS_STEPS.test(m.text.text));
    const requests: Request[] = draftOrders(ctx, 0.8)
      .filter((c) => !softened(c))
      .flatMap((c): Request[] => {
        const sentence = draft.text.text.slice(c.start, c.end);
        const triggers = c.triggers ?? [];
        // "Please find the invoice attached" is the letter's formula for an attachment, not an order.
        if (ATTACHMENT_FORMULA.test(sentence)) return [];
        // "Hi Josh, the holiday was lovely": a name read as a verb orders nothing.
        if (triggers.length > 0 && triggers.every((t) => names.has(t.toLowerCase()))) return [];
        // "You should play professionally!", "Next time you must try the seafood place!": advice or
        // a recommendation about the reader's own life is no request; obligations about business are.
        const advice = triggers.every((t) =>
          /^you (?:should|must|have to|need to|will need to|(?:'|’)ll (?:have|need) to)$/i.test(t),
        );
        // A task on the reader's systems counts unless its reason is their own ("otherwise the
        // connector stops", "yes: you need to ..." answering their own question).
        const workTask = WORK_TASK.test(sentence) && !READER_INTEREST.test(sentence);
        // A deadline makes "need to" or "must" a duty, not advice: "You need to get us the final
        // specs by Friday" (not "you should have them by Friday", nor a deadline in their interest).
        const dutyByDate =
          DEADLINE.test(sentence) &&
          !READER_INTEREST.test(sentence) &&
          triggers.some((t) => /\b(?:must|need to|have to)$/i.test(t));
        if (advice && !BUSINESS.test(sentence) && !workTask && !FOR_OUR_SAKE.test(sentence) && !dutyByDate)
          return [];
        // "Tell me everything haha": banter about the reader's life orders nothing (over-familiar's
        // concern, if any).
        if (BANTER.test(sentence) && !BUSINESS.test(sentence)) return [];
        if (CONDITIONAL_INVITE.test(sentence) || PERMISSION_ASKED.test(sentence)) return [];
        if (
          CONDITIONAL_OFFER.test(sentence) &&
          !COMMITMENT.test(sentence) &&
          !DEADLINE.test(sentence) &&
          !URGENT.test(sentence)
        )
          return [];
        if (PASSED_ON.test(sentence)) return [];
        if (triggers.every((t) => /^(?:remember|keep|bear)$/i.test(t)) && FACT_REMINDER.test(sentence))
          return [];
        if (
          triggers.every((t) => /^(?:tell|say|call|write|ping|shout|ask)$/i.test(t)) &&
          OFFER_ON_WORD.test(sentence)
        )
          return [];
        // "Tell me which week.", "Tell us what size you need": a question put in the imperative
        // (eval/README, settled: an information request in imperative form is a question); the
        // reader answers it, they do no task.
        if (triggers.every((t) => /^tell$/i.test(t)) && TELL_ME_WH.test(sentence)) return [];
        // "Sorry you had to deal with that again": a past obligation tells what happened, asks nothing.
        if (triggers.length > 0 && triggers.every((t) => /^you (?:had|needed) to$/i.test(t))) return [];
        if (RELIEF.test(sentence) || READER_PACE.test(sentence)) return [];
        // "ok read them.": the writer's own report, in the past tense "read" shares with the order.
        if (READ_DONE.test(sentence)) return [];
        // "Send them immediately, otherwise the container stays in port at your cost" threatens.
        if (
          READER_BENEFIT.test(sentence) &&
          !COMMITMENT.test(sentence) &&
          !FOR_OUR_SAKE.test(sentence) &&
          !DEADLINE.test(sentence) &&
          !URGENT.test(sentence)
        )
          return [];
        // "W-8BEN went out this morning, check your inbox" points to what was asked for.
        if (
          triggers.length > 0 &&
          // "Do check the spam folder": the emphatic "do" of Indian English.
          triggers.every((t) => /^(?:check|see|do)$/i.test(t)) &&
          POINTER.test(sentence)
        )
          return [];
        // The procedure the client asked for, laid out as steps, is its answer, signing and paying
        // included; an obligation ("you must") or an insistent deadline ("at the latest") still presses.
        if (
          askedSteps &&
          inStepList(draft.text.text, c.start) &&
          !triggers.some((t) => /\s/.test(t)) &&
          (!INSISTENT.test(sentence) || FLEXIBLE_DATE.test(draft.text.text))
        )
          return [];
        // Steps answering the client's own "how do I ...?" or "help!" instruct; a commitment (sign,
        // pay) still asks. "What do you need from us?" invites the request, not an order (dev labels).
        if (askedHow && !COMMITMENT.test(sentence)) return [];
        // "can we add contractors without a seat?" -> "yes, add them with the Guest role": the yes
        // to their own "can we", and how, instruct.
        if (askedCanWe && YES_THEN_HOW.test(sentence) && !COMMITMENT.test(sentence)) return [];
        // "Please go to Settings and click Re-authorise. Then send a test reminder ...": the next step
        // of a request already asked with "please".
        if (NEXT_STEP.test(sentence) && pleasedBefore(c.start) && !DEADLINE.test(sentence)) return [];
        if (
          askedNeeds &&
          !triggers.some((t) => /\s/.test(t)) &&
          // "Confirm the power supply" checks a fact; "confirm the order" still commits.
          !commits(sentence.replace(/\bconfirm\b/i, '')) &&
          !DEADLINE.test(sentence)
        )
          return [];
        // "Deal, December it is": a verb on its own before a comma is an exclamation.
        if (
          triggers.length === 1 &&
          new RegExp(`^\\W*(?:\\w+\\W+)?${escapeRegExp(triggers[0]!)}\\s*,(?!\\s*please)`, 'i').test(sentence)
        )
          return [];
        // "Lead time for 12 units is 6 weeks": a first word followed by the clause's own "is" is
        // the subject of a statement, not a verb giving an order.
        if (triggers.length === 1 && copulaAfter(sentence, triggers[0]!)) return [];
        const should = triggers.every((t) => /^you should$/i.test(t));
        return [
          { start: c.start, end: c.end, kind: c.confidence >= 0.9 && !should ? 'obligation' : 'order' },
        ];
      });
    // What the imperative cue does not see: "Please do the needful", a statement of need with a
    // deadline ("We need to know this week"), a yes/no request pressed for today. Right after the
    // client's bad news, an indirect or "please" request presses by its timing: bad-news-pitch's.
    const afterBadNews = answeredCues(ctx, 'bad-news', 0.8).length > 0;
    for (const sentence of draft.text.sentences) {
      if (requests.some((q) => q.start < sentence.end && sentence.start < q.end) || softened(sentence))
        continue;
      const kind: Kind | undefined = PLEASE_DO.test(sentence.text)
        ? 'order'
        : NEED.test(sentence.text) &&
            DEADLINE.test(sentence.text) &&
            !familiar &&
            softening >= 1 &&
            !afterBadNews
          ? 'need'
          : PRESSING.test(sentence.text) && URGENT.test(sentence.text) && softening >= 2
            ? 'pressing-question'
            : undefined;
      if (kind) {
        requests.push({ start: sentence.start, end: sentence.end, kind });
        continue;
      }
      if (PASSIVE_DUTY.test(sentence.text)) {
        const lead = NOTE_THAT.exec(sentence.text)?.[0].length ?? 0;
        const at = sentence.start + (PASSIVE_DUTY.exec(sentence.text.slice(lead)) ? lead : 0);
        requests.push({ start: at, end: sentence.end, kind: 'obligation' });
      } else if (
        LETS_FIXED.test(sentence.text) &&
        softening >= 0 &&
        !ctx.analysis.answered.some((m) => MEETING_TALK.test(m.text.text))
      )
        requests.push({ start: sentence.start, end: sentence.end, kind: 'order' });
    }
    if (requests.length === 0) return [];
    const terse = writesTersely(ctx) || ordersBarely(ctx);
    // The client asked for this step themselves ("could we have a short call this week?" answered
    // by "Join the call on Thursday at 10."): the order names a thing the client's own ask named.
    // Asking for prices is no ask for the licence we demand before sending them.
    const asks = answeredCues(ctx, 'business-ask', 0.6);
    const askedFor = new Set(asks.flatMap(({ message, cue }) => thingsIn(message.text, cue.start, cue.end)));
    const clientAsked = (order: Request) =>
      thingsIn(draft.text, order.start, order.end, true).some((w) => askedFor.has(w));
    const { why: reasons, sources } = why(ctx);
    const name = clientName(ctx);
    // The whole sentence around an order: its cue may end at the comma before "otherwise ...".
    const sentenceOf = (order: Request) =>
      draft.text.sentences
        .filter((x) => x.start < order.end && order.start < x.end)
        .map((x) => x.text)
        .join(' ');
    return requests.flatMap((order): Finding[] => {
      const sentence = draft.text.text.slice(order.start, order.end);
      const obligation = order.kind === 'obligation';
      const withPlease = draftCues(ctx, 'please').some((p) => p.start >= order.start && p.end <= order.end);
      const timed = TIMED.test(sentence) || /\bat the earliest\b/i.test(sentence);
      // Right after the client's bad news a bare order is blunt for any reader (eval/README,
      // settled: bad-news-pitch names the timing, blunt-request the form).
      const bareAfterBadNews = afterBadNews && !withPlease;
      // A reader who takes plain requests in stride still hears a bare order pressed for today or
      // now ("Send me the DPA now") as a push (dev labels: a suggestion at least).
      const bareAndUrgent = !withPlease && URGENT.test(sentence);
      if (softening <= -1 && !obligation && !bareAfterBadNews && !bareAndUrgent) return [];
      if (terse && !obligation && !bareAfterBadNews) return [];
      // "please" softens an order enough, even for a reader who softens requests the most (dev
      // labels: none of four such requests was flagged); a commitment with a deadline ("please
      // sign and return it by Friday") still presses a little, a routine step ("please send the
      // files by Wednesday") does not.
      if (withPlease && !obligation) {
        // An insistent deadline ("until Monday latest", "by end of day") presses whatever is asked.
        // A deadline the thread already set ("as agreed", the client's own "before Friday") reminds.
        // A plain deadline on a please-request is ordinary business for a reader from a low-context
        // culture that does not especially soften requests (Finland, Sweden); insisting on it
        // ("at the latest") presses them too.
        const plainReader = softening <= 0 && (ctx.readerCulture?.style.context.value ?? 0) < 0;
        const pressed =
          (timed && commits(sentence) && !knownDeadline(ctx, sentence) && !plainReader) ||
          INSISTENT.test(sentence);
        if (!(pressed && softening >= 0) || afterBadNews) return [];
      }
      let severity: Severity;
      if (softening <= -1) severity = bareAfterBadNews ? 'warning' : 'suggestion';
      else if (withPlease && !obligation) severity = 'suggestion';
      else {
        const score =
          Math.max(softening, 0) +
          (order.kind === 'pressing-question' ? 0 : withPlease ? -1 : 1) +
          (obligation ? 1 : 0) +
          (ctx.client.direct ? -1 : 1);
        severity = severityFromScore(score, 4, 2);
        // Partners of some weeks read an order as haste, not as contempt: a risk, not a breach. And
        // an order breaches more than courtesy only where meaning lives in how things are said
        // (high-context readers: Japan, Korea, China); a British or Mexican reader who softens
        // requests hears it as rude, a risk to fix, not a breach (Meyer 2014, communicating scale).
        const highContext = isHighContext(ctx.readerCulture);
        // Beside a blunt verdict in the same reply ("Your calculation is wrong. Send us the correct
        // data by Thursday."), the breach is the verdict's, which blunt-disagreement rates; the
        // order that follows it is a risk, not a second breach.
        const verdict = draftCues(ctx, 'negative-evaluation', 0.8).length > 0;
        if ((familiar || !highContext || verdict) && severity === 'error') severity = 'warning';
        // A bare order with a deadline to a new contact from a high-context, hierarchical culture
        // (Japan, Korea) is a breach, whatever else the profile says (eval/README, settled); a
        // reason given for it ("because", "so that", "otherwise your ...") is real softening and
        // keeps it a warning.
        if (
          highContext &&
          stage === 'new' &&
          !withPlease &&
          !verdict &&
          order.kind !== 'pressing-question' &&
          timed &&
          !givesReason(draft.text.text) &&
          !OUR_REASON.test(draft.text.text) &&
          // "..., otherwise the demo units miss your trade show": what the reader loses is a reason too.
          !READER_INTEREST.test(sentenceOf(order)) &&
          !clientAsked(order)
        )
          severity = 'error';
      }
      return [
        {
          ruleId: 'blunt-request',
          severity,
          message: {
            en: `"${sentence.trim()}" reads as an order; ${name} may expect to be asked.`,
            ru: `«${sentence.trim()}» звучит как распоряжение; клиент (${name}) скорее ждёт просьбы.`,
          },
          span: { start: order.start, end: order.end },
          evidence: [],
          why: reasons,
          fix: {
            action: 'replace',
            span: { start: order.start, end: order.end },
            text: order.kind === 'pressing-question' ? softenQuestion(sentence) : softenRequest(sentence),
          },
          confidence: obligation ? 0.9 : order.kind === 'order' ? 0.85 : 0.75,
          sources,
        },
      ];
    });
  },
});
