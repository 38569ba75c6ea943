/** A plan version as stored: ids only, names are looked up when it is read. */
export type StoredAction = {
  key: string
  text: string
  owner: { kind: 'member' | 'network' | 'worker' | 'organisation'; refId: number }
  dueOn: string | null
  status: 'planned' | 'started' | 'done' | 'stopped'
}
export type StoredView = {
  personId: number
  position: 'agrees' | 'partly' | 'disagrees' | null
  words: string
  at: string
}
export type StoredGoal = {
  key: string
  text: string
  ownerPersonId: number | null
  domainIds: number[]
  safety: boolean
  private: boolean
  hiddenFrom: number[]
  actions: StoredAction[]
  views: StoredView[]
}
export type StoredPlan = {
  /** Keys are never reused, also after a goal is removed: a comparison must not mistake one for another. */
  nextKey: number
  goals: StoredGoal[]
  direction: { holder: 'household' | 'worker' | 'other'; otherParty: string | null; reason: string } | null
  domainsWithoutGoal: { domainId: number; reason: string }[]
  decision: { discussed: string; options: string; decided: string }
  evaluationOn: string | null
  positions: {
    personId: number
    position: 'agrees' | 'partly' | 'disagrees'
    words: string
    at: string
    onVersion: number
  }[]
}
