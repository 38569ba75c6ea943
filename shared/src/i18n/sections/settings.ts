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
