import type { sharingBasisNl } from './sharing-basis.ts'

/** The English texts, with the same keys as the Dutch ones in ./sharing-basis.ts (the type says so). */
export const sharingBasisEn: typeof sharingBasisNl = {
  legend: 'On what basis do you share?',
  consent: 'With consent',
  meldcode: 'On the basis of a report to Veilig Thuis (right to report)',
  meldcodeHint:
    'This is only for sharing with Veilig Thuis, once the report is recorded in the meldcode; consent is then not needed.',
  reportLabel: 'Which report',
  noReport: 'No report to Veilig Thuis is recorded for this household yet. Record it in the meldcode first.',
  goToMeldcode: 'Go to the meldcode',
  report: 'Report of {{date}}, reference {{reference}}',
  basisConsent: 'Consent',
  basisMeldcode: 'Report to Veilig Thuis of {{date}}, reference {{reference}} (right to report)',
  basisMeldcodeUnknown: 'Report to Veilig Thuis (right to report)',
  allowed: 'The report is recorded. Sharing with Veilig Thuis is allowed without consent (right to report).',
  notAllowed: 'This cannot be shared: no report to Veilig Thuis is recorded.',
  notAllowedNext:
    'Record the report in the meldcode first (step 5). Then look again at what will be recorded.',
  refusedNothingSaved:
    'Nothing was saved. Record the report in the meldcode first, then look again at what will be recorded.',
}
