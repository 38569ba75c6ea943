/** i18n for sharingBasis: Dutch first; English has the same keys (checked in ../en.ts). */
export const sharingBasisNl = {
  legend: 'Op grond waarvan deelt u?',
  consent: 'Met toestemming',
  meldcode: 'Op grond van een melding bij Veilig Thuis (meldrecht)',
  meldcodeHint:
    'Dit is alleen voor delen met Veilig Thuis, nadat de melding in de meldcode is vastgelegd; toestemming is dan niet nodig.',
  reportLabel: 'Welke melding',
  noReport:
    'Bij dit huishouden is nog geen melding bij Veilig Thuis vastgelegd. Leg die eerst vast in de meldcode.',
  goToMeldcode: 'Naar de meldcode',
  report: 'Melding van {{date}}, kenmerk {{reference}}',
  basisConsent: 'Toestemming',
  basisMeldcode: 'Melding Veilig Thuis van {{date}}, kenmerk {{reference}} (meldrecht)',
  basisMeldcodeUnknown: 'Melding Veilig Thuis (meldrecht)',
  allowed: 'De melding is vastgelegd. Delen met Veilig Thuis mag zonder toestemming (meldrecht).',
  notAllowed: 'Dit kan niet gedeeld worden: er is geen melding bij Veilig Thuis vastgelegd.',
  notAllowedNext:
    'Leg de melding eerst vast in de meldcode (stap 5). Bekijk daarna opnieuw wat er wordt vastgelegd.',
  refusedNothingSaved:
    'Er is niets opgeslagen. Leg eerst de melding vast in de meldcode en bekijk daarna opnieuw wat er wordt vastgelegd.',
}
