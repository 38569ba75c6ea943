import { followUpNl } from './follow-up.ts'

/** i18n for timeline: Dutch first; English has the same keys (checked in ../en.ts). */
export const timelineNl = {
  title: 'Tijdlijn',
  intro:
    'Wat er in deze casus is gebeurd, wie het deed en wanneer, gemaakt uit wat is vastgelegd. De inhoud van gesprekken, signalen en reflecties staat hier niet; die leest u in de eigen onderdelen.',
  show: 'Tijdlijn tonen',
  empty: 'Er is nog niets vastgelegd voor deze casus.',
  emptyFilter: 'Er is niets vastgelegd in deze groep.',
  limited: 'U ziet de nieuwste {{count}} gebeurtenissen.',
  filterLegend: 'Welke gebeurtenissen?',
  listLabel: 'Tijdlijn, nieuwste eerst',
  /** "23 november 2026 — Sanne de Wit deelde …" */
  line: '{{date}} — {{sentence}}',
  someone: 'Iemand',
  self: 'zichzelf',
  groups: {
    all: 'Alles',
    conversations: 'Gesprekken',
    plan: 'Plan',
    consentAndSharing: 'Toestemming en delen',
    safety: 'Veiligheid',
    phaseAndClosing: 'Fase en afsluiten',
  },
  sentences: {
    requestRegistered: 'Aanmelding ontvangen van {{source}}, geregistreerd door {{who}}.',
    triage: '{{who}} deed de triage: {{route}}; zorgen over veiligheid: {{safetyAnswer}}.',
    triageRevised:
      '{{who}} paste de triage aan (versie {{version}}): {{route}}; zorgen over veiligheid: {{safetyAnswer}}.',
    appointmentMade: 'De eerste afspraak is gemaakt, voor {{appointmentOn}}.',
    appointmentHeld: 'De eerste afspraak heeft plaatsgevonden.',
    appointmentNotHeld: 'De eerste afspraak is niet doorgegaan.',
    conversation: '{{who}} legde een gesprek vast: {{conversationKind}}.',
    analysis: '{{who}} legde een brede blik vast.',
    planVersion: '{{who}} sloeg versie {{version}} van het plan op.',
    planVersionByHousehold: '{{who}} paste het plan aan in het portaal (versie {{version}}).',
    consentGiven:
      '{{who}} legde vast dat {{giver}} toestemming gaf om informatie over {{subject}} te delen met {{recipient}}, zonder einddatum.',
    consentGivenUntil:
      '{{who}} legde vast dat {{giver}} toestemming gaf om informatie over {{subject}} te delen met {{recipient}}, geldig tot {{validUntil}}.',
    consentWithdrawn:
      '{{who}} legde vast dat {{giver}} de toestemming introk om informatie over {{subject}} te delen met {{recipient}}.',
    sharedWithConsent:
      '{{who}} deelde informatie over {{about}} met {{recipient}}, met toestemming van {{givers}} (zonder einddatum).',
    sharedWithConsentUntil:
      '{{who}} deelde informatie over {{about}} met {{recipient}}, met toestemming van {{givers}} (geldig tot {{validUntil}}).',
    sharedOnReport:
      '{{who}} deelde informatie over {{about}} met {{recipient}}, op grond van de melding bij Veilig Thuis (kenmerk {{reference}}, gemeld op {{reportedOn}}).',
    shared: '{{who}} deelde informatie over {{about}} met {{recipient}}.',
    signalRecorded: '{{who}} legde een signaal vast over de veiligheid van {{about}}, {{source}}.',
    signalFollowedUp: '{{who}} volgde het signaal over {{about}} op.',
    signalFollowedUpByMeldcode: 'Het signaal over {{about}} is opgevolgd met het besluit in de meldcode.',
    safetyPicture: '{{who}} legde het zicht op de veiligheid van {{member}} vast: {{assessment}}.',
    meldcodeStarted: '{{who}} begon aan de stappen van de meldcode.',
    meldcodeDecidedReport:
      '{{who}} rondde de meldcode af met een melding bij Veilig Thuis (kenmerk {{reference}}, gemeld op {{reportedOn}}).',
    meldcodeDecidedReportAndHelp:
      '{{who}} rondde de meldcode af met een melding bij Veilig Thuis (kenmerk {{reference}}, gemeld op {{reportedOn}}) en hulp.',
    meldcodeDecidedHelp: '{{who}} rondde de meldcode af: hulp zonder melding bij Veilig Thuis.',
    phaseActive: '{{who}} zette de casus terug op actieve ondersteuning.',
    phasePulse: '{{who}} schaalde af naar vinger aan de pols: contact {{interval}}.',
    phaseBackground: '{{who}} schaalde af naar steun op de achtergrond: contact {{interval}}.',
    checkIn: '{{who}} legde een contactmoment vast: {{how}}.',
    caseClosed: '{{who}} sloot de casus af.',
    caseReopened: '{{who}} opende de casus opnieuw.',
    reflectionAsked: '{{who}} vroeg om een reflectie op de casus.',
    reflectionHeld: 'Er is een reflectie op de casus gehouden; {{who}} legde het verslag vast.',
  },
  /** Where a member stands on the plan, as the worker recorded it from the conversation. */
  positionRecorded: {
    agrees: '{{who}} legde vast dat {{member}} het eens is met het plan (versie {{version}}).',
    partly: '{{who}} legde vast dat {{member}} het deels eens is met het plan (versie {{version}}).',
    disagrees: '{{who}} legde vast dat {{member}} het niet eens is met het plan (versie {{version}}).',
  },
  /** … and as the member gave it in the portal. */
  positionInPortal: {
    agrees: '{{member}} gaf in het portaal aan het eens te zijn met het plan (versie {{version}}).',
    partly: '{{member}} gaf in het portaal aan het deels eens te zijn met het plan (versie {{version}}).',
    disagrees: '{{member}} gaf in het portaal aan het niet eens te zijn met het plan (versie {{version}}).',
  },
  sources: {
    resident: 'de inwoner zelf',
    network: 'iemand uit het netwerk',
    neighbour: 'een buurtbewoner',
    gp: 'de huisarts',
    school: 'school',
    police: 'de politie',
    veilig_thuis: 'Veilig Thuis',
    municipality_desk: 'het loket van de gemeente',
    other_organisation: 'een andere organisatie',
    anonymous: 'iemand die anoniem blijft',
  },
  routes: {
    no_professional_help: 'geen professionele hulp nodig',
    team: 'het team pakt het op',
    referral: 'doorverwezen naar specialistische zorg',
    crisis: 'acuut of crisis',
  },
  safetyAnswers: {
    yes: 'ja',
    no: 'nee',
    unknown: 'nog niet bekend',
  },
  conversationKinds: {
    home_visit: 'huisbezoek',
    phone: 'telefonisch',
    office: 'op kantoor',
    video: 'beeldbellen',
    network: 'met het netwerk',
    partner: 'met een partnerorganisatie',
  },
  signalSources: {
    home_visit: 'gezien bij een huisbezoek',
    office_visit: 'gezien bij een bezoek op kantoor',
    phone: 'gehoord in een telefoongesprek',
    household: 'gemeld door het huishouden',
    network: 'gemeld door het netwerk',
    school: 'gemeld door school',
    childcare: 'gemeld door de kinderopvang',
    gp: 'gemeld door de huisarts',
    police: 'gemeld door de politie',
    other: 'uit een andere bron',
    triage: 'uit de triage',
  },
  assessments: {
    safe: 'veilig',
    concerns: 'zorgen',
    unsafe: 'onveilig',
  },
  checkInHows: {
    visit: 'huisbezoek',
    phone: 'telefoon',
    message: 'bericht',
    household: 'het huishouden nam zelf contact op',
  },
  /** The same words as the follow-up's contact interval ("elke 4 weken"). */
  every: followUpNl.every,
}
