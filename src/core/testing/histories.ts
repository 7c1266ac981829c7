/** Thread histories shared by rule case tables. */
import { c, type Line, r } from './thread-builder.ts';

/**
 * Weeks of friendly business contact in which the client has already opened up twice: the stage at
 * which ignoring their news or pivoting past it hurts most.
 */
export const FRIENDLY_HISTORY: readonly Line[] = [
  c('Hi, thanks for the intro call. Could you send the deck?'),
  r('Of course, the deck is attached.'),
  c(
    'Great, the team liked it. We are in Denver this week for my nephew’s wedding, so replies may be slow.',
    72,
  ),
  r('Thank you, no problem at all.'),
  c('Back at my desk. The pilot scope looks right to me.', 96),
  r('Glad to hear it. I will prepare the pilot plan.'),
  c('My daughter just learned to ride a bike, so weekends are busy, ha. The plan looks good.', 120),
  r('Thank you. Here is the final pilot plan.'),
  c('Looks good, I will share it with finance.', 96),
  r('Thank you, I am here if they have questions.'),
  c('Finance signed off on the pilot budget.', 120),
  r('Wonderful news, thank you.'),
];
