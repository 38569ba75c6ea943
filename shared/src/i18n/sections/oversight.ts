/** i18n for oversight (issue 11): Dutch first; English has the same keys (checked in ../en.ts). */
export const oversightNl = {
  /** How one emergency access stands, in the staff lists. */
  status: {
    active: 'Loopt nog',
    expired: 'Afgelopen',
    endedOn: 'Beëindigd op {{date}}',
  },
  /** The columns of a list of emergency accesses (team and administrator). */
  accessColumns: {
    who: 'Wie',
    household: 'Huishouden',
    householdTeam: 'Team van het huishouden',
    reason: 'Reden',
    started: 'Begonnen',
    until: 'Tot',
    status: 'Status',
  },
  noTeam: 'Geen team',
  /** "Noodtoegang": the worker's and supervisor's page to open a file outside their own work. */
  emergency: {
    title: 'Noodtoegang',
    intro:
      'Noodtoegang is voor een dringende situatie bij een huishouden dat niet bij uw werk hoort: u kunt het dossier dan toch openen, maar alleen lezen en hoogstens 24 uur.',
    introWho:
      'Uw teamleider en de functioneel beheerder zien dat u het deed en waarom, en het huishouden ziet in zijn eigen overzicht dat u het dossier opende.',
    findTitle: 'Huishouden zoeken op adres',
    findHint: 'U zoekt op het precieze adres, niet op naam. Zo kan niemand door de dossiers bladeren.',
    postcode: 'Postcode',
    postcodeHint: 'Bijvoorbeeld 1234 AB.',
    houseNumber: 'Huisnummer',
    houseNumberHint: 'Alleen het nummer, zonder toevoeging.',
    find: 'Huishouden zoeken',
    finding: 'Bezig met zoeken…',
    resultsTitle: 'Gevonden op dit adres',
    noResults:
      'Op dit adres staat geen huishouden bij het wijkteam. Kijk of de postcode en het huisnummer kloppen.',
    team: 'Team: {{team}}',
    alreadyAccessible: 'U heeft al toegang.',
    toHousehold: 'Naar het huishouden',
    choose: 'Dit huishouden kiezen',
    chosen: 'Gekozen',
    startTitle: 'Noodtoegang tot {{name}}',
    startWhat:
      'U kunt het dossier 24 uur lezen. Wijzigen kan niet. U kunt de noodtoegang eerder beëindigen als u klaar bent.',
    reason: 'Waarom is het dringend?',
    reasonHint:
      'Schrijf in een hele zin waarom het nu nodig is. Uw teamleider en de functioneel beheerder lezen dit.',
    start: 'Dossier openen met noodtoegang',
    starting: 'Bezig met openen…',
    chooseOther: 'Ander huishouden kiezen',
  },
  /** The banner at the top of a household page opened with emergency access. */
  banner: {
    heading: 'U kijkt met noodtoegang, tot {{until}}. Alleen lezen.',
    reason: 'Uw reden: {{reason}}',
    seen: 'Uw teamleider, de functioneel beheerder en het huishouden zien dat u dit dossier opende.',
    end: 'Noodtoegang beëindigen',
    ending: 'Bezig met beëindigen…',
  },
  /** Links to the emergency-access page from where a household was not found. */
  notFoundHint: 'Hoort dit huishouden niet bij uw werk en is het dringend?',
  searchHint: 'Niet gevonden en is het dringend?',
  link: 'Noodtoegang',
  /** The supervisor's list of emergency access in and into the team. */
  team: {
    title: 'Noodtoegang in uw team',
    intro:
      'Hier staat wanneer iemand van uw team een dossier opende met noodtoegang, en wanneer iemand van buiten uw team dat deed bij een huishouden van uw team. Met de reden die diegene gaf.',
    empty:
      'Nog geen noodtoegang. Niemand van uw team heeft een dossier met noodtoegang geopend, en niemand opende zo een dossier van uw team.',
    overviewLink: 'Noodtoegang in het team',
  },
  /** The administrator's security page: unusual reading and all emergency access, without case content. */
  security: {
    navLabel: 'Beveiliging',
    title: 'Beveiliging',
    intro:
      'Hier ziet u wie ongewoon veel huishoudens opende en wie een dossier opende met noodtoegang. Er staat geen inhoud van dossiers op deze pagina.',
    signalsTitle: 'Ongewoon leesgedrag',
    signalsIntro:
      'Een signaal verschijnt als iemand binnen een uur meer verschillende huishoudens opent dan de grens uit de instellingen. Daar kan een goede reden voor zijn. Vraag het na en zet het signaal daarna op gezien.',
    signalsEmpty: 'Geen signalen. Niemand heeft ongewoon veel huishoudens geopend.',
    person: 'Wie',
    role: 'Rol',
    team: 'Team',
    detectedAt: 'Wanneer',
    what: 'Wat',
    status: 'Status',
    count: '{{households}} verschillende huishoudens binnen een uur (grens: {{threshold}})',
    notReviewed: 'Nog niet gezien',
    reviewedBy: 'Gezien door {{name}} op {{date}}',
    reviewedOn: 'Gezien op {{date}}',
    review: 'Gezien',
    reviewLabel: 'signaal over {{name}}',
    reviewing: 'Bezig…',
    emergencyTitle: 'Noodtoegang',
    emergencyIntro:
      'Alle keren dat iemand een dossier opende zonder vaste rol in dat huishouden, met de reden die diegene gaf. Nieuwste eerst.',
    emergencyEmpty: 'Geen noodtoegang. Niemand heeft een dossier met noodtoegang geopend.',
  },
  /** The administrator's retention page: the daily check and deleting files for good. */
  retention: {
    navLabel: 'Bewaartermijnen',
    title: 'Bewaartermijnen',
    intro:
      'Elk dossier heeft een bewaartermijn. Elke dag kijkt Naast welke dossiers over hun bewaartermijn heen zijn. U bevestigt zelf dat zo een dossier wordt verwijderd.',
    lastRun: 'De controle liep voor het laatst op {{date}}.',
    neverRun: 'De controle heeft nog niet gelopen.',
    run: 'Nu controleren',
    running: 'Bezig met controleren…',
    ran_one: 'Gecontroleerd. Er staat {{count}} dossier op de lijst.',
    ran: 'Gecontroleerd. Er staan {{count}} dossiers op de lijst.',
    dueTitle: 'Over de bewaartermijn',
    dueEmpty: 'Geen dossiers over de bewaartermijn. Er hoeft nu niets verwijderd te worden.',
    fileNumber: 'Dossiernummer',
    team: 'Team',
    neighbourhood: 'Wijk',
    kind: 'Soort dossier',
    lastChanged: 'Laatst gewijzigd',
    retentionDate: 'Bewaren tot',
    listedAt: 'Op de lijst sinds',
    actions: 'Verwijderen',
    kinds: {
      minor: 'Met een minderjarige (Jeugdwet)',
      other: 'Zonder minderjarige',
    },
    delete: 'Definitief verwijderen',
    confirmTitle: 'Dossier {{id}} definitief verwijderen',
    confirmWhat:
      'Alle gegevens van dit dossier worden voorgoed verwijderd. Alleen een regel in het controlelogboek blijft: dat dit dossier volgens de bewaartermijn is verwijderd.',
    confirmUndo: 'Dit kan niet ongedaan worden gemaakt.',
    confirmLabel: 'Typ het dossiernummer over om te bevestigen',
    confirmHint: 'Het dossiernummer is {{id}}.',
    confirm: 'Ja, definitief verwijderen',
    deleting: 'Bezig met verwijderen…',
    cancel: 'Annuleren',
    deleted: 'Dossier {{id}} is verwijderd.',
  },
  /** The retention of one file, for the worker on the household page. */
  householdRetention: {
    title: 'Bewaartermijn',
    line: 'Dit dossier wordt bewaard tot {{date}} ({{years}} jaar na de laatste wijziging op {{changed}}; {{kind}}).',
    kinds: {
      minor: 'dossier met een minderjarige: Jeugdwet',
      other: 'dossier zonder minderjarige: termijn van de gemeente',
    },
    due: 'De bewaartermijn is voorbij. De functioneel beheerder beslist of het dossier wordt verwijderd.',
  },
  /** What the household reads: plain words (B1), no professional terms (checked in household-words.test.ts). */
  household: {
    retentionTitle: 'Hoe lang bewaren wij uw dossier?',
    retentionUntil: 'Wij bewaren uw dossier tot {{date}}. Daarna wordt het verwijderd.',
    retentionWhyMinor:
      'De wet zegt hoe lang wij uw gegevens moeten bewaren. Omdat het ook over een kind gaat, is dat {{years}} jaar na de laatste keer dat er iets in uw dossier veranderde.',
    retentionWhyOther:
      'De wet zegt dat wij uw gegevens een tijd moeten bewaren. Bij ons is dat {{years}} jaar na de laatste keer dat er iets in uw dossier veranderde.',
    retentionMoves: 'Verandert er nog iets in uw dossier? Dan schuift deze datum op.',
    logEmergency:
      'Noodtoegang: {{name}} ({{role}}) opende uw dossier zonder vaste rol in uw gezin, omdat het dringend was.',
  },
}

