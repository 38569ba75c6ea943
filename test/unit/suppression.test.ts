import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { suppressSmallCounts, type CountTable, type SuppressedTable } from '#shared/domain/suppression'

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** A table whose totals add up, as when every household counts in one cell only. */
function additive(cells: number[][]): CountTable {
  const columns = cells[0]?.length ?? 0
  return {
    cells,
    rowTotals: cells.map(sum),
    columnTotals: Array.from({ length: columns }, (_, c) => sum(cells.map((row) => row[c]!))),
    grandTotal: sum(cells.flat()),
  }
}

type Value = number | '<5'
/** Each line of a table: its cells and its total; the row totals and the column totals are lines too. */
function lines(table: SuppressedTable | CountTable): { cells: Value[]; total: Value }[] {
  const rows = table.cells.length
  const columns = table.columnTotals.length
  return [
    ...table.cells.map((row, r) => ({ cells: [...row], total: table.rowTotals[r]! })),
    { cells: [...table.columnTotals], total: table.grandTotal },
    ...Array.from({ length: columns }, (_, c) => ({
      cells: Array.from({ length: rows }, (_, r) => table.cells[r]![c]!),
      total: table.columnTotals[c]!,
    })),
    { cells: [...table.rowTotals], total: table.grandTotal },
  ]
}

