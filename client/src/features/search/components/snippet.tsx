import { Mark } from '@amsterdam/design-system-react'
import type { SearchHit } from '#shared/contracts/search'

/**
 * A snippet from the server as plain text parts; the matches are marked here. Nothing from the server is ever
 * rendered as HTML, so a note that contains "<b>" shows exactly that.
 */
export function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <Mark key={index}>{part.text}</Mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}
