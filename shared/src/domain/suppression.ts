/**
 * Small counts in neighbourhood figures (route steps 1–2) are shown as "<5": in a small neighbourhood a count of
 * one or two households can point at a family everybody knows. Hiding the small cell alone is not enough — with
 * the totals beside it, the hidden value is the total minus the cells that are shown. So a second value is hidden
 * in every line that would otherwise give one away (complementary, or secondary, suppression).
 *
 * The rule:
 * 1. Every count under 5 is hidden, 0 included (that a cell is empty says something too).
 * 2. Repeat until nothing changes: in every line (each row and each column, the row totals taken as one more
 *    column and the column totals as one more row, both against the grand total) in which exactly one value is
 *    hidden, also hide the smallest shown cell of that line — the first when two are equal — or, when no cell is
 *    left to hide, the line's total.
 *
 * Step 2 counts the line's total with its cells: when a total is hidden (as the complement of another total) and
 * all its cells are shown, the cells would add up to it, so a cell goes too. No line then has exactly one hidden
 * value, so none can be computed back from its line. Counts where a household may sit in several cells (themes,
 * life domains) do not add up to their totals; the rule is applied all the same, which only hides more.
 */
export const suppressionThreshold = 5

/** What a hidden count shows instead. */
export const suppressed = '<5' as const
export type Suppressed = typeof suppressed

/** A count as it may be shown. */
export type ShownCount = number | Suppressed

/** Counts per row and column, with their totals (given, not computed: a household may count in several cells). */
export type CountTable = {
  cells: readonly (readonly number[])[]
  rowTotals: readonly number[]
  columnTotals: readonly number[]
  grandTotal: number
}

export type SuppressedTable = {
  cells: ShownCount[][]
  rowTotals: ShownCount[]
  columnTotals: ShownCount[]
  grandTotal: ShownCount
}

type Position = readonly [row: number, column: number]
/** A line: its cells, and its total. */
type Line = { cells: Position[]; total: Position }

/** Hides the small counts of a table, and the counts that would give them away (see the rule above). */
export function suppressSmallCounts(table: CountTable): SuppressedTable {
  const rows = table.cells.length
  const columns = table.columnTotals.length
  if (table.rowTotals.length !== rows || table.cells.some((row) => row.length !== columns)) {
    throw new Error('A count table needs one total per row and per column, and rows of equal length')
  }

  // One grid with the totals in an extra column (row totals) and an extra row (column totals, grand total).
  const grid: number[][] = [
    ...table.cells.map((row, r) => [...row, table.rowTotals[r]!]),
    [...table.columnTotals, table.grandTotal],
  ]
  const hidden = grid.map((row) => row.map((count) => count < suppressionThreshold))

  const range = (n: number) => Array.from({ length: n }, (_, i) => i)
  // Every row (the totals row too) against its total in the last column; every column (the row totals too)
  // against its total in the last row.
  const lines: Line[] = [
    ...range(rows + 1).map((r) => ({
      cells: range(columns).map((c) => [r, c] as const),
      total: [r, columns] as const,
    })),
    ...range(columns + 1).map((c) => ({
      cells: range(rows).map((r) => [r, c] as const),
      total: [rows, c] as const,
    })),
  ]

  const isHidden = ([r, c]: Position) => hidden[r]![c]!
  const hide = ([r, c]: Position) => {
    hidden[r]![c] = true
  }

  let changed = true
  while (changed) {
    changed = false
    for (const line of lines) {
      const hiddenCount = [...line.cells, line.total].filter(isHidden).length
      if (hiddenCount !== 1) continue
      const next = smallestShown(line.cells, grid, isHidden) ?? line.total
      // A line of one value (a table without columns) has nothing left to hide.
      if (isHidden(next)) continue
      hide(next)
      changed = true
    }
  }

  const show = (r: number, c: number): ShownCount => (hidden[r]![c] ? suppressed : grid[r]![c]!)
  return {
    cells: range(rows).map((r) => range(columns).map((c) => show(r, c))),
    rowTotals: range(rows).map((r) => show(r, columns)),
    columnTotals: range(columns).map((c) => show(rows, c)),
    grandTotal: show(rows, columns),
  }
}

function smallestShown(
  cells: Position[],
  grid: number[][],
  isHidden: (p: Position) => boolean,
): Position | undefined {
  let best: Position | undefined
  for (const position of cells) {
    if (isHidden(position)) continue
    if (best === undefined || grid[position[0]]![position[1]]! < grid[best[0]]![best[1]]!) best = position
  }
  return best
}
