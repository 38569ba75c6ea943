import type { safetyAttentionNl } from './safety-attention.ts'

/** The English texts, with the same keys as the Dutch ones in ./safety-attention.ts (the type says so). */
export const safetyAttentionEn: typeof safetyAttentionNl = {
  title: 'Safety',
  intro: 'In these households safety asks something of you.',
  empty: 'There are no open signals in your households.',
  openSignals_one: '{{count}} open signal',
  openSignals_other: '{{count}} open signals',
  overdue: 'safety picture overdue for {{names}}',
  trajectory: 'meldcode: next step {{step}} ({{days}} days under way)',
  trajectoryDecide: 'meldcode: ready for a decision',
}
