import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import {
  analyses,
  caseAssignments,
  caseClosures,
  casePhases,
  caseReflections,
  checkIns,
  conversations,
  firstContacts,
  households,
  planVersions,
  safetyPictures,
  users,
} from '../db/schema/index.ts'
import { ageOn, dutchCalendarDate } from '#shared/domain/age'
import { addDays, daysBetween, instantBefore } from './dates.ts'
import { demoAccount } from './demo-accounts.ts'
import type { DemoHousehold } from './demo-conversations.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** Households other demo stories and the end-to-end tests rely on: they stay in active support, untouched. */
const keptActive = new Set([
  'Familie Jansen',
  'Familie Bremer',
  'Familie Zuiderveld',
  'Familie Vink / Verhoeven',
  'Mw. Hoekman',
  'Familie Kuipers',
])

/**
 * What happens after active support (route steps 8–10), written as the follow-up, case-route and reflection
 * services store it:
 *
 * - Wijkteam Noord. Mw. Post (Youssef) was scaled down to "vinger aan de pols" every four weeks after a case
 *   reflection; her check-in is overdue (the supervisor's overview shows it). Dhr. Cornelissen (Sanne) is checked
 *   on every four weeks; the next check-in falls within the coming week. Familie De Groot (Sanne; Gerrit has a
 *   household log-in) moved to background support every six weeks, as their story's last visit agreed, with the
 *   dementia case manager in the lead. Mw. Van der Meer (Sanne) was closed after an evaluation and re-opened
 *   weeks later, in the quietest stretch of her file. Case reflections: two held (Post before scaling down, Van
 *   der Meer after re-opening) and one asked for and not yet held (Mw. Den Adel).
 * - Wijkteam Zuid. Familie Sultani (Thijs) is checked on every six weeks, with an interpreter. Familie Terlouw
 *   (Lotte) went from the pulse to background support every thirteen weeks. Dhr. Smit (Lotte) was closed after his
 *   last logged contact, following a held case reflection; he keeps his worker (closing ends no assignment).
 *
 * Familie Jansen, Bremer, Zuiderveld, Vink / Verhoeven, Kuipers and Mw. Hoekman stay in active support. Runs after
 * the safety work; draws no random numbers, so nothing written before changes.
 */
