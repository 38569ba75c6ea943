/** i18n for the safety part of the worker's "Vandaag": Dutch first; English has the same keys. */
export const safetyAttentionNl = {
  title: 'Veiligheid',
  intro: 'In deze huishoudens vraagt veiligheid iets van u.',
  empty: 'Er zijn geen open signalen in uw huishoudens.',
  openSignals_one: '{{count}} open signaal',
  openSignals_other: '{{count}} open signalen',
  overdue: 'zicht op veiligheid verouderd voor {{names}}',
  trajectory: 'meldcode: volgende stap {{step}} ({{days}} dagen bezig)',
  trajectoryDecide: 'meldcode: klaar voor een besluit',
}

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
