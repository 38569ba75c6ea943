/** Neighbourhood themes (being built). */
export function ThemesPage() {
  return null
}
