import type { checkpointRefusalNl } from './checkpoint-refusal.ts'

/** The English texts, with the same keys as the Dutch ones in ./checkpoint-refusal.ts (the type says so). */
export const checkpointRefusalEn: typeof checkpointRefusalNl = {
  why: 'Why',
  resolve: 'How to resolve it',
  source: 'Source',
}