export const oversightEn: typeof oversightNl = {
  status: {
    active: 'Still running',
    expired: 'Expired',
    endedOn: 'Ended on {{date}}',
  },
  accessColumns: {
    who: 'Who',
    household: 'Household',
    householdTeam: "Household's team",
    reason: 'Reason',
    started: 'Started',
    until: 'Until',
    status: 'Status',
  },
  noTeam: 'No team',
  emergency: {
    title: 'Emergency access',
    intro:
      'Emergency access is for an urgent situation with a household that is not part of your work: you can still open its file, but only to read, and for 24 hours at most.',
    introWho:
      'Your team lead and the administrator see that you did so and why, and the household sees in its own overview that you opened the file.',
    findTitle: 'Find a household by address',
    findHint: 'You search by the exact address, not by name. That way nobody can browse through the files.',
    postcode: 'Postcode',
    postcodeHint: 'For example 1234 AB.',
    houseNumber: 'House number',
    houseNumberHint: 'The number only, without an addition.',
    find: 'Find household',
    finding: 'Searching…',
    resultsTitle: 'Found at this address',
    noResults:
      'No household at this address is known to the neighbourhood team. Check the postcode and the house number.',
    team: 'Team: {{team}}',
    alreadyAccessible: 'You already have access.',
    toHousehold: 'Go to the household',
    choose: 'Choose this household',
    chosen: 'Chosen',
    startTitle: 'Emergency access to {{name}}',
    startWhat:
      'You can read the file for 24 hours. You cannot change it. You can end the emergency access earlier when you are done.',
    reason: 'Why is it urgent?',
    reasonHint:
      'Write in a full sentence why it is needed now. Your team lead and the administrator read this.',
    start: 'Open the file with emergency access',
    starting: 'Opening…',
    chooseOther: 'Choose another household',
  },
  banner: {
    heading: 'You are looking with emergency access, until {{until}}. Read only.',
    reason: 'Your reason: {{reason}}',
    seen: 'Your team lead, the administrator and the household see that you opened this file.',
    end: 'End emergency access',
    ending: 'Ending…',
  },
  notFoundHint: 'Is this household not part of your work, and is it urgent?',
  searchHint: 'Not found, and is it urgent?',
  link: 'Emergency access',
  team: {
    title: 'Emergency access in your team',
    intro:
      'This lists when someone in your team opened a file with emergency access, and when someone outside your team did so with a household of your team. With the reason they gave.',
    empty:
      'No emergency access yet. Nobody in your team opened a file with emergency access, and nobody opened a file of your team that way.',
    overviewLink: 'Emergency access in the team',
  },
  security: {
    navLabel: 'Security',
    title: 'Security',
    intro:
      'Here you see who opened unusually many households and who opened a file with emergency access. This page shows no content of any file.',
    signalsTitle: 'Unusual reading',
    signalsIntro:
      'A signal appears when someone opens more different households within one hour than the limit in the settings. There may be a good reason. Ask about it, then mark the signal as seen.',
    signalsEmpty: 'No signals. Nobody opened unusually many households.',
    person: 'Who',
    role: 'Role',
    team: 'Team',
    detectedAt: 'When',
    what: 'What',
    status: 'Status',
    count: '{{households}} different households within one hour (limit: {{threshold}})',
    notReviewed: 'Not seen yet',
    reviewedBy: 'Seen by {{name}} on {{date}}',
    reviewedOn: 'Seen on {{date}}',
    review: 'Seen',
    reviewLabel: 'signal about {{name}}',
    reviewing: 'Saving…',
    emergencyTitle: 'Emergency access',
    emergencyIntro:
      'Every time someone opened a file without a role in that household, with the reason they gave. Newest first.',
    emergencyEmpty: 'No emergency access. Nobody opened a file with emergency access.',
  },
  retention: {
    navLabel: 'Retention',
    title: 'Retention',
    intro:
      'Every file has a retention period. Every day Naast checks which files are past their retention period. You confirm yourself that such a file is deleted.',
    lastRun: 'The check last ran on {{date}}.',
    neverRun: 'The check has not run yet.',
    run: 'Check now',
    running: 'Checking…',
    ran_one: 'Checked. {{count}} file is on the list.',
    ran: 'Checked. {{count}} files are on the list.',
    dueTitle: 'Past the retention period',
    dueEmpty: 'No files past their retention period. Nothing needs to be deleted now.',
    fileNumber: 'File number',
    team: 'Team',
    neighbourhood: 'Neighbourhood',
    kind: 'Kind of file',
    lastChanged: 'Last changed',
    retentionDate: 'Keep until',
    listedAt: 'On the list since',
    actions: 'Delete',
    kinds: {
      minor: 'With a minor (Youth Act)',
      other: 'Without a minor',
    },
    delete: 'Delete for good',
    confirmTitle: 'Delete file {{id}} for good',
    confirmWhat:
      'All data of this file is removed for good. Only one line in the audit log remains: that this file was deleted according to its retention period.',
    confirmUndo: 'This cannot be undone.',
    confirmLabel: 'Type the file number to confirm',
    confirmHint: 'The file number is {{id}}.',
    confirm: 'Yes, delete for good',
    deleting: 'Deleting…',
    cancel: 'Cancel',
    deleted: 'File {{id}} has been deleted.',
  },
  householdRetention: {
    title: 'Retention',
    line: 'This file is kept until {{date}} ({{years}} years after the last change on {{changed}}; {{kind}}).',
    kinds: {
      minor: 'file with a minor: Youth Act',
      other: "file without a minor: the municipality's period",
    },
    due: 'The retention period has passed. The administrator decides whether the file is deleted.',
  },
  household: {
    retentionTitle: 'How long do we keep your file?',
    retentionUntil: 'We keep your file until {{date}}. After that it is deleted.',
    retentionWhyMinor:
      'The law says how long we must keep your data. Because it is also about a child, that is {{years}} years after the last time something in your file changed.',
    retentionWhyOther:
      'The law says we must keep your data for some time. With us that is {{years}} years after the last time something in your file changed.',
    retentionMoves: 'Does something in your file still change? Then this date moves on.',
    logEmergency:
      'Emergency access: {{name}} ({{role}}) opened your file without a regular role in your family, because it was urgent.',
  },
}
