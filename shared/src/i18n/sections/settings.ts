/** i18n for settings: Dutch first; English has the same keys (checked in ../en.ts). */
export const settingsNl = {
  navLabel: 'Instellingen',
  title: 'Instellingen',
  intro: 'Instellingen die voor de hele gemeente gelden.',
  safetyTitle: 'Zicht op veiligheid',
  maxAgeLabel: 'Aantal dagen waarna zicht op veiligheid verouderd is (bij open signalen)',
  maxAgeHint:
    'Zolang er open signalen zijn, moet van ieder gezinslid een beeld van de veiligheid zijn dat niet ouder is dan dit. Tussen 1 en 365 dagen.',
  readingTitle: 'Ongewoon lezen',
  readingLabel: 'Signaal bij ongewoon lezen: meer dan … verschillende huishoudens binnen een uur',
  readingHint:
    'Opent één medewerker binnen een uur meer verschillende huishoudens dan dit aantal, dan krijgt de beheerder een signaal om te bekijken. Tussen 5 en 1000.',
  retentionTitle: 'Bewaartermijnen',
  retentionIntro:
    'Een dossier wordt bewaard tot dit aantal jaren na de laatste wijziging. Daarna komt het op de lijst om te verwijderen.',
  retentionMinorLabel: 'Bewaartermijn dossiers met een minderjarige (jaren, Jeugdwet: 20)',
  retentionMinorHint:
    'Voor een dossier waarin een kind of jongere onder 18 jaar voorkomt. De Jeugdwet schrijft 20 jaar voor. Tussen 1 en 100 jaar.',
  retentionOtherLabel: 'Bewaartermijn overige dossiers (jaren)',
  retentionOtherHint: 'Voor alle andere dossiers. Tussen 1 en 100 jaar.',
  rangeError: 'Vul een heel getal in van {{min}} tot en met {{max}}.',
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  saved: 'De instellingen zijn opgeslagen.',
}

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
