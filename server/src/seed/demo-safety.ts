import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import {
  caseAssignments,
  households,
  meldcodeSteps,
  meldcodeTrajectories,
  organisations,
  planVersions,
  safetyConditions,
  safetyPictures,
  safetyScores,
  safetySignalPersons,
  safetySignals,
  safetyWorries,
  sharingEventPersons,
  sharingEvents,
  users,
} from '../db/schema/index.ts'
import type { SignalSource } from '#shared/contracts/safety'
import { ageOn } from '#shared/domain/age'
import { weighingOutcome, type WeighingAnswer, type WeighingQuestion } from '#shared/domain/afwegingskader'
import { demoOrganisations } from './catalogues.ts'
import { addDays, daysBetween, instantBefore } from './dates.ts'
import { demoAccount } from './demo-accounts.ts'
import type { DemoHousehold } from './demo-conversations.ts'
import type { StoredPlan } from '../modules/plans/stored-plan.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

type Person = { id: number; given: string; sex: 'f' | 'm'; birthdate: string; relation: string }
type Assessment = 'safe' | 'concerns' | 'unsafe'
type ConditionStatus = 'agreed' | 'kept' | 'not_kept' | 'ended'

/**
 * The safety work of the demo (route step 0), in Wijkteam Noord, written as the safety service stores it:
 *
 * - Familie Zuiderveld (Youssef): signals from school and a home visit, an open meldcode trajectory started twelve
 *   days ago with step 2 (consulted the aandachtsfunctionaris) and step 3 (talked with the mother) done; step 4,
 *   the afwegingskader, is next. Every member has a current picture of their safety.
 * - Familie Vink / Verhoeven (Youssef and a colleague): a neighbour's signal followed up three weeks ago, and a new
 *   signal from school since. The pictures are three weeks old: overdue on the supervisor's list.
 * - Mw. Hoekman (Sanne): a signal from the district nurse about her bank card, still open, with a fresh picture.
 * - Familie Kuipers (a colleague's case; its plan has a safety goal, see demo-plans.ts): a decided trajectory —
 *   the afwegingskader said report (question 3 "no"), the household was told beforehand, Veilig Thuis was told and
 *   help organised — and the safety plan around the plan's safety goal: conditions, the worry, and the scores of
 *   the mother, the worker and grandmother, which differ.
 *
 * Familie Bremer gets nothing (a browser test records its first signal), Familie Jansen keeps its plan as it is
 * (it has no safety goal) and nobody is recorded as a source of danger. Runs after the plans; draws no random
 * numbers, so nothing written before changes.
 */
