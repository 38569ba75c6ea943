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