describe('small counts in neighbourhood figures', () => {
  it('hides a count of 4 and shows a count of 5', () => {
    expect(suppressSmallCounts(additive([[4]]))).toEqual({
      cells: [['<5']],
      rowTotals: ['<5'],
      columnTotals: ['<5'],
      grandTotal: '<5',
    })
    expect(suppressSmallCounts(additive([[5]]))).toEqual({
      cells: [[5]],
      rowTotals: [5],
      columnTotals: [5],
      grandTotal: 5,
    })
    // Each small count shares its row and its column with another small one: nothing more needs hiding.
    expect(
      suppressSmallCounts(
        additive([
          [4, 2, 20],
          [3, 1, 30],
          [5, 6, 7],
        ]),
      ).cells,
    ).toEqual([
      ['<5', '<5', 20],
      ['<5', '<5', 30],
      [5, 6, 7],
    ])
  })

  it('hides zeros like any count under 5', () => {
    expect(
      suppressSmallCounts(
        additive([
          [0, 0],
          [0, 0],
        ]),
      ),
    ).toEqual({
      cells: [
        ['<5', '<5'],
        ['<5', '<5'],
      ],
      rowTotals: ['<5', '<5'],
      columnTotals: ['<5', '<5'],
      grandTotal: '<5',
    })
    // Each zero takes the smallest other cell of its row with it; the columns then hold two hidden cells each.
    expect(
      suppressSmallCounts(
        additive([
          [0, 12, 6],
          [7, 0, 9],
        ]),
      ),
    ).toEqual({
      cells: [
        ['<5', '<5', '<5'],
        ['<5', '<5', '<5'],
      ],
      rowTotals: [18, 16],
      columnTotals: [7, 12, 15],
      grandTotal: 34,
    })
  })

  it('hides a second cell in a line with one small cell: the smallest shown one, else the total', () => {
    // One row: the 3 takes the 6 (the smallest other cell) with it. In each column the cell is its own total,
    // so the column total goes too.
    expect(suppressSmallCounts(additive([[3, 8, 6, 12]]))).toEqual({
      cells: [['<5', 8, '<5', 12]],
      rowTotals: [29],
      columnTotals: ['<5', 8, '<5', 12],
      grandTotal: 29,
    })
  })

  it('cascades: a cell hidden for its row makes its column hide one more, and so on', () => {
    // The 1 takes the 6 (row 1) and the 30 (column 1); the 6 takes the 7 (column 2), the 7 takes the 9 (row 2),
    // the 30 takes the 8 (row 3). Column 3 then holds two hidden cells, the 9 and the 8.
    expect(
      suppressSmallCounts(
        additive([
          [1, 6, 50],
          [40, 7, 9],
          [30, 60, 8],
        ]),
      ),
    ).toEqual({
      cells: [
        ['<5', '<5', 50],
        [40, '<5', '<5'],
        ['<5', 60, '<5'],
      ],
      rowTotals: [57, 56, 98],
      columnTotals: [71, 73, 67],
      grandTotal: 211,
    })
  })

  it('treats the row totals as one more column: a small row total takes another row total with it', () => {
    expect(
      suppressSmallCounts(
        additive([
          [1, 2],
          [10, 20],
          [30, 6],
        ]),
      ),
    ).toEqual({
      cells: [
        ['<5', '<5'],
        ['<5', 20],
        ['<5', '<5'],
      ],
      rowTotals: ['<5', '<5', 36],
      columnTotals: [41, 28],
      grandTotal: 69,
    })
  })

  it('hides a cell of a row whose total was hidden as a complement, or the cells would add up to it', () => {
    // The row totals 12, 12 and 2: the 2 takes the first 12 with it. Row 1 (7 + 5) would give that 12 back, and
    // with it the 2 (26 − 12 − 12), so its 5 is hidden as well.
    expect(
      suppressSmallCounts(
        additive([
          [7, 5],
          [10, 2],
          [2, 0],
        ]),
      ),
    ).toEqual({
      cells: [
        [7, '<5'],
        ['<5', '<5'],
        ['<5', '<5'],
      ],
      rowTotals: ['<5', 12, '<5'],
      columnTotals: [19, 7],
      grandTotal: 26,
    })
  })

  it('works on totals that do not add up (a household counted under two themes)', () => {
    // 6 households in the neighbourhood, 5 about debts and 3 about housing (two about both).
    expect(
      suppressSmallCounts({ cells: [[5, 3]], rowTotals: [6], columnTotals: [5, 3], grandTotal: 6 }),
    ).toEqual({ cells: [['<5', '<5']], rowTotals: [6], columnTotals: ['<5', '<5'], grandTotal: 6 })
  })

  it('for random tables: no line with a shown total has exactly one hidden cell, and shown counts are true', () => {
    const table = fc
      .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }) })
      .chain(({ rows, columns }) =>
        fc.record({
          cells: fc.array(fc.array(fc.nat({ max: 14 }), { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          }),
          // Totals that do not add up (households in several cells): between the largest cell and the sum.
          overlap: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        }),
      )
      .map(({ cells, overlap }) => {
        const exact = additive(cells)
        if (overlap === undefined) return exact
        const shrink = (values: readonly number[], total: number) =>
          Math.round(Math.max(...values) + (total - Math.max(...values)) * overlap)
        const rowTotals = cells.map((row, r) => shrink(row, exact.rowTotals[r]!))
        const columnTotals = exact.columnTotals.map((total, c) =>
          shrink(
            cells.map((row) => row[c]!),
            total,
          ),
        )
        const grandTotal = Math.max(
          shrink(rowTotals, sum(rowTotals)),
          shrink(columnTotals, sum(columnTotals)),
        )
        return { cells, rowTotals, columnTotals, grandTotal }
      })

    fc.assert(
      fc.property(table, (input) => {
        const output = suppressSmallCounts(input)
        const before = lines(input)
        lines(output).forEach((line, i) => {
          const hiddenCells = line.cells.filter((v) => v === '<5').length
          if (line.total !== '<5') expect(hiddenCells).not.toBe(1)
          // Stronger: counting the total, no line has exactly one hidden value.
          expect(hiddenCells + (line.total === '<5' ? 1 : 0)).not.toBe(1)
          ;[...line.cells, line.total].forEach((value, j) => {
            const original = [...before[i]!.cells, before[i]!.total][j] as number
            if (original < 5) expect(value).toBe('<5')
            else if (value !== '<5') expect(value).toBe(original)
          })
        })
      }),
      { numRuns: 500 },
    )
  })
})
