import type { portalSafetyNl } from './portal-safety.ts'

/** The English texts, with the same keys as the Dutch ones in ./portal-safety.ts (the type says so). */
export const portalSafetyEn: typeof portalSafetyNl = {
  title: 'Agreements to keep things safe at home',
  intro:
    'This is what we agreed together, so that everyone at home is safe. Do you have a question? Call or e-mail your neighbourhood coach.',
  agreementsTitle: 'What we agreed',
  agreementsEmpty: 'No agreements have been written down yet.',
  who: 'Who keeps an eye on it',
  how: 'How',
  when: 'When we look at it again',
  howItGoes: 'How it is going',
  status: {
    agreed: 'Agreed',
    kept: 'This is working',
    not_kept: 'This did not work',
    ended: 'This agreement no longer applies',
  },
  goalHeading: 'Goal: {{text}}',
  worryTitle: 'What we are worried about',
  worryEmpty: 'This has not been written down yet. Your neighbourhood coach will talk about it with you.',
  scaleTitle: 'How safe is it now?',
  scaleExplain: '0 is not safe at all, 10 is safe enough.',
  scaleSideBySide:
    'Everyone gives their own score. We put the scores side by side and talk together about the differences.',
  parties: {
    household: 'Your family',
    worker: 'Your neighbourhood coach',
    network: 'People around you',
  },
  score: '{{score}} out of 10',
  scoreNone: 'No score yet',
  scoreWhoWhen: '{{who}}, on {{date}}',
}
