import type { indicatorsNl } from './indicators.ts'

/** The English texts, with the same keys as the Dutch ones in ./indicators.ts (the type says so). */
export const indicatorsEn: typeof indicatorsNl = {
  navLabel: 'Figures and stories',
  title: 'Figures and stories',
  intro:
    "Five fixed figures of the team per quarter, next to the three quarters before it, and the team's stories (vertelpunten): what the team learned, in its own words. Figures tell how often; the stories tell why.",
  quarterLabel: 'Quarter',
  quarterName: 'quarter {{n}} of {{year}}',
  quarterShort: 'Q{{n}} {{year}}',
  asOfRunning: 'The quarter is still running: the figures are as of {{date}}.',
  asOfEnded: 'The figures are as of the end of the quarter, {{date}}.',
  figuresTitle: 'Figures',
  names: {
    firstAppointment: 'Time to the first appointment',
    planAgreed: 'Plans the household agrees with',
    safetyPicture: 'Open households with a current picture of safety',
    reopened: 'Re-opened within six months',
    supportLength: 'Length of support',
  },
  definitions: {
    firstAppointment:
      'Median number of days between a request and making the first appointment, for requests received in the quarter.',
    planAgreed:
      'Households with a new plan version in the quarter whose newest plan at the end of the quarter has the agreement of at least one member.',
    safetyPicture:
      'Open households on the reference day where every member has a picture of their safety at most {{days}} days old.',
    reopened:
      'Of the closings in the twelve months up to the end of the quarter: how many were re-opened within six months (183 days).',
    supportLength:
      'Median number of days from the start of support (first assignment, or re-opening) to the closing, for closings in the quarter.',
  },
  days_one: '{{value}} day',
  days: '{{value}} days',
  percent: '{{value}}%',
  noFigure: 'No figure',
  noFigureShort: 'no figure',
  nothingToCount: 'There was nothing to count this quarter.',
  basis: {
    firstAppointment_one: 'over {{count}} request with an appointment',
    firstAppointment: 'over {{count}} requests with an appointment',
    planAgreed_one: '{{part}} of {{count}} household',
    planAgreed: '{{part}} of {{count}} households',
    safetyPicture_one: '{{part}} of {{count}} open household',
    safetyPicture: '{{part}} of {{count}} open households',
    reopened_one: '{{part}} of {{count}} closing',
    reopened: '{{part}} of {{count}} closings',
    supportLength_one: 'over {{count}} closing',
    supportLength: 'over {{count}} closings',
  },
  withinFiveDays: 'Within 5 days: {{percent}} ({{part}} of {{count}})',
  withinFiveDaysNone: 'Within 5 days: no figure',
  withinFiveDaysHint:
    'Of the requests with an appointment or whose five days passed without one; closed requests without an appointment do not count.',
  trendTitle: 'Compared with the previous quarters',
  trendItem: '{{quarter}}: {{value}}',
  narrativesTitle: 'Stories (vertelpunten)',
  narrativesIntro:
    "Short stories about the team's practice: what went well, what chafed, what the team will do differently. A story is about the work, not about one household.",
  narrativesEmpty: 'No stories have been written for this quarter yet.',
  writtenBy: '{{name}}, {{date}}',
  formTitle: 'Write a story for {{quarter}}',
  titleLabel: 'Title',
  textLabel: 'Story',
  noNames: 'Do not name residents.',
  textHint:
    'Tell about the practice, not about a case. No details by which someone could be recognised either, such as an address, a school or an age.',
  submit: 'Save story',
  saving: 'Saving…',
  saved: 'Story saved.',
  exportButton: 'Export as CSV',
  exportHint:
    "A file for Excel with this quarter's figures and those of the three quarters before it, and this quarter's stories.",
  csv: {
    fileName: 'figures-and-stories-{{quarter}}.csv',
    heading: 'Figures and stories',
    asOf: 'Reference day {{date}}',
    quarter: 'Quarter',
    indicator: 'Figure',
    value: 'Value',
    unit: 'Unit',
    part: 'Count',
    total: 'Of',
    definition: 'Definition',
    days: 'days (median)',
    percent: 'percent',
    withinFiveDays: 'First appointment within 5 days',
    title: 'Title',
    text: 'Story',
    writtenBy: 'Written by',
    writtenAt: 'Written on',
  },
  errors: {
    quarterFormat: 'Choose a quarter in the form 2026-Q4.',
    quarterInFuture: 'This quarter has not begun yet.',
  },
}