export function writeDemoFollowUp(tx: Tx, ctx: { today: string; households: DemoHousehold[] }): void {
  const { today } = ctx
  const yesterday = addDays(today, -1)
  const userId = (key: Parameters<typeof demoAccount>[0]) => {
    const email = demoAccount(key).email
    const row = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()
    if (!row) throw new Error(`demo follow-up: no user ${email}`)
    return row.id
  }
  const nameOf = (id: number) =>
    tx.select({ name: users.name }).from(users).where(eq(users.id, id)).get()!.name
  const firstName = (id: number) => nameOf(id).split(' ')[0]!
  /** The team's workers in the order their accounts were made: the two demo workers, then the two others. */
  const workersOf = (teamId: number) => {
    const rows = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.teamId, teamId), eq(users.role, 'worker')))
      .orderBy(asc(users.id))
      .all()
    if (rows.length < 4) throw new Error('demo follow-up: a team needs four workers')
    return rows.map((r) => r.id)
  }

  const at = (daysAgo: number, hhmm: string) => {
    if (daysAgo < 1) throw new Error('demo follow-up: everything happens before today')
    const [hours, minutes] = hhmm.split(':').map(Number)
    return instantBefore(today, daysAgo, hours! * 60 + minutes!)
  }
  const on = (daysAgo: number) => addDays(today, -daysAgo)
  const ago = (day: string) => daysBetween(day, today)

  /** A household by name and team, with its current members and the worker who keeps its follow-up. */
  const household = (name: string, team: 0 | 1, preferredWorker: number) => {
    if (keptActive.has(name)) throw new Error(`demo follow-up: ${name} stays in active support`)
    const h = ctx.households.find((x) => x.name === name)
    if (!h || h.team !== team) throw new Error(`demo follow-up: no ${name} in team ${team + 1}`)
    const teamId = tx
      .select({ teamId: households.teamId })
      .from(households)
      .where(eq(households.id, h.id))
      .get()!.teamId
    const current = tx
      .select()
      .from(caseAssignments)
      .where(and(eq(caseAssignments.householdId, h.id), isNull(caseAssignments.endedAt)))
      .all()
      .filter((a) => a.acknowledgedAt !== null)
    const chosen = current.find((a) => a.workerId === preferredWorker)
    if (!chosen) throw new Error(`demo follow-up: ${nameOf(preferredWorker)} does not work on ${name}`)
    return {
      id: h.id,
      name,
      teamId,
      worker: chosen.workerId,
      workerName: nameOf(chosen.workerId),
      since: chosen.acknowledgedAt!,
      members: h.members
        .filter((m) => m.current)
        .map((m) => ({ id: m.id, given: m.draft.givenName, birthdate: m.draft.birthdate })),
      /** Throws when the worker was not yet on the case at `instant`. */
      check(instant: string) {
        if (instant <= chosen.acknowledgedAt!)
          throw new Error(`demo follow-up: ${nameOf(chosen.workerId)} was not yet on ${name}`)
        return instant
      },
    }
  }
  type Household = ReturnType<typeof household>

  const phase = (
    h: Household,
    p: {
      phase: 'active' | 'pulse' | 'background'
      intervalDays: number | null
      ownContactMoment: string
      reason: string
      setAt: string
    },
  ) =>
    tx
      .insert(casePhases)
      .values({
        householdId: h.id,
        phase: p.phase,
        intervalDays: p.intervalDays,
        ownContactMoment: p.ownContactMoment,
        reason: p.reason,
        setBy: h.worker,
        setAt: h.check(p.setAt),
      })
      .run()

  const checkIn = (
    h: Household,
    daysAgo: number,
    hhmm: string,
    how: 'visit' | 'phone' | 'message' | 'household',
    note: string,
  ) =>
    tx
      .insert(checkIns)
      .values({
        householdId: h.id,
        checkedOn: on(daysAgo),
        how,
        note,
        recordedBy: h.worker,
        recordedAt: h.check(at(daysAgo, hhmm)),
      })
      .run()

  const reflection = (
    h: Household,
    r: {
      question: string
      requestedAt: string
      held?: {
        on: string
        participants: string
        considerations: string
        counterArguments: string
        advice: string
        followUp: string
        recordedBy: number
        recordedAt: string
      }
    },
  ) =>
    tx
      .insert(caseReflections)
      .values({
        householdId: h.id,
        teamId: h.teamId,
        question: r.question,
        requestedBy: h.worker,
        requestedAt: h.check(r.requestedAt),
        heldOn: r.held?.on ?? null,
        participants: r.held?.participants ?? null,
        considerations: r.held?.considerations ?? null,
        counterArguments: r.held?.counterArguments ?? null,
        advice: r.held?.advice ?? null,
        followUp: r.held?.followUp ?? null,
        recordedBy: r.held?.recordedBy ?? null,
        recordedAt: r.held?.recordedAt ?? null,
      })
      .run()

  /**
   * A closing as the case-route service allows it: evaluated with the household, every member's safety picture
   * current on the day, and the household told how to object or complain. Returns the closure's id.
   */
  const close = (
    h: Household,
    c: { evaluatedOn: string; closedOn: string; reason: string; evaluation: string; pictureBasis: string },
  ) => {
    const evaluatedAt = h.check(at(ago(c.evaluatedOn), '13:30'))
    tx.insert(safetyPictures)
      .values(
        h.members.map((m) => ({
          householdId: h.id,
          personId: m.id,
          assessment: 'safe' as const,
          basis: c.pictureBasis,
          assessedOn: c.evaluatedOn,
          recordedBy: h.worker,
          recordedAt: evaluatedAt,
        })),
      )
      .run()
    const contact = tx.select().from(firstContacts).where(eq(firstContacts.householdId, h.id)).get()
    if (!contact)
      tx.insert(firstContacts)
        .values({
          householdId: h.id,
          voluntaryExplainedOn: h.since.slice(0, 10),
          voluntaryExplainedBy: h.worker,
          objectionExplainedOn: c.evaluatedOn,
          objectionExplainedBy: h.worker,
          updatedAt: evaluatedAt,
        })
        .run()
    else if (contact.objectionExplainedOn === null)
      tx.update(firstContacts)
        .set({ objectionExplainedOn: c.evaluatedOn, objectionExplainedBy: h.worker, updatedAt: evaluatedAt })
        .where(eq(firstContacts.householdId, h.id))
        .run()
    return tx
      .insert(caseClosures)
      .values({
        householdId: h.id,
        closedOn: c.closedOn,
        reason: c.reason,
        evaluatedOn: c.evaluatedOn,
        evaluation: c.evaluation,
        closedBy: h.worker,
        closedAt: h.check(at(ago(c.closedOn), '15:20')),
      })
      .returning({ id: caseClosures.id })
      .get().id
  }

  /** The days (Dutch calendar) something was written in the file: conversations, analyses, plan versions. */
  const activityDays = (h: Household) => {
    const instants = [
      ...tx
        .select({ at: conversations.occurredAt })
        .from(conversations)
        .where(eq(conversations.householdId, h.id))
        .all(),
      ...tx.select({ at: analyses.createdAt }).from(analyses).where(eq(analyses.householdId, h.id)).all(),
      ...tx
        .select({ at: planVersions.createdAt })
        .from(planVersions)
        .where(eq(planVersions.householdId, h.id))
        .all(),
    ]
    return [...new Set(instants.map((r) => dutchCalendarDate(new Date(r.at))))].sort()
  }

  const sanne = userId('workerNoord1')
  const youssef = userId('workerNoord2')
  const lotte = userId('workerZuid1')
  const thijs = userId('workerZuid2')
  const supervisorNoord = userId('supervisorNoord')
  const supervisorZuid = userId('supervisorZuid')

  // ---- Mw. Post (Youssef): a reflection on scaling down, then the pulse every four weeks; the check-in is late. ----
  {
    const h = household('Mw. Post', 0, youssef)
    const [, , , mohamed] = workersOf(h.teamId)
    reflection(h, {
      question:
        'Mevrouw Post wil minder contact nu haar geldzaken op orde zijn. Kunnen we afschalen naar vinger aan de ' +
        'pols, of laten we haar te vroeg los nu ze net weer zelf de post doet?',
      requestedAt: at(84, '10:05'),
      held: {
        on: on(76),
        participants: `${h.workerName} (casushouder), ${nameOf(sanne)}, ${nameOf(mohamed!)}, ${nameOf(supervisorNoord)} (teamleider)`,
        considerations:
          'Mevrouw opent haar post weer zelf en heeft de incassobureaus zelf gebeld. Haar wens is duidelijk: ' +
          'minder bemoeienis. Tegelijk woont ze alleen, is ze niet zo mobiel en leunt ze op de thuiszorg. Een ' +
          'terugval merken we pas laat als niemand vraagt hoe het gaat.',
        counterArguments:
          `${firstName(sanne)} bracht in dat mevrouw eerder zei “ik wil niemand tot last zijn”: ze belt ` +
          `waarschijnlijk niet zelf als het misgaat. ${firstName(mohamed!)} vond juist dat blijven komen haar ` +
          'eigen regie ondermijnt, en dat de thuiszorg het eerder ziet dan wij.',
        advice:
          'Afschalen, maar niet loslaten: elke vier weken een check-in die wij zelf plannen, los van haar eigen ' +
          'telefoontje. Met mevrouw en de thuiszorg afspreken wat een reden is om ons te bellen.',
        followUp:
          `${firstName(h.worker)} bespreekt het voorstel met mevrouw en legt haar eigen contactmoment vast. De ` +
          `wijkverpleging belt ${firstName(h.worker)} bij een stapel ongeopende post of gemiste medicijnen. Na ` +
          'drie check-ins evalueren in het teamoverleg.',
        recordedBy: supervisorNoord,
        recordedAt: at(76, '16:10'),
      },
    })
    phase(h, {
      phase: 'pulse',
      intervalDays: 28,
      ownContactMoment:
        'Ik bel zelf als de post weer blijft liggen of als het met mijn gezondheid minder gaat.',
      reason:
        'De post wordt weer wekelijks geopend en de thuiszorg helpt met de verzorging. Mevrouw wil het zelf ' +
        'doen, met af en toe een vinger aan de pols. Zo geadviseerd in de intervisie.',
      setAt: at(72, '11:40'),
    })
    checkIn(
      h,
      44,
      '09:20',
      'phone',
      'Kort gebeld. Mevrouw klinkt opgewekt; de post is bij en de thuiszorg komt zoals afgesproken. Geen vragen.',
    )
    // Due three days ago: overdue on the supervisor's overview and on Youssef's "Vandaag".
    checkIn(
      h,
      31,
      '14:45',
      'visit',
      'Even langs geweest. Mevrouw had de map met de post klaarliggen om te laten zien. Ze slaapt slecht; ' +
        'daarvoor gaat ze zelf naar de huisarts.',
    )
  }

  // ---- Dhr. Cornelissen (Sanne): the pulse every four weeks; the next check-in is within a week. ----
  {
    const h = household('Dhr. Cornelissen', 0, sanne)
    phase(h, {
      phase: 'pulse',
      intervalDays: 28,
      ownContactMoment: `Als er een brief komt die ik niet snap, bel ik ${firstName(h.worker)} meteen. Niet pas als het te laat is.`,
      reason:
        'De huurachterstand staat in een betalingsregeling en de budgetcoach komt eens per twee weken. Meneer ' +
        'houdt zijn afspraken zelf bij en wil minder contact. Afgeschaald naar een korte check-in elke vier weken.',
      setAt: at(54, '15:10'),
    })
    checkIn(
      h,
      40,
      '10:30',
      'household',
      'Meneer belde zelf over een brief van de woningcorporatie. Samen doorgenomen: het was de bevestiging van ' +
        'de betalingsregeling. Hij had het goed gedaan.',
    )
    checkIn(
      h,
      25,
      '13:15',
      'visit',
      'Huisbezoek. De betalingen lopen, de budgetcoach komt zoals afgesproken. Meneer gaat op woensdag naar de ' +
        'kookgroep. Geen nieuwe vragen.',
    )
  }

  // ---- Familie De Groot (Sanne): background support every six weeks, as the visit 22 days ago agreed. ----
  {
    const h = household('Familie De Groot', 0, sanne)
    phase(h, {
      phase: 'background',
      intervalDays: 42,
      ownContactMoment:
        'Ria: “Als het thuis niet meer gaat, of als Gerrit weer de weg kwijtraakt, bellen we zelf. Anja belt ' +
        'ook als zij zich zorgen maakt.”',
      reason:
        'De traplift en de beugels zijn er, Gerrit gaat twee dagen naar De Zonnehoek en de casemanager dementie ' +
        'heeft het voortouw. Wij blijven op de achtergrond betrokken voor Ria als mantelzorger: contact eens per ' +
        'zes weken.',
      setAt: at(22, '11:15'),
    })
    checkIn(
      h,
      8,
      '10:40',
      'household',
      'Ria belde zelf: Gerrit gaat met plezier naar De Zonnehoek en zij is weer naar het koor geweest. Geen ' +
        'vragen; ze bellen als er iets verandert.',
    )
  }

  // ---- Mw. Van der Meer (Sanne): closed, and re-opened weeks later; a reflection on whether that was too soon. ----
  {
    const h = household('Mw. Van der Meer', 0, sanne)
    const [, , fleur] = workersOf(h.teamId)
    // The quietest stretch of her file (at least a fortnight after Sanne picked it up, ending three weeks ago):
    // evaluated on its last day before, closed the day after, re-opened the day before the file picks up again.
    const from = Math.min(150, ago(h.since.slice(0, 10)) - 14)
    const days = activityDays(h).filter((d) => ago(d) <= from && ago(d) >= 21)
    let gap: [string, string] | null = null
    for (let i = 1; i < days.length; i++) {
      const [a, b] = [days[i - 1]!, days[i]!]
      if (!gap || daysBetween(a, b) > daysBetween(gap[0], gap[1])) gap = [a, b]
    }
    if (!gap || daysBetween(gap[0], gap[1]) < 5)
      throw new Error('demo follow-up: Mw. Van der Meer’s file has no quiet stretch to be closed in')
    const [evaluatedOn, nextActivity] = gap
    const reopenedDaysAgo = ago(nextActivity) + 1
    const reopenedAt = at(reopenedDaysAgo, '10:20')
    const reopenReason =
      'Mevrouw belde zelf: ze moet aan haar knie geopereerd worden en ziet op tegen de weken daarna alleen thuis. ' +
      `Ze vraagt of ${firstName(h.worker)} weer wil helpen met regelen. Heropend, met dezelfde contactpersoon.`
    const closureId = close(h, {
      evaluatedOn,
      closedOn: addDays(evaluatedOn, 1),
      reason:
        'Doelen bereikt: de wijkverpleging en de huishoudelijke hulp lopen, de Wmo-aanvragen zijn rond en ' +
        'mevrouw neemt haar medicijnen weer goed in. Mevrouw wil geen vaste contactmomenten meer.',
      evaluation:
        'Evaluatie met mevrouw thuis. “Fijn dat er iemand meedacht, maar nu wil ik het weer zelf doen.” Wat ' +
        'hielp: samen de aanvragen invullen en een vast aanspreekpunt. Wat beter kon: het duurde lang voor de ' +
        'hulp er was. Uitgelegd hoe ze bezwaar kan maken of een klacht kan indienen, en dat ze altijd zelf weer ' +
        'kan bellen.',
      pictureBasis:
        'Mevrouw woont zelfstandig met wijkverpleging en huishoudelijke hulp; buren kijken om. Geen zorgen over ' +
        'haar veiligheid.',
    })
    tx.update(caseClosures)
      .set({ reopenedAt, reopenedBy: h.worker, reopenReason })
      .where(eq(caseClosures.id, closureId))
      .run()
    // Re-opening puts the case back in active support, as the follow-up service does.
    phase(h, {
      phase: 'active',
      intervalDays: null,
      ownContactMoment: '',
      reason: reopenReason,
      setAt: reopenedAt,
    })

    const askedDaysAgo = Math.max(2, reopenedDaysAgo - 1)
    const heldDaysAgo = Math.max(1, reopenedDaysAgo - 8)
    reflection(h, {
      question:
        'Mevrouw van der Meer is een paar weken na het afsluiten terug. Hebben we te snel afgesloten, en hoe ' +
        'voorkomen we dat het een draaideur wordt?',
      requestedAt: at(askedDaysAgo, '09:30'),
      held: {
        on: on(heldDaysAgo),
        participants: `${h.workerName} (casushouder), ${nameOf(youssef)}, ${nameOf(fleur!)}, ${nameOf(supervisorNoord)} (teamleider)`,
        considerations:
          'Bij het afsluiten waren de doelen bereikt en wilde mevrouw zelf stoppen. De nieuwe vraag komt door de ' +
          'operatie, niet doordat de oude afspraken niet werkten. Wel viel op dat na het afsluiten niemand meer ' +
          'even vroeg hoe het ging.',
        counterArguments:
          `${firstName(fleur!)} hield vol dat afsluiten goed was: een nieuwe hulpvraag is geen mislukking, en een ` +
          `dossier eindeloos openhouden past niet bij eigen regie. ${firstName(youssef)} vroeg of vinger aan de ` +
          'pols in plaats van afsluiten de terugkeer niet had voorkomen.',
        advice:
          'Het afsluiten was verdedigbaar. Bij ouderen die alleen wonen eerst een periode vinger aan de pols ' +
          'overwegen voordat we afsluiten, en dat uitdrukkelijk met de oudere zelf bespreken.',
        followUp:
          `${firstName(h.worker)} regelt met mevrouw de hulp rond de operatie (huishoudelijke hulp en vervoer). ` +
          'Bij de volgende evaluatie eerst afschalen naar vinger aan de pols bespreken. ' +
          `${firstName(supervisorNoord)} zet “afschalen vóór afsluiten” op de agenda van het teamoverleg.`,
        recordedBy: h.worker,
        recordedAt: at(heldDaysAgo, '16:00'),
      },
    })
  }

  // ---- Mw. Den Adel (Youssef): a reflection asked for, not yet held. ----
  {
    const h = household('Mw. Den Adel', 0, youssef)
    const corrie = h.members[0]!
    reflection(h, {
      question:
        `${corrie.given} (${ageOn(corrie.birthdate, today)}) wil per se thuis blijven wonen; haar familie vindt ` +
        'dat het niet meer verantwoord is. Hoe weeg ik haar wens tegen hun zorgen, en wanneer wordt dit een ' +
        'vraag over haar veiligheid?',
      requestedAt: at(3, '12:50'),
    })
  }

  // ---- Familie Sultani (Thijs): the pulse every six weeks, with an interpreter. ----
  {
    const h = household('Familie Sultani', 1, thijs)
    const given = (name: string) => {
      if (!h.members.some((m) => m.given === name)) throw new Error(`demo follow-up: no ${name} at Sultani`)
      return name
    }
    const [nasir, zahra, maryam, parwana] = [
      given('Nasir'),
      given('Zahra'),
      given('Maryam'),
      given('Parwana'),
    ]
    phase(h, {
      phase: 'pulse',
      intervalDays: 42,
      ownContactMoment: `${nasir} komt zelf naar het inloopspreekuur op dinsdag (daar is een tolk) als er een brief komt die hij niet begrijpt of als het met ${parwana} minder gaat.`,
      reason:
        'De toeslagen zijn geregeld, de kinderen zitten op school en op sport en het gezin weet de weg naar de ' +
        'huisarts. Het gezin wil het zelf doen; afgeschaald naar een check-in elke zes weken, met tolk.',
      setAt: at(45, '14:20'),
    })
    checkIn(
      h,
      31,
      '11:00',
      'phone',
      `Gebeld met ${nasir} via de tolkentelefoon (Dari). ${maryam} is begonnen bij de sportclub. ${zahra} vraagt ` +
        'naar een taalcursus voor vrouwen; ik stuur het aanbod van de bibliotheek.',
    )
    checkIn(
      h,
      10,
      '15:30',
      'visit',
      `Huisbezoek met tolk. Het gaat goed in huis. ${parwana} heeft een nieuwe afspraak bij de huisarts; ${zahra} ` +
        'gaat mee. Geen nieuwe vragen.',
    )
  }

  // ---- Familie Terlouw (Lotte): from the pulse to background support every thirteen weeks. ----
  {
    const h = household('Familie Terlouw', 1, lotte)
    const [arie, greet] = h.members
    if (h.members.length !== 2 || !arie || !greet)
      throw new Error('demo follow-up: Familie Terlouw is a couple')
    phase(h, {
      phase: 'pulse',
      intervalDays: 42,
      ownContactMoment: `${greet.given}: “Als het thuis weer spannend wordt, bellen we. Dat hebben we beloofd.”`,
      reason:
        `${arie.given} en ${greet.given} hebben afspraken gemaakt over geld en de taakverdeling in huis en houden ` +
        'zich eraan. Eerst elke zes weken een vinger aan de pols.',
      setAt: at(98, '10:45'),
    })
    checkIn(
      h,
      57,
      '14:00',
      'visit',
      `Huisbezoek. ${arie.given} en ${greet.given} vertellen dat er minder ruzie is; het weekoverzicht hangt op ` +
        'de koelkast. Ze gaan samen naar de inloop in het buurthuis.',
    )
    checkIn(
      h,
      16,
      '09:50',
      'phone',
      `Gebeld met ${greet.given}. Het gaat rustig. Ze willen het wijkteam op de achtergrond houden, als vangnet.`,
    )
    phase(h, {
      phase: 'background',
      intervalDays: 91,
      ownContactMoment: `${greet.given}: “We weten jullie te vinden. Als het thuis weer spannend wordt, bellen we.”`,
      reason:
        'Het gaat al maanden goed en het stel wil zelf verder. Stut- en steunfunctie: eens per kwartaal even ' +
        'contact, verder bellen zij zelf.',
      setAt: at(14, '11:30'),
    })
  }

  // ---- Dhr. Smit (Lotte): a held reflection on closing, then closed after his last logged contact. ----
  {
    const h = household('Dhr. Smit', 1, lotte)
    const [, , esther] = workersOf(h.teamId)
    const last = activityDays(h).at(-1)
    if (!last) throw new Error('demo follow-up: Dhr. Smit has no file to close')
    const evaluatedOn = [addDays(last, 3), yesterday].sort()[0]!
    const closedOn = [addDays(evaluatedOn, 1), yesterday].sort()[0]!
    const asked = ago(evaluatedOn) + 12
    const held = ago(evaluatedOn) + 6
    reflection(h, {
      question:
        'Meneer Smit wil afsluiten nu zijn schulden in een regeling zitten. Kunnen we dat verantwoorden, of is ' +
        'de kans op terugval te groot zonder vinger aan de pols?',
      requestedAt: at(asked, '09:15'),
      held: {
        on: on(held),
        participants: `${h.workerName} (casushouder), ${nameOf(thijs)}, ${nameOf(esther!)}, ${nameOf(supervisorZuid)} (teamleider)`,
        considerations:
          'Meneer heeft de regeling zelf getekend en houdt zich er al maanden aan. Hij heeft een vast ritme en ' +
          'doet mee met de kookgroep. Hij is duidelijk: hij wil niet langer “een dossier” zijn.',
        counterArguments:
          `${firstName(thijs)} wees op de deurwaarder eerder dit jaar: meneer meldde zich toen pas toen het beslag ` +
          `al liep. ${firstName(esther!)} vond dat we zijn wens dan toch serieus moeten nemen, en dat de ` +
          'schuldhulpverlening zelf ook een vangnet is.',
        advice:
          'Afsluiten kan, met een goede evaluatie en een warme afspraak met de schuldhulpverlening over wie ' +
          'meneer belt als er iets misgaat.',
        followUp:
          `${firstName(h.worker)} plant het evaluatiegesprek en legt uit hoe meneer bezwaar kan maken of een ` +
          'klacht kan indienen, en dat hij altijd weer kan aankloppen. Met de schuldhulp afgesproken dat zij bij ' +
          'een gemiste betaling contact met meneer opnemen en hem op het wijkteam wijzen.',
        recordedBy: supervisorZuid,
        recordedAt: at(held, '16:30'),
      },
    })
    close(h, {
      evaluatedOn,
      closedOn,
      reason:
        'Doelen bereikt: de schulden zitten in een regeling bij de schuldhulpverlening, meneer opent zijn post ' +
        'weer zelf en heeft een vast weekritme. Meneer wil zelf verder.',
      evaluation:
        'Evaluatie met meneer thuis. Hij geeft het traject een 8: “Ik durf de brievenbus weer open te doen.” ' +
        'Wat hielp: samen de brieven op stapels leggen en vaste afspraken. Wat beter kon: het duurde lang voor ' +
        'de schuldhulp begon. Bezwaar- en klachtmogelijkheden uitgelegd; meneer weet dat hij altijd weer kan ' +
        'bellen.',
      pictureBasis:
        'Meneer woont zelfstandig, heeft een vast ritme en contact via de kookgroep. Geen zorgen over zijn ' +
        'veiligheid.',
    })
  }
}
