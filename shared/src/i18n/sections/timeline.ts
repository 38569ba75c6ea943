import { followUpEn, followUpNl } from './follow-up.ts'

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

export const timelineEn: typeof timelineNl = {
  title: 'Timeline',
  intro:
    'What happened in this case, who did it and when, made from what was recorded. The content of conversations, signals and reflections is not shown here; read it in their own sections.',
  show: 'Show timeline',
  empty: 'Nothing has been recorded for this case yet.',
  emptyFilter: 'Nothing has been recorded in this group.',
  limited: 'You see the newest {{count}} events.',
  filterLegend: 'Which events?',
  listLabel: 'Timeline, newest first',
  line: '{{date}} — {{sentence}}',
  someone: 'Someone',
  self: 'themselves',
  groups: {
    all: 'All',
    conversations: 'Conversations',
    plan: 'Plan',
    consentAndSharing: 'Consent and sharing',
    safety: 'Safety',
    phaseAndClosing: 'Phase and closing',
  },
  sentences: {
    requestRegistered: 'Request received from {{source}}, registered by {{who}}.',
    triage: '{{who}} did the triage: {{route}}; safety concerns: {{safetyAnswer}}.',
    triageRevised:
      '{{who}} revised the triage (version {{version}}): {{route}}; safety concerns: {{safetyAnswer}}.',
    appointmentMade: 'The first appointment was made, for {{appointmentOn}}.',
    appointmentHeld: 'The first appointment took place.',
    appointmentNotHeld: 'The first appointment did not take place.',
    conversation: '{{who}} recorded a conversation: {{conversationKind}}.',
    analysis: '{{who}} recorded a broad view.',
    planVersion: '{{who}} saved version {{version}} of the plan.',
    planVersionByHousehold: '{{who}} changed the plan in the portal (version {{version}}).',
    consentGiven:
      '{{who}} recorded that {{giver}} consented to sharing information about {{subject}} with {{recipient}}, with no end date.',
    consentGivenUntil:
      '{{who}} recorded that {{giver}} consented to sharing information about {{subject}} with {{recipient}}, valid until {{validUntil}}.',
    consentWithdrawn:
      '{{who}} recorded that {{giver}} withdrew consent to sharing information about {{subject}} with {{recipient}}.',
    sharedWithConsent:
      '{{who}} shared information about {{about}} with {{recipient}}, with the consent of {{givers}} (no end date).',
    sharedWithConsentUntil:
      '{{who}} shared information about {{about}} with {{recipient}}, with the consent of {{givers}} (valid until {{validUntil}}).',
    sharedOnReport:
      '{{who}} shared information about {{about}} with {{recipient}}, on the basis of the report to Veilig Thuis (reference {{reference}}, reported on {{reportedOn}}).',
    shared: '{{who}} shared information about {{about}} with {{recipient}}.',
    signalRecorded: '{{who}} recorded a signal about the safety of {{about}}, {{source}}.',
    signalFollowedUp: '{{who}} followed up the signal about {{about}}.',
    signalFollowedUpByMeldcode:
      'The signal about {{about}} was followed up by the decision in the reporting code.',
    safetyPicture: '{{who}} recorded the view of the safety of {{member}}: {{assessment}}.',
    meldcodeStarted: '{{who}} started the steps of the reporting code (meldcode).',
    meldcodeDecidedReport:
      '{{who}} completed the reporting code with a report to Veilig Thuis (reference {{reference}}, reported on {{reportedOn}}).',
    meldcodeDecidedReportAndHelp:
      '{{who}} completed the reporting code with a report to Veilig Thuis (reference {{reference}}, reported on {{reportedOn}}) and help.',
    meldcodeDecidedHelp: '{{who}} completed the reporting code: help without a report to Veilig Thuis.',
    phaseActive: '{{who}} put the case back on active support.',
    phasePulse: '{{who}} scaled down to a finger on the pulse: contact {{interval}}.',
    phaseBackground: '{{who}} scaled down to support in the background: contact {{interval}}.',
    checkIn: '{{who}} recorded a check-in: {{how}}.',
    caseClosed: '{{who}} closed the case.',
    caseReopened: '{{who}} re-opened the case.',
    reflectionAsked: '{{who}} asked for a reflection on the case.',
    reflectionHeld: 'A reflection on the case was held; {{who}} recorded the report.',
  },
  positionRecorded: {
    agrees: '{{who}} recorded that {{member}} agrees with the plan (version {{version}}).',
    partly: '{{who}} recorded that {{member}} partly agrees with the plan (version {{version}}).',
    disagrees: '{{who}} recorded that {{member}} does not agree with the plan (version {{version}}).',
  },
  positionInPortal: {
    agrees: '{{member}} said in the portal that they agree with the plan (version {{version}}).',
    partly: '{{member}} said in the portal that they partly agree with the plan (version {{version}}).',
    disagrees: '{{member}} said in the portal that they do not agree with the plan (version {{version}}).',
  },
  sources: {
    resident: 'the resident themselves',
    network: 'someone from the network',
    neighbour: 'a neighbour',
    gp: 'the GP',
    school: 'school',
    police: 'the police',
    veilig_thuis: 'Veilig Thuis',
    municipality_desk: 'the municipality desk',
    other_organisation: 'another organisation',
    anonymous: 'someone who stays anonymous',
  },
  routes: {
    no_professional_help: 'no professional help needed',
    team: 'the team takes it up',
    referral: 'referred to specialist care',
    crisis: 'acute or crisis',
  },
  safetyAnswers: {
    yes: 'yes',
    no: 'no',
    unknown: 'not known yet',
  },
  conversationKinds: {
    home_visit: 'home visit',
    phone: 'by phone',
    office: 'at the office',
    video: 'video call',
    network: 'with the network',
    partner: 'with a partner organisation',
  },
  signalSources: {
    home_visit: 'seen on a home visit',
    office_visit: 'seen on a visit at the office',
    phone: 'heard in a phone call',
    household: 'reported by the household',
    network: 'reported by the network',
    school: 'reported by school',
    childcare: 'reported by childcare',
    gp: 'reported by the GP',
    police: 'reported by the police',
    other: 'from another source',
    triage: 'from the triage',
  },
  assessments: {
    safe: 'safe',
    concerns: 'concerns',
    unsafe: 'unsafe',
  },
  checkInHows: {
    visit: 'home visit',
    phone: 'phone',
    message: 'message',
    household: 'the household got in touch themselves',
  },
  every: followUpEn.every,
}