export function writeDemoSafety(tx: Tx, ctx: { today: string; households: DemoHousehold[] }): void {
  const { today } = ctx
  const userId = (key: Parameters<typeof demoAccount>[0]) => {
    const email = demoAccount(key).email
    const row = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()
    if (!row) throw new Error(`demo safety: no user ${email}`)
    return row.id
  }
  const nameOf = (id: number) =>
    tx.select({ name: users.name }).from(users).where(eq(users.id, id)).get()!.name
  const sanne = userId('workerNoord1')
  const youssef = userId('workerNoord2')
  const supervisor = userId('supervisorNoord')
  const supervisorName = nameOf(supervisor)
  const veiligThuis = tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, demoOrganisations.veiligThuis))
    .get()
  if (!veiligThuis) throw new Error('demo safety: Veilig Thuis is not among the organisations')

  const at = (daysAgo: number, hhmm: string) => {
    if (daysAgo < 1) throw new Error('demo safety: everything happens before today')
    const [hours, minutes] = hhmm.split(':').map(Number)
    return instantBefore(today, daysAgo, hours! * 60 + minutes!)
  }
  const on = (daysAgo: number) => addDays(today, -daysAgo)

  /** A Noord household by name, with its current members and the worker who writes its safety work. */
  const household = (name: string, preferredWorker: number | null) => {
    const h = ctx.households.find((x) => x.name === name)
    if (!h || h.team !== 0) throw new Error(`demo safety: no ${name} in Wijkteam Noord`)
    if (h.name === 'Familie Bremer') throw new Error('demo safety: Familie Bremer keeps no safety data')
    const members: Person[] = h.members
      .filter((m) => m.current)
      .map((m) => ({
        id: m.id,
        given: m.draft.givenName,
        sex: m.draft.sex,
        birthdate: m.draft.birthdate,
        relation: m.draft.relation,
      }))
    const current = tx
      .select()
      .from(caseAssignments)
      .where(and(eq(caseAssignments.householdId, h.id), isNull(caseAssignments.endedAt)))
      .all()
      .filter((a) => a.acknowledgedAt !== null)
      .sort((a, b) => Date.parse(a.acknowledgedAt!) - Date.parse(b.acknowledgedAt!) || a.id - b.id)
    const chosen = current.find((a) => a.workerId === preferredWorker) ?? current[0]
    if (!chosen) throw new Error(`demo safety: nobody works on ${name}`)
    const workerName = nameOf(chosen.workerId)
    return {
      id: h.id,
      name,
      members,
      worker: chosen.workerId,
      workerName,
      workerFirstName: workerName.split(' ')[0]!,
      since: chosen.acknowledgedAt!,
      /** The member that matches, or a clear error when the household no longer has that shape. */
      pick(what: string, test: (p: Person, age: number) => boolean): Person {
        const found = members.filter((p) => test(p, ageOn(p.birthdate, today)))
        if (found.length !== 1) throw new Error(`demo safety: ${name} needs exactly one ${what}`)
        return found[0]!
      },
    }
  }
  type Household = ReturnType<typeof household>

  const age = (p: Person, daysAgo: number) => ageOn(p.birthdate, on(daysAgo))
  const ze = (p: Person) => (p.sex === 'f' ? 'ze' : 'hij')
  const haar = (p: Person) => (p.sex === 'f' ? 'haar' : 'zijn')
  /** The group a primary-school child is in: 4-year-olds start in groep 1. */
  const groep = (p: Person, daysAgo: number) => Math.min(8, Math.max(1, age(p, daysAgo) - 3))

  const signal = (
    h: Household,
    s: {
      about: Person[]
      observation: string
      source: Exclude<SignalSource, 'triage'>
      observedBy: string
      observedDaysAgo: number
      raisedAt: string
      followUp?: { at: string; note: string | null }
      trajectoryId?: number
    },
  ) => {
    if (s.raisedAt <= h.since) throw new Error(`demo safety: ${h.workerName} was not yet on ${h.name}`)
    const id = tx
      .insert(safetySignals)
      .values({
        householdId: h.id,
        observation: s.observation,
        source: s.source,
        observedBy: s.observedBy,
        observedOn: on(s.observedDaysAgo),
        raisedBy: h.worker,
        raisedAt: s.raisedAt,
        followedUpAt: s.followUp?.at ?? null,
        followedUpBy: s.followUp ? h.worker : null,
        followUpNote: s.followUp?.note ?? null,
        trajectoryId: s.trajectoryId ?? null,
      })
      .returning({ id: safetySignals.id })
      .get().id
    tx.insert(safetySignalPersons)
      .values(s.about.map((p) => ({ signalId: id, personId: p.id })))
      .run()
    // The first signal puts the safety mark on the household's lists.
    tx.update(households)
      .set({ safetyFlaggedAt: s.raisedAt })
      .where(and(eq(households.id, h.id), isNull(households.safetyFlaggedAt)))
      .run()
    return id
  }

  const pictures = (h: Household, recordedAt: string, rows: [Person, Assessment, string][]) => {
    tx.insert(safetyPictures)
      .values(
        rows.map(([p, assessment, basis]) => ({
          householdId: h.id,
          personId: p.id,
          assessment,
          basis,
          assessedOn: recordedAt.slice(0, 10),
          recordedBy: h.worker,
          recordedAt,
        })),
      )
      .run()
  }

  const trajectory = (h: Household, startedAt: string, signalIds: number[], decidedAt: string | null) => {
    const id = tx
      .insert(meldcodeTrajectories)
      .values({ householdId: h.id, startedBy: h.worker, startedAt, decidedAt })
      .returning({ id: meldcodeTrajectories.id })
      .get().id
    for (const signalId of signalIds)
      tx.update(safetySignals).set({ trajectoryId: id }).where(eq(safetySignals.id, signalId)).run()
    return id
  }

  const step = (
    h: Household,
    trajectoryId: number,
    name: 'consultation' | 'conversation' | 'weighing' | 'decision',
    data: object,
    recordedAt: string,
  ) =>
    tx
      .insert(meldcodeSteps)
      .values({ trajectoryId, step: name, data: JSON.stringify(data), recordedBy: h.worker, recordedAt })
      .run()

  // ---- Familie Zuiderveld: an open meldcode trajectory, steps 1–3 done, step 4 next. ----
  {
    const h = household('Familie Zuiderveld', youssef)
    const mother = h.pick('mother', (p, a) => p.relation === 'parent' && p.sex === 'f' && a >= 18)
    const children = h.members
      .filter((p) => p.relation === 'child')
      .sort((a, b) => a.birthdate.localeCompare(b.birthdate))
    const eldest = children[0]
    const kayleigh = children[children.length - 2]
    const milou = children[children.length - 1]
    if (
      children.length < 4 ||
      !eldest ||
      !kayleigh ||
      !milou ||
      age(eldest, 7) < 16 ||
      age(kayleigh, 16) > 12
    )
      throw new Error(
        'demo safety: Familie Zuiderveld needs a mother and four children, two at primary school',
      )
    if (kayleigh.sex !== 'f' || milou.sex !== 'f')
      throw new Error('demo safety: Zuiderveld’s youngest are girls')
    const m = mother.given
    const k = kayleigh.given
    const mi = milou.given

    const fromSchool = signal(h, {
      about: [kayleigh, milou],
      source: 'school',
      observedBy: `Juf Ilse, leerkracht groep ${groep(kayleigh, 16)} van ${k}`,
      observedDaysAgo: 16,
      raisedAt: at(15, '08:40'),
      observation:
        `${k} (${age(kayleigh, 16)}) vroeg na schooltijd of ze nog even mocht blijven, “omdat het thuis weer ` +
        `ruzie is”. Ze vertelde dat Ricardo, de vriend van haar moeder, gisteravond een bord kapot gooide en dat ` +
        `${mi} moest huilen. ${k} had die ochtend niet ontbeten; dat ziet de juf de laatste weken vaker.`,
    })
    const fromVisit = signal(h, {
      about: [mother, milou],
      source: 'home_visit',
      observedBy: h.workerName,
      observedDaysAgo: 14,
      raisedAt: at(14, '15:10'),
      observation:
        `Huisbezoek. In de deur van de woonkamer zit een gat op heuphoogte. ${m} zei dat het “een ongelukje met ` +
        `de stofzuiger” was en begon over iets anders. ${mi} (${age(milou, 14)}) bleef het hele gesprek tegen haar ` +
        `moeder aan zitten en schrok zichtbaar toen de voordeur dichtviel. Ricardo was niet thuis; zijn jas en ` +
        `werkschoenen stonden in de gang.`,
    })
    pictures(h, at(14, '15:25'), [
      [
        kayleigh,
        'concerns',
        `Vertelde de juf over ruzie thuis en wil na school liever niet naar huis. Komt vaker zonder ontbijt op ` +
          `school.`,
      ],
      [
        milou,
        'concerns',
        `Zat het hele huisbezoek tegen ${m} aan en schrok van een dichtvallende deur. Volgens ${k} huilde ${mi} ` +
          `toen Ricardo een bord kapot gooide.`,
      ],
    ])
    const id = trajectory(h, at(12, '07:50'), [fromSchool, fromVisit], null)
    step(
      h,
      id,
      'consultation',
      {
        consulted: `${supervisorName} (aandachtsfunctionaris)`,
        on: on(10),
        advice:
          `Twee signalen die dezelfde kant op wijzen: spanning en geweld tegen spullen door de vriend van ${m}, ` +
          `waar de kinderen bij zijn. Eerst met ${m} alleen praten, op een moment dat Ricardo er niet is, en ` +
          `vragen wat de kinderen zien en horen. Met toestemming van ${m} ook ${k} zelf horen, op school. Daarna ` +
          `samen wegen; Veilig Thuis is nu nog niet nodig voor advies.`,
        veiligThuisAdvice: null,
      },
      at(10, '13:20'),
    )
    step(
      h,
      id,
      'conversation',
      {
        held: true,
        on: on(7),
        withWhom: `${m}, bij haar thuis terwijl de kinderen op school waren`,
        summary:
          `De twee signalen samen doorgenomen. ${m} vertelt dat Ricardo sinds de zomer vaak blijft slapen en “snel ` +
          `ontploft” als hij gedronken heeft. Hij heeft haar niet geslagen, zegt ze, wel met spullen gegooid; het ` +
          `gat in de deur is van hem. De kinderen waren er twee keer bij. ${m} wil dat het stopt, maar wil de ` +
          `relatie nu niet beëindigen. Afgesproken: Ricardo blijft voorlopig niet slapen als de kinderen thuis ` +
          `zijn, en ${m} vindt het goed dat ik op school met ${k} praat. Volgende week weeg ik met de ` +
          `aandachtsfunctionaris wat er nodig is.`,
      },
      at(7, '11:45'),
    )
    const others = children.slice(1, -2)
    pictures(h, at(7, '12:00'), [
      [
        mother,
        'concerns',
        `Vertelt dat Ricardo met spullen gooit als hij gedronken heeft; geslagen heeft hij haar niet, zegt ze. ` +
          `Houdt zich aan de afspraak dat hij niet blijft slapen als de kinderen thuis zijn.`,
      ],
      [
        eldest,
        'safe',
        `${eldest.given} (${age(eldest, 7)}) werkt en is veel de deur uit. Weet van de ruzies en zegt er zelf ` +
          `geen last van te hebben.`,
      ],
      ...others.map((p): [Person, Assessment, string] => [
        p,
        'concerns',
        `${p.given} (${age(p, 7)}) trekt zich na school terug op ${haar(p)} kamer. Volgens ${m} hoort ${ze(p)} ` +
          `de ruzies wel; ${ze(p)} heeft er zelf nog niets over gezegd.`,
      ]),
      [
        kayleigh,
        'concerns',
        `Sinds de afspraak over Ricardo geen nieuwe ruzie, zegt ${m}. ${k} heeft er zelf nog niets over ` +
          `gezegd; het gesprek op school volgt.`,
      ],
      [
        milou,
        'concerns',
        `Was bij twee ruzies en huilde toen er een bord kapot ging. Slaapt volgens ${m} sindsdien weer bij haar ` +
          `in bed.`,
      ],
    ])
  }

  // ---- Familie Vink / Verhoeven: one signal followed up, a new one open, pictures three weeks old. ----
  {
    const h = household('Familie Vink / Verhoeven', youssef)
    const mother = h.pick('mother', (p, a) => p.relation === 'parent' && p.sex === 'f' && a >= 18)
    const partner = h.pick('stepparent', (p, a) => p.relation === 'stepparent' && a >= 18)
    const teen = h.pick('child of 13 to 15', (p, a) => p.relation !== 'parent' && a >= 13 && a <= 15)
    const rest = h.members.filter((p) => p !== mother && p !== partner && p !== teen)
    const a = mother.given
    const mi = partner.given
    const j = teen.given

    signal(h, {
      about: [teen, mother],
      source: 'network',
      observedBy: 'Mevrouw Veenstra, buurvrouw',
      observedDaysAgo: 24,
      raisedAt: at(23, '09:15'),
      observation:
        `De buurvrouw belde het wijkteam: gisteravond rond elf uur hoorde ze door de muur hard geschreeuw van een ` +
        `man en een vrouw, en iets zwaars dat viel. Daarna stond ${j} (${age(teen, 24)}) huilend op de galerij. ` +
        `${j} is een half uur bij de buurvrouw binnen geweest en wilde niet zeggen wat er was.`,
      followUp: {
        at: at(21, '16:30'),
        note:
          `Huisbezoek met ${a} en ${mi}, daarna apart met ${j}. Er was ruzie over geld; ${mi} gooide een stoel om. ` +
          `Niemand is geraakt, zeggen ze alle drie. ${j} schrok en liep naar buiten. Afgesproken dat ${mi} bij ` +
          `ruzie naar buiten gaat om af te koelen, en dat ${a} en ${mi} over geld praten als de kinderen op bed ` +
          `liggen. Besproken met de aandachtsfunctionaris: geen meldcode nu, wel de vinger aan de pols.`,
      },
    })
    pictures(h, at(21, '16:20'), [
      [
        mother,
        'concerns',
        `De ruzie over geld liep hoog op. ${a} zegt niet bang te zijn voor ${mi} en staat achter de afspraak ` +
          `over afkoelen.`,
      ],
      [
        partner,
        'safe',
        `Geen signalen dat ${mi} zelf niet veilig is. Erkent dat ${ze(partner)} de stoel omgooide.`,
      ],
      [
        teen,
        'concerns',
        `Was erbij toen de stoel omviel en liep naar de buurvrouw. Zegt niet bang te zijn voor ${mi}, wel voor ` +
          `het geschreeuw.`,
      ],
      ...rest.map((p): [Person, Assessment, string] => [
        p,
        'safe',
        `${p.given} (${age(p, 21)}) was er die avond niet bij, vertelt ${a}. Zegt zelf dat het thuis “wel ` +
          `meevalt” en dat ${ze(p)} bij ruzie naar ${haar(p)} kamer gaat.`,
      ]),
    ])
    signal(h, {
      about: [teen],
      source: 'school',
      observedBy: `Mentor van ${j} (${demoOrganisations.secondarySchool})`,
      observedDaysAgo: 6,
      raisedAt: at(5, '10:05'),
      observation:
        `${j} (${age(teen, 6)}) was deze week drie dagen afwezig, ziekgemeld door ${a}: buikpijn. Vandaag ` +
        `huilde ${ze(teen)} in de pauze. Tegen de mentor zei ${ze(teen)} dat ${ze(teen)} ’s nachts slecht slaapt ` +
        `“omdat het thuis weer begonnen is”. Meer wilde ${ze(teen)} niet vertellen.`,
    })
  }

  // ---- Mw. Hoekman: an open signal about her bank card, with a fresh picture. ----
  {
    const h = household('Mw. Hoekman', sanne)
    const hennie = h.pick('resident over 80', (p, a) => a >= 80)
    const n = hennie.given
    signal(h, {
      about: [hennie],
      source: 'other',
      observedBy: `Wijkverpleegkundige, ${demoOrganisations.gpLindenhoeve}`,
      observedDaysAgo: 5,
      raisedAt: at(4, '09:35'),
      observation:
        `Bij de wondverzorging zag de wijkverpleegkundige een envelop op tafel met de pinpas van ${n} en een ` +
        `briefje met de pincode erop, “voor de jongen die de boodschappen doet”. ${n} vertelde dat de jongen elke ` +
        `week € 200 pint. De koelkast was bijna leeg. ${n} weet niet hoe de jongen verder heet.`,
    })
    pictures(h, at(2, '14:10'), [
      [
        hennie,
        'concerns',
        `Huisbezoek: ${n} is helder, maar weet niet hoeveel er is opgenomen. Samen de bank gebeld: de pas is ` +
          `geblokkeerd en er komt een nieuwe. ${n} is niet bang voor de jongen en wil geen aangifte, wel dat het ` +
          `stopt. Boodschappen voortaan via de bezorgdienst van de supermarkt.`,
      ],
    ])
  }

  // ---- Familie Kuipers: a decided trajectory with a report to Veilig Thuis, and the safety plan. ----
  {
    const h = household('Familie Kuipers', null)
    const mother = h.pick('mother', (p, a) => p.relation === 'parent' && p.sex === 'f' && a >= 18)
    const children = h.members
      .filter((p) => p.relation === 'child')
      .sort((a, b) => a.birthdate.localeCompare(b.birthdate))
    const [older, younger] = children
    if (h.members.length !== 3 || !older || !younger || ageOn(older.birthdate, today) > 12)
      throw new Error('demo safety: Familie Kuipers needs a mother and two young children')
    const s = mother.given
    const i = older.given
    const g = younger.given
    const worker = h.workerFirstName

    // The plan's safety goal, and the day it came into the plan: the safety plan was made with it.
    const versions = tx
      .select({
        version: planVersions.version,
        content: planVersions.content,
        createdAt: planVersions.createdAt,
      })
      .from(planVersions)
      .where(eq(planVersions.householdId, h.id))
      .all()
      .sort((a, b) => a.version - b.version)
    const plans = versions.map((v) => ({ at: v.createdAt, plan: JSON.parse(v.content) as StoredPlan }))
    const goal = plans.at(-1)?.plan.goals.find((x) => x.safety)
    if (!goal) throw new Error('demo safety: Familie Kuipers’s plan needs a safety goal (see demo-plans.ts)')
    const goalAt = plans.find((p) => p.plan.goals.some((x) => x.key === goal.key))!.at
    const G = daysBetween(goalAt.slice(0, 10), today)
    if (G < 6) throw new Error('demo safety: Familie Kuipers’s safety goal is too recent for its story')
    const mid = Math.round(G / 2)
    const last = Math.max(1, Math.min(3, mid - 1))
    const goalTime = new Date(Date.parse(goalAt) + 10 * 60_000).toISOString()

    // Step 1: what oma Greet, school and the worker saw and heard.
    const fromGran = signal(h, {
      about: [mother, older, younger],
      source: 'network',
      observedBy: `Greet, moeder van ${s}`,
      observedDaysAgo: G + 19,
      raisedAt: at(G + 18, '09:50'),
      observation:
        `Oma Greet belde: ${s} stond gisteravond met ${i} en ${g} bij haar voor de deur, met een rode striem in ` +
        `haar nek. ${s} zei dat Erik, de vader van de kinderen, bij het terugbrengen van de kinderen “door het ` +
        `lint ging”. De kinderen hebben die nacht bij oma geslapen; ${g} heeft in bed geplast.`,
    })
    const fromSchool = signal(h, {
      about: [younger],
      source: 'school',
      observedBy: `Juf Marloes, leerkracht groep ${groep(younger, G + 17)} van ${g} (${demoOrganisations.primarySchool})`,
      observedDaysAgo: G + 17,
      raisedAt: at(G + 17, '14:25'),
      observation:
        `${g} (${age(younger, G + 17)}) vertelde vanochtend in de kring dat “papa mama tegen de muur duwde”. ` +
        `${g} was de hele ochtend stil, at ${haar(younger)} brood niet op en wilde in de pauze niet naar buiten. ` +
        `De juf heeft het opgeschreven zoals ${g} het zei en niet verder doorgevraagd.`,
    })
    const fromVisit = signal(h, {
      about: [mother, older],
      source: 'home_visit',
      observedBy: h.workerName,
      observedDaysAgo: G + 16,
      raisedAt: at(G + 16, '16:05'),
      observation:
        `Huisbezoek. In de gang hangt een kapotte spiegel en er zit een deuk in de binnenkant van de voordeur. ` +
        `${s} zegt dat het bij de overdracht op zondag is gebeurd en wil er niet over praten waar de kinderen bij ` +
        `zijn. ${i} (${age(older, G + 16)}) vertelde uit zichzelf dat ${ze(older)} niet meer naar papa wil en ` +
        `’s nachts wakker ligt als hij de volgende dag komt.`,
    })
    const decidedAt = at(G + 5, '15:40')
    const signalIds = [fromGran, fromSchool, fromVisit]
    const id = trajectory(h, at(G + 15, '09:10'), signalIds, decidedAt)
    step(
      h,
      id,
      'consultation',
      {
        consulted: `${supervisorName} (aandachtsfunctionaris)`,
        on: on(G + 14),
        advice:
          `De signalen wijzen op geweld tussen de ouders bij de overdracht van de kinderen, waar ${i} en ${g} bij ` +
          `zijn. Eerst met ${s} alleen praten, niet als de kinderen erbij zijn en niet op een dag dat Erik komt. ` +
          `Veilig Thuis om advies vragen over de overdrachten. Binnen twee weken opnieuw samen wegen.`,
        veiligThuisAdvice: {
          on: on(G + 13),
          advice:
            `Zonder namen overlegd met een adviseur van Veilig Thuis. Advies: de zorgen in het gesprek met ${s} ` +
            `concreet benoemen en vragen wat zij nodig heeft om de overdrachten veilig te maken. Kinderen die ` +
            `geweld tussen hun ouders zien en horen, lopen zelf ook schade op. Lukt het niet snel om de ` +
            `overdrachten veilig te maken, dan melden.`,
        },
      },
      at(G + 13, '11:30'),
    )
    step(
      h,
      id,
      'conversation',
      {
        held: true,
        on: on(G + 10),
        withWhom: `${s}, op het wijkteamkantoor (de kinderen waren op school)`,
        summary:
          `De drie signalen één voor één met ${s} doorgenomen. ${s} herkent ze: Erik wordt boos bij de overdracht ` +
          `op zondag; twee keer heeft hij haar geduwd en één keer in haar nek gegrepen, met de kinderen erbij. Ze ` +
          `is bang dat hij de kinderen niet terugbrengt als ze de omgang stopt. Ze wil hulp, maar wil Erik niet ` +
          `zelf aanspreken. Uitgelegd wat de meldcode is, dat ik de zorgen met Veilig Thuis kan bespreken en dat ` +
          `ik dat eerst met haar deel. Afgesproken dat de kinderen tot het volgende gesprek bij oma Greet worden ` +
          `overgedragen.`,
      },
      at(G + 10, '10:55'),
    )
    pictures(h, at(G + 10, '11:10'), [
      [
        mother,
        'unsafe',
        `${s} vertelt zelf dat Erik haar bij de overdracht heeft geduwd en in haar nek gegrepen, meer dan eens. ` +
          `Zolang hij aan de deur komt, is ${s} niet veilig.`,
      ],
      [
        older,
        'concerns',
        `${i} ziet en hoort de ruzies bij de overdracht, ligt wakker voor een zondag en wil niet meer naar ` +
          `${haar(older)} vader. Niets gezien of gehoord over geweld tegen ${i} zelf.`,
      ],
      [
        younger,
        'concerns',
        `${g} vertelde op school dat papa mama tegen de muur duwde en plaste in bed na de laatste overdracht. ` +
          `Geen signalen van geweld tegen ${g} zelf.`,
      ],
    ])
    const answers: Record<WeighingQuestion, { answer: WeighingAnswer; reasoning: string }> = {
      q1: {
        answer: 'yes',
        reasoning:
          `${s} vertelt zelf over duwen en in de nek grijpen bij de overdracht, en ${g} en ${i} vertellen los van ` +
          `elkaar wat ze zagen. Een vermoeden van huiselijk geweld, en van kindermishandeling doordat de kinderen ` +
          `het meemaken.`,
      },
      q2: {
        answer: 'no',
        reasoning:
          `Niet acuut: sinds de overdracht bij oma Greet gaat, is er niets meer gebeurd. Het geweld gebeurde steeds ` +
          `bij de overdracht, en de kinderen vertellen niets over geweld tegen henzelf.`,
      },
      q3: {
        answer: 'no',
        reasoning:
          `Wij kunnen ${s} en de kinderen steunen, maar Erik woont niet in dit huishouden en wil niet met ons ` +
          `praten. De omgang veilig maken vraagt meer dan het wijkteam kan bieden of organiseren; daarvoor is ` +
          `Veilig Thuis nodig.`,
      },
      q4: {
        answer: 'yes',
        reasoning: `${s} wil hulp en houdt zich aan de afspraak over de overdracht bij oma. Oma Greet doet mee.`,
      },
      q5: {
        answer: 'yes',
        reasoning:
          `De hulp die er nu is helpt al: er is sinds de afspraak over de overdracht niets gebeurd en ${i} slaapt ` +
          `beter. Dat geldt zolang de overdracht via oma loopt.`,
      },
    }
    const outcome = weighingOutcome(
      Object.fromEntries(Object.entries(answers).map(([q, a]) => [q, a.answer])) as Record<
        WeighingQuestion,
        WeighingAnswer
      >,
    )
    if (outcome.outcome !== 'reportNeeded')
      throw new Error('demo safety: Kuipers’s weighing must lead to a report')
    step(h, id, 'weighing', { answers }, at(G + 6, '13:15'))
    const reportOn = on(G + 5)
    step(
      h,
      id,
      'decision',
      {
        help: {
          description:
            `De overdracht van ${i} en ${g} gaat voortaan bij oma Greet; Erik komt niet meer aan de deur bij ${s}. ` +
            `${s} maakt met ${worker} een veiligheidsplan, en de kinderen praten op school met de ` +
            `schoolmaatschappelijk werker. Het wijkteam blijft betrokken na de melding.`,
        },
        report: {
          on: reportOn,
          reference: `VT-${reportOn.slice(0, 4)}-04817`,
          toldBeforehand: true,
          notToldReason: null,
        },
      },
      decidedAt,
    )
    // The decision follows up the mapped signals, as the service does.
    for (const signalId of signalIds)
      tx.update(safetySignals)
        .set({ followedUpAt: decidedAt, followedUpBy: h.worker, followUpNote: null })
        .where(eq(safetySignals.id, signalId))
        .run()
    // What was told to Veilig Thuis, on the report (meldrecht): no consent needed.
    const sharedAt = at(G + 5, '15:20')
    const shareId = tx
      .insert(sharingEvents)
      .values({
        householdId: h.id,
        recipient: demoOrganisations.veiligThuis,
        organisationId: veiligThuis.id,
        purpose: 'Melding bij Veilig Thuis (meldcode, stap 5)',
        categories: JSON.stringify(['personalia', 'situation', 'safety']),
        summary:
          `Telefonische melding: de drie signalen, het gesprek met ${s} en de afweging. ${s} wist vooraf dat we ` +
          `zouden melden en wat we zouden vertellen.`,
        how: 'phone',
        sharedAt,
        basis: 'meldcode',
        meldcodeTrajectoryId: id,
        recordedBy: h.worker,
        recordedAt: at(G + 5, '15:50'),
      })
      .returning({ id: sharingEvents.id })
      .get().id
    tx.insert(sharingEventPersons)
      .values(
        [mother, older, younger].map((p) => ({ sharingEventId: shareId, personId: p.id, consentIds: '[]' })),
      )
      .run()

    // The safety plan around the plan's safety goal.
    tx.insert(safetyWorries)
      .values({
        householdId: h.id,
        goalKey: goal.key,
        worry:
          `Als er niets verandert, zijn we bang dat ${i} en ${g} opnieuw zien en horen dat hun vader hun moeder ` +
          `pijn doet als hij ze komt brengen, en dat ${s} daarbij gewond raakt. De kinderen blijven dan bang, ` +
          `slapen slecht en durven niet te zeggen wat ze willen.`,
        updatedBy: h.worker,
        updatedAt: goalTime,
      })
      .run()
    const conditions: {
      text: string
      watcher: string
      howChecked: string
      reviewOn: string
      status: ConditionStatus
      updatedAt: string
    }[] = [
      {
        text: `De kinderen worden op zondag bij oma Greet opgehaald en teruggebracht. Erik komt niet naar het huis van ${s}.`,
        watcher: 'Oma Greet',
        howChecked: `Oma Greet stuurt ${s} en ${worker} na elke overdracht een appje: goed gegaan, of wat er gebeurde.`,
        reviewOn: addDays(today, 9),
        status: 'kept',
        updatedAt: at(mid, '10:30'),
      },
      {
        text: `Staat Erik toch voor de deur, dan doet ${s} niet open. Gaat hij niet weg, dan belt ${s} 112; de kinderen gaan naar boven.`,
        watcher: `${s} zelf`,
        howChecked: `${worker} vraagt er bij elk huisbezoek naar; ${s} schrijft op of en wanneer het gebeurde.`,
        reviewOn: addDays(today, 9),
        status: 'not_kept',
        updatedAt: at(last, '11:00'),
      },
      {
        text: `School belt ${s} en ${worker} dezelfde dag als ${i} of ${g} iets vertelt of laat zien dat zorgen geeft.`,
        watcher: `Juf Marloes en de intern begeleider (${demoOrganisations.primarySchool})`,
        howChecked: `${worker} belt om de week met de intern begeleider.`,
        reviewOn: addDays(today, 23),
        status: 'agreed',
        updatedAt: goalTime,
      },
    ]
    tx.insert(safetyConditions)
      .values(conditions.map((c) => ({ householdId: h.id, goalKey: goal.key, updatedBy: h.worker, ...c })))
      .run()
    const scores: [daysAgo: number, by: 'household' | 'worker' | 'network', score: number, note: string][] = [
      [G, 'household', 3, 'Ik ben vooral bang voor de zondag.'],
      [G, 'worker', 2, 'De overdracht bij oma is net geregeld; nog niet te zien of het werkt.'],
      [G, 'network', 4, 'Ik ben bij elke overdracht. Dat geeft rust.'],
      [mid, 'household', 5, `Twee zondagen rustig. ${i} slaapt weer door.`],
      [mid, 'worker', 4, 'De overdracht bij oma werkt. Veilig Thuis heeft Erik nog niet gesproken.'],
      [mid, 'network', 6, 'Erik is rustig als hij bij mij aan de deur komt.'],
      [
        last,
        'household',
        6,
        'Het gaat beter. Dat hij voor de deur stond was schrikken, maar hij is weggegaan.',
      ],
      [last, 'worker', 4, `Erik stond toch voor de deur en ${s} deed open. Afspraak 2 opnieuw besproken.`],
      [last, 'network', 7, 'De kinderen komen vrolijk bij mij binnen.'],
    ]
    const who = { household: s, worker, network: 'Oma Greet' }
    tx.insert(safetyScores)
      .values(
        scores.map(([daysAgo, by, score, note], index) => ({
          householdId: h.id,
          goalKey: goal.key,
          byParty: by,
          who: who[by],
          score,
          note,
          scoredOn: on(daysAgo),
          recordedBy: h.worker,
          recordedAt:
            daysAgo === G
              ? new Date(Date.parse(goalTime) + (index + 1) * 60_000).toISOString()
              : at(daysAgo, `11:${String(10 + index).padStart(2, '0')}`),
        })),
      )
      .run()
    pictures(h, new Date(Date.parse(goalTime) + 15 * 60_000).toISOString(), [
      [
        mother,
        'concerns',
        `De overdracht loopt via oma Greet; sindsdien niets gebeurd. Melding bij Veilig Thuis gedaan en samen een ` +
          `veiligheidsplan gemaakt.`,
      ],
    ])
    pictures(h, at(last, '11:30'), [
      [
        mother,
        'concerns',
        `Erik stond onverwacht voor de deur; ${s} deed open en het bleef bij schreeuwen. Verder rustig; de ` +
          `overdracht bij oma gaat goed.`,
      ],
      [older, 'safe', `${i} slaapt weer door en gaat graag naar oma. Op school gaat het goed, zegt de juf.`],
      [
        younger,
        'concerns',
        `${g} plast niet meer in bed, maar was erbij toen Erik voor de deur stond en was daarna een dag erg stil.`,
      ],
    ])
  }
}
