import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { caseAssignments, caseThemes, narratives, teams, themes, users } from '../db/schema/index.ts'
import { quarterOfDate, quarterStart, shiftQuarter } from '#shared/domain/quarters'
import { daysBetween, instantBefore } from './dates.ts'
import { demoAccount, type DemoAccountKey } from './demo-accounts.ts'
import type { DemoHousehold } from './demo-conversations.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** Households other demo stories and the end-to-end tests rely on: no theme is tagged on them. */
const untouched = new Set([
  'Familie Jansen',
  'Familie Bremer',
  'Familie Zuiderveld',
  'Familie Vink / Verhoeven',
  'Mw. Hoekman',
  'Familie Kuipers',
])

const energy = 'Energiearmoede'
const lonely = 'Eenzaamheid onder ouderen'
const mondays = 'Schoolverzuim op maandag'
const waitingList = 'Wachtlijst jeugd-GGZ'

/**
 * Recurring themes tagged on cases, by household: team (0 = Noord, 1 = Zuid), how many days ago the worker on the
 * case tagged it, and the themes. In Wijkteam Noord "Energiearmoede" reaches five households in both Molenkamp
 * and Rietvoorde, so the Wijkthema's page shows real numbers in that row; every other cell stays below 5.
 */
const tags: { household: string; team: 0 | 1; daysAgo: number; themes: string[] }[] = [
  // Wijkteam Noord, Molenkamp.
  { household: 'Mw. Den Adel', team: 0, daysAgo: 71, themes: [lonely, energy] },
  { household: 'Dhr. Van Leeuwen', team: 0, daysAgo: 64, themes: [energy] },
  { household: 'Mw. Post', team: 0, daysAgo: 58, themes: [lonely] },
  { household: 'Dhr. Van den Bosch', team: 0, daysAgo: 47, themes: [energy] },
  { household: 'Familie Mol / Sanders', team: 0, daysAgo: 39, themes: [energy] },
  { household: 'Mw. Van der Meer', team: 0, daysAgo: 33, themes: [lonely] },
  { household: 'Mw. Van der Ven', team: 0, daysAgo: 12, themes: [lonely] },
  { household: 'Familie Haile', team: 0, daysAgo: 6, themes: [energy, mondays, waitingList] },
  // Wijkteam Noord, Rietvoorde.
  { household: 'Familie Van den Pol', team: 0, daysAgo: 83, themes: [lonely] },
  { household: 'Familie Van Beek', team: 0, daysAgo: 76, themes: [energy, waitingList, mondays] },
  { household: 'Mw. Peeters', team: 0, daysAgo: 68, themes: [energy] },
  { household: 'Familie De Groot', team: 0, daysAgo: 61, themes: [lonely] },
  { household: 'Familie Visser / Smit', team: 0, daysAgo: 52, themes: [mondays, energy, waitingList] },
  { household: 'Familie Van Es / Vos', team: 0, daysAgo: 44, themes: [energy] },
  { household: 'Dhr. Nijland', team: 0, daysAgo: 29, themes: [lonely] },
  { household: 'Familie Jonker / Amrani', team: 0, daysAgo: 18, themes: [energy, mondays] },
  // Wijkteam Zuid.
  { household: 'Familie Kroon', team: 1, daysAgo: 50, themes: [energy] },
  { household: 'Mw. Kok', team: 1, daysAgo: 45, themes: [lonely] },
  { household: 'Familie Hagens', team: 1, daysAgo: 37, themes: [energy, mondays] },
  { household: 'Familie Martens', team: 1, daysAgo: 26, themes: [lonely] },
  { household: 'Familie Kovalenko', team: 1, daysAgo: 20, themes: [energy] },
  { household: 'Mw. Damen', team: 1, daysAgo: 15, themes: [lonely] },
]

/** Who writes a vertelpunt: a demo log-in, or the team's third or fourth worker (in the order they were made). */
type Writer = DemoAccountKey | 2 | 3

type Story = { writer: Writer; title: string; text: string }

