/** i18n for settings: Dutch first; English has the same keys (checked in ../en.ts). */
export const settingsNl = {
  navLabel: 'Instellingen',
  title: 'Instellingen',
  intro: 'Instellingen die voor de hele gemeente gelden.',
  safetyTitle: 'Zicht op veiligheid',
  maxAgeLabel: 'Aantal dagen waarna zicht op veiligheid verouderd is (bij open signalen)',
  maxAgeHint:
    'Zolang er open signalen zijn, moet van ieder gezinslid een beeld van de veiligheid zijn dat niet ouder is dan dit. Tussen 1 en 365 dagen.',
  rangeError: 'Vul een heel getal in van 1 tot en met 365.',
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  saved_one: 'Opgeslagen. Zicht op veiligheid is nu verouderd na {{count}} dag.',
  saved: 'Opgeslagen. Zicht op veiligheid is nu verouderd na {{count}} dagen.',
}

export const settingsEn: typeof settingsNl = {
  navLabel: 'Settings',
  title: 'Settings',
  intro: 'Settings for the whole municipality.',
  safetyTitle: 'Picture of safety',
  maxAgeLabel: 'Number of days after which the picture of safety is out of date (with open signals)',
  maxAgeHint:
    'While there are open signals, every member needs a picture of their safety no older than this. Between 1 and 365 days.',
  rangeError: 'Enter a whole number from 1 to 365.',
  save: 'Save',
  saving: 'Saving…',
  saved_one: 'Saved. The picture of safety is now out of date after {{count}} day.',
  saved: 'Saved. The picture of safety is now out of date after {{count}} days.',
}
