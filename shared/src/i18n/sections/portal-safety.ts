/** i18n for portalSafety: Dutch first; English has the same keys (checked in ../en.ts). */
export const portalSafetyNl = {
  title: 'Afspraken om het thuis veilig te houden',
  intro:
    'Dit hebben we samen afgesproken, zodat iedereen thuis veilig is. Heeft u een vraag? Bel of mail uw wijkcoach.',
  agreementsTitle: 'Wat we hebben afgesproken',
  agreementsEmpty: 'Er zijn nog geen afspraken opgeschreven.',
  who: 'Wie let erop',
  how: 'Hoe',
  when: 'Wanneer kijken we er weer naar',
  howItGoes: 'Hoe gaat het',
  status: {
    agreed: 'Afgesproken',
    kept: 'Dit lukt',
    not_kept: 'Dit lukte niet',
    ended: 'Deze afspraak geldt niet meer',
  },
  goalHeading: 'Doel: {{text}}',
  worryTitle: 'Waar we ons zorgen over maken',
  worryEmpty: 'Dit is nog niet opgeschreven. Uw wijkcoach bespreekt het met u.',
  scaleTitle: 'Hoe veilig is het nu?',
  scaleExplain: '0 is helemaal niet veilig, 10 is veilig genoeg.',
  scaleSideBySide:
    'Iedereen geeft een eigen cijfer. We zetten de cijfers naast elkaar en praten samen over de verschillen.',
  parties: {
    household: 'Uw gezin',
    worker: 'Uw wijkcoach',
    network: 'Mensen om u heen',
  },
  score: '{{score}} van de 10',
  scoreNone: 'Nog geen cijfer',
  scoreWhoWhen: '{{who}}, op {{date}}',
}

export const portalSafetyEn: typeof portalSafetyNl = {
  title: 'Agreements to keep things safe at home',
  intro:
    'This is what we agreed together, so that everyone at home is safe. Do you have a question? Call or e-mail your neighbourhood coach.',
  agreementsTitle: 'What we agreed',
  agreementsEmpty: 'No agreements have been written down yet.',
  who: 'Who keeps an eye on it',
  how: 'How',
  when: 'When we look at it again',
  howItGoes: 'How it is going',
  status: {
    agreed: 'Agreed',
    kept: 'This is working',
    not_kept: 'This did not work',
    ended: 'This agreement no longer applies',
  },
  goalHeading: 'Goal: {{text}}',
  worryTitle: 'What we are worried about',
  worryEmpty: 'This has not been written down yet. Your neighbourhood coach will talk about it with you.',
  scaleTitle: 'How safe is it now?',
  scaleExplain: '0 is not safe at all, 10 is safe enough.',
  scaleSideBySide:
    'Everyone gives their own score. We put the scores side by side and talk together about the differences.',
  parties: {
    household: 'Your family',
    worker: 'Your neighbourhood coach',
    network: 'People around you',
  },
  score: '{{score}} out of 10',
  scoreNone: 'No score yet',
  scoreWhoWhen: '{{who}}, on {{date}}',
}