/** Per team: two vertelpunten of the previous quarter, then two of the current one. */
const stories: { team: string; previous: [Story, Story]; current: [Story, Story] }[] = [
  {
    team: 'Wijkteam Noord',
    previous: [
      {
        writer: 'workerNoord1',
        title: 'Samen naar de schuldhulp-intake werkt beter dan een doorverwijzing',
        text:
          'Bij een doorverwijzing naar de schuldhulp kwam de helft van de mensen niet op de intake. Het briefje ' +
          'bleef liggen, de eerste afspraak voelde als een examen, en wie eenmaal een afspraak had gemist, durfde ' +
          'niet meer te bellen. Dit kwartaal zijn we bij een eerste intake steeds zelf meegegaan. We nemen vooraf ' +
          'samen de post door, zodat de map klopt, en we blijven bij het gesprek tot de vervolgafspraak staat.\n\n' +
          'Het kost ons per huishouden een ochtend. Daar staat tegenover dat bijna iedereen die we begeleidden ook ' +
          'op de tweede afspraak kwam, en dat we minder vaak opnieuw moesten beginnen. Met de schuldhulp hebben we ' +
          'afgesproken dat zij ons na de intake kort laten weten of het traject loopt.',
      },
      {
        writer: 2,
        title: 'Het wijkcentrum als plek voor een eerste gesprek',
        text:
          'Niet iedereen wil de wijkteamconsulent meteen thuis. Een paar keer spraken we op verzoek af in het ' +
          'wijkcentrum, bij de koffieochtend. Dat maakte de drempel lager: mensen konden even kijken wie we waren ' +
          'voordat ze hun verhaal deden. Wat we leerden: vraag vooraf of er een rustige ruimte vrij is, want aan de ' +
          'lange tafel vertelt niemand over geldzorgen. We willen met de beheerder afspreken dat de kleine zaal op ' +
          'dinsdagochtend voor het wijkteam vrij blijft.',
      },
    ],
    current: [
      {
        writer: 'workerNoord2',
        title: 'Wachtlijst jeugd-GGZ: wat we in de tussentijd doen',
        text:
          'De wachttijd voor de jeugd-GGZ loopt in onze wijken op tot ruim vier maanden. Ouders horen dan vooral ' +
          '"u staat op de lijst" en verder niets. We zijn gaan doen wat wel kan: een vast contactmoment om de ' +
          'twee weken met de ouder, samen met school afspreken wat een kind in de klas helpt, en de huisarts ' +
          'vragen of de praktijkondersteuner jeugd tijdelijk kan meekijken.\n\n' +
          'Het verkort de wachtlijst niet, maar ouders vertellen dat ze zich minder alleen voelen met het ' +
          'wachten, en twee keer zagen we op tijd dat het thuis zwaarder werd dan de aanmelding deed vermoeden. ' +
          'Dat hebben we toen met de aanbieder besproken. Wij willen dit als vaste werkwijze voor het team ' +
          'vastleggen en de wachttijd per kwartaal bij de gemeente melden.',
      },
      {
        writer: 'workerNoord1',
        title: 'Energiearmoede: de meterkast als begin van het gesprek',
        text:
          'Bij huisbezoeken in Molenkamp en Rietvoorde kwamen we steeds vaker koude huizen tegen, met de ' +
          'verwarming uit om de rekening te drukken. We hebben nu een eenvoudige gewoonte: bij een eerste ' +
          'huisbezoek vragen we of we even naar de meterkast en de laatste jaarafrekening mogen kijken. Dat ' +
          'opent het gesprek over geld zonder dat het meteen over schulden gaat.\n\n' +
          'Samen met de energiecoach van de gemeente plannen we daarna een bezoek voor tochtstrips en een ' +
          'radiatorfolie, en we kijken of er recht is op de energietoeslag. Omdat het thema in beide wijken bij ' +
          'veel huishoudens terugkomt, stellen we voor om in de winter een gezamenlijke inloop met de ' +
          'energiecoach te houden.',
      },
    ],
  },
  {
    team: 'Wijkteam Zuid',
    previous: [
      {
        writer: 'workerZuid2',
        title: 'Tolkentelefoon bij elk eerste gesprek',
        text:
          'We gingen er bij een eerste gesprek te vaak van uit dat het Nederlands wel genoeg zou zijn, of we ' +
          'lieten een kind vertalen. Dit kwartaal hebben we bij elk eerste gesprek met een huishouden dat een ' +
          'andere taal spreekt de tolkentelefoon gebruikt, ook als het in het begin goed leek te gaan.\n\n' +
          'Het verschil was groot: ouders stelden vragen die ze anders niet hadden gesteld, en kinderen hoefden ' +
          'niet te horen waar hun ouders zich zorgen over maakten. Een gesprek duurt wel een kwartier langer. ' +
          "Tip voor collega's: bel vooraf even in, dan is de tolk er meteen bij het begin van het gesprek.",
      },
      {
        writer: 2,
        title: 'Huisbezoek samen met de praktijkondersteuner van de huisarts',
        text:
          'Bij ouderen die niet meer naar de praktijk komen, zijn we een paar keer samen met de ' +
          'praktijkondersteuner op huisbezoek gegaan. Zij ziet de medische kant, wij de rest: de post, het ' +
          'netwerk, de buren. Na het bezoek spraken we samen af wie wat oppakt. Dat scheelde dubbele bezoeken ' +
          'en de bewoner hoefde zijn verhaal maar één keer te vertellen. We willen dit vaker doen, maar de agenda ' +
          'van de praktijk is krap; een vast blok per maand lijkt haalbaar.',
      },
    ],
    current: [
      {
        writer: 'workerZuid1',
        title: 'Eenzaamheid na een verhuizing naar een seniorenwoning',
        text:
          'Meerdere ouderen in Lindenhoeve en Oude Weide verhuisden het afgelopen jaar naar een seniorenwoning. ' +
          'De woning is beter, maar het oude buurtnetwerk valt weg. We merken het pas als iemand al maanden ' +
          'nauwelijks buiten komt. We vragen nu bij elke verhuizing of we na zes weken even langs mogen komen, ' +
          'en we brengen dan het aanbod van de buurtvereniging en de maaltijdgroep mee.\n\n' +
          'Het werkt het best als een vrijwilliger van de buurtvereniging de eerste keer meegaat. We hebben ' +
          'de vereniging gevraagd of ze nieuwe bewoners zelf willen begroeten.',
      },
      {
        writer: 3,
        title: 'Schoolverzuim op maandag: eerst het weekend bespreken',
        text:
          'Met de leerplichtambtenaar zagen we een patroon: kinderen die vooral op maandag ontbreken. In de ' +
          'gesprekken bleek het zelden om de school zelf te gaan, maar om wat er in het weekend gebeurt: ' +
          'omgangsregelingen, late avonden, spanning thuis. We beginnen het gesprek met ouders daarom nu bij het ' +
          'weekend en niet bij het verzuim. Met school spraken we af dat de mentor ons op maandag voor tienen ' +
          'belt als een kind er niet is, zodat we dezelfde dag contact kunnen opnemen.',
      },
    ],
  },
]

