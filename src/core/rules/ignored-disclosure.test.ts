import { runRuleCases } from '../testing/rule-tester.ts';
import { c, r } from '../testing/thread-builder.ts';
import rule from './ignored-disclosure.ts';

runRuleCases(rule, {
  valid: [
    {
      name: 'acknowledges the trip before business',
      history: [
        c('Thanks for the demo.'),
        r('You are welcome.'),
        c('Sorry for the silence, we spent a week at the lake with the kids.'),
      ],
      draft:
        'Welcome back! I hope the kids had a great time at the lake. When would be a good time to continue?',
    },
    {
      name: 'business use of family words',
      history: [c('We are evaluating your family of products for our warehouse.')],
      draft: 'Here is the price list for the whole range.',
    },
  ],
  invalid: [
    {
      name: 'founding case shape, different words',
      history: [
        c('Hi Marina, can you send pricing?'),
        r('Hello, attached.'),
        c('Thanks! By the way, my daughter just started kindergarten, so mornings are crazy.'),
        r('Good.'),
        c('Sorry for being quiet, we flew to Florida with the kids for spring break.', 170),
      ],
      draft: 'So, are you ready to sign the contract?',
      severity: 'error',
      evidenceIncludes: 'Florida',
      fixIncludes: 'glad',
    },
  ],
});
