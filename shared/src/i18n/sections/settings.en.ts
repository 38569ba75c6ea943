import type { settingsNl } from './settings.ts'

/** The English texts, with the same keys as the Dutch ones in ./settings.ts (the type says so). */
export const settingsEn: typeof settingsNl = {
  navLabel: 'Settings',
  title: 'Settings',
  intro: 'Settings for the whole municipality.',
  safetyTitle: 'Picture of safety',
  maxAgeLabel: 'Number of days after which the picture of safety is out of date (with open signals)',
  maxAgeHint:
    'While there are open signals, every member needs a picture of their safety no older than this. Between 1 and 365 days.',
  readingTitle: 'Unusual reading',
  readingLabel: 'Signal for unusual reading: more than … different households within an hour',
  readingHint:
    'When one member of staff opens more different households within an hour than this number, the administrator gets a signal to look at. Between 5 and 1000.',
  retentionTitle: 'Retention periods',
  retentionIntro:
    'A file is kept until this many years after its last change. After that it is put on the list to delete.',
  retentionMinorLabel: 'Retention of files with a minor (years, Youth Act: 20)',
  retentionMinorHint:
    'For a file that includes a child or young person under 18. The Youth Act requires 20 years. Between 1 and 100 years.',
  retentionOtherLabel: 'Retention of other files (years)',
  retentionOtherHint: 'For all other files. Between 1 and 100 years.',
  rangeError: 'Enter a whole number from {{min}} to {{max}}.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'The settings have been saved.',
}
