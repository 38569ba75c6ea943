import { useState, type FormEvent } from 'react'
import { Button, Row, TextInput } from '@amsterdam/design-system-react'
import { FormField } from './form.tsx'

type SearchFormProps = {
  id: string
  label: string
  description?: string
  buttonLabel: string
  value: string
  onSearch: (value: string) => void
}

/** A search box with a visible label. It searches on Enter or the button, not on every keystroke. */
export function SearchForm({ id, label, description, buttonLabel, value, onSearch }: SearchFormProps) {
  const [text, setText] = useState(value)
  // Follow the URL when it changes from outside (back button, "show all"), adjusting state during render.
  const [shownValue, setShownValue] = useState(value)
  if (value !== shownValue) {
    setShownValue(value)
    setText(value)
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onSearch(text.trim())
  }

  return (
    <form role="search" onSubmit={onSubmit} className="naast-search">
      <FormField id={id} label={label} description={description} requirement="none">
        {(control) => (
          <Row gap="small" wrap alignVertical="end">
            <TextInput
              {...control}
              name="q"
              inputMode="search"
              enterKeyHint="search"
              autoComplete="off"
              value={text}
              onChange={(event) => setText(event.target.value)}
              className="naast-search__input"
            />
            <Button type="submit" variant="secondary">
              {buttonLabel}
            </Button>
          </Row>
        )}
      </FormField>
    </form>
  )
}
