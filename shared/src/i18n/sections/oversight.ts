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
