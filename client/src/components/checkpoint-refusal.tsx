import { useTranslation } from 'react-i18next'
import { Alert, Paragraph } from '@amsterdam/design-system-react'
import type { ApiRequestError } from '../lib/api.ts'
import { useFocusOnMount } from './query-states.tsx'

/** What the server said when it refused (409 CHECKPOINT_MISSING); an ApiRequestError is one. */
export type Refusal = Pick<ApiRequestError, 'message' | 'checkpoints' | 'missing'>

type CheckpointRefusalProps = {
  error: Refusal
  title: string
  headingLevel: 2 | 3 | 4
  /** A last line, e.g. that nothing was saved and what to do then. */
  footer?: string
}

/**
 * A refused action: the server's reason, and per unmet checkpoint what is missing, why, how to resolve it and the
 * rule it rests on. A refusal without checkpoints (a missing consent) lists the server's `missing` lines instead.
 * Takes focus, so the user hears at once that nothing happened; give it a `key` per refusal to take it again.
 */
export function CheckpointRefusal({ error, title, headingLevel, footer }: CheckpointRefusalProps) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      heading={title}
      headingLevel={headingLevel}
      severity="error"
      className="naast-form-alert naast-readable"
    >
      {error.message && <Paragraph>{error.message}</Paragraph>}
      {error.checkpoints.length > 0 ? (
        <ul className="naast-plain-list naast-checkpoint-refusal">
          {error.checkpoints.map((checkpoint) => (
            <li key={checkpoint.id}>
              <strong className="naast-line">{checkpoint.what}</strong>
              <span className="naast-line">
                {t('checkpointRefusal.why')}: {checkpoint.why}
              </span>
              <span className="naast-line">
                {t('checkpointRefusal.resolve')}: {checkpoint.resolve}
              </span>
              <span className="naast-line naast-secondary">
                {t('checkpointRefusal.source')}: {checkpoint.source}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        error.missing.length > 0 && (
          <ul className="naast-plain-list">
            {error.missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )
      )}
      {footer && <Paragraph>{footer}</Paragraph>}
    </Alert>
  )
}
