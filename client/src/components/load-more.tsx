import { useEffect, useRef, type RefObject } from 'react'
import { Button, Paragraph } from '@amsterdam/design-system-react'

type LoadMoreProps = {
  hasMore: boolean
  loading: boolean
  label: string
  loadingLabel: string
  /** "25 huishoudens getoond.", announced when the number changes. */
  status?: string
  onLoadMore: () => void
}

/** "Meer laden" for keyset pages, with a status line that tells screen readers how many rows there now are. */
export function LoadMore({ hasMore, loading, label, loadingLabel, status, onLoadMore }: LoadMoreProps) {
  return (
    <div className="naast-load-more">
      {status && (
        <Paragraph size="small" role="status">
          {status}
        </Paragraph>
      )}
      {hasMore && (
        <div>
          <Button
            variant="secondary"
            aria-disabled={loading || undefined}
            onClick={() => {
              if (!loading) onLoadMore()
            }}
          >
            {loading ? loadingLabel : label}
          </Button>
        </div>
      )}
    </div>
  )
}

/**
 * After "Meer laden", moves focus to the first new row, so a keyboard user continues where the list grew
 * instead of at a button that may have disappeared.
 */
export function useFocusFirstNewRow(tableRef: RefObject<HTMLTableElement | null>, rowCount: number) {
  const focusIndex = useRef<number | null>(null)
  useEffect(() => {
    const index = focusIndex.current
    if (index === null || rowCount <= index) return
    focusIndex.current = null
    const row = tableRef.current?.querySelectorAll('tbody tr')[index]
    const target = row?.querySelector<HTMLElement>('a, button, select, input')
    target?.focus()
  }, [rowCount, tableRef])
  return () => {
    focusIndex.current = rowCount
  }
}