/**
 * What the team learns from its cases (route steps 1–2 and the team's learning): vertelpunten for the current
 * and the previous quarter, and recurring themes tagged on cases. Runs after the follow-up; draws no random
 * numbers, so nothing written before changes. The stories are about practice and name no residents.
 */
export function writeDemoLearning(tx: Tx, ctx: { today: string; households: DemoHousehold[] }): void {
  const { today } = ctx
  const at = (daysAgo: number, hhmm: string) => {
    if (daysAgo < 1) throw new Error('demo learning: everything happens before today')
    const [hours, minutes] = hhmm.split(':').map(Number)
    return instantBefore(today, daysAgo, hours! * 60 + minutes!)
  }
  const teamIdOf = (name: string) => {
    const row = tx.select({ id: teams.id }).from(teams).where(eq(teams.name, name)).get()
    if (!row) throw new Error(`demo learning: no team ${name}`)
    return row.id
  }
  const writerId = (teamId: number, writer: Writer) => {
    if (typeof writer === 'string') {
      const email = demoAccount(writer).email
      const row = tx
        .select({ id: users.id, teamId: users.teamId })
        .from(users)
        .where(eq(users.email, email))
        .get()
      if (!row || row.teamId !== teamId) throw new Error(`demo learning: no ${email} in team ${teamId}`)
      return row.id
    }
    const workers = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.teamId, teamId), eq(users.role, 'worker')))
      .orderBy(asc(users.id))
      .all()
    const row = workers[writer]
    if (!row) throw new Error(`demo learning: team ${teamId} has no worker ${writer + 1}`)
    return row.id
  }

  // Vertelpunten: the previous quarter's written in its last weeks, the current one's in this quarter (or, on
  // its very first day, the day before).
  const current = quarterOfDate(today)
  const previous = shiftQuarter(current, -1)
  const intoCurrent = daysBetween(quarterStart(current), today)
  const inCurrent = (daysAgo: number) => Math.max(1, Math.min(daysAgo, intoCurrent))
  for (const team of stories) {
    const teamId = teamIdOf(team.team)
    const written = [
      { story: team.previous[0], quarter: previous, writtenAt: at(intoCurrent + 34, '14:10') },
      { story: team.previous[1], quarter: previous, writtenAt: at(intoCurrent + 9, '10:25') },
      { story: team.current[0], quarter: current, writtenAt: at(inCurrent(26), '15:40') },
      { story: team.current[1], quarter: current, writtenAt: at(inCurrent(5), '11:05') },
    ]
    for (const { story, quarter, writtenAt } of written) {
      if (story.title.length > 120 || story.text.length > 4000)
        throw new Error(`demo learning: "${story.title}" is too long`)
      tx.insert(narratives)
        .values({
          teamId,
          quarter,
          title: story.title,
          text: story.text,
          writtenBy: writerId(teamId, story.writer),
          writtenAt,
        })
        .run()
    }
  }

  // Themes: tagged by the worker who has been on the case longest, the theme made by the first to tag it.
  const themeIds = new Map<string, number>()
  const ordered = [...tags].sort((a, b) => b.daysAgo - a.daysAgo)
  ordered.forEach((tag, i) => {
    if (untouched.has(tag.household)) throw new Error(`demo learning: ${tag.household} stays untouched`)
    const h = ctx.households.find((x) => x.name === tag.household)
    if (!h || h.team !== tag.team)
      throw new Error(`demo learning: no ${tag.household} in team ${tag.team + 1}`)
    const worker = tx
      .select({ workerId: caseAssignments.workerId, acknowledgedAt: caseAssignments.acknowledgedAt })
      .from(caseAssignments)
      .where(and(eq(caseAssignments.householdId, h.id), isNull(caseAssignments.endedAt)))
      .orderBy(asc(caseAssignments.acknowledgedAt), asc(caseAssignments.id))
      .all()
      .find((a) => a.acknowledgedAt !== null)
    if (!worker) throw new Error(`demo learning: nobody works on ${tag.household}`)
    const taggedAt = at(
      tag.daysAgo,
      `${String(9 + (i % 7)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}`,
    )
    if (taggedAt <= worker.acknowledgedAt!)
      throw new Error(`demo learning: ${tag.household} tagged too early`)
    for (const name of tag.themes) {
      let themeId = themeIds.get(name)
      if (themeId === undefined) {
        themeId = tx
          .insert(themes)
          .values({
            name,
            nameKey: name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl'),
            createdBy: worker.workerId,
            createdAt: taggedAt,
          })
          .returning({ id: themes.id })
          .get().id
        themeIds.set(name, themeId)
      }
      tx.insert(caseThemes).values({ householdId: h.id, themeId, taggedBy: worker.workerId, taggedAt }).run()
    }
  })
}
