/** The name as shown in headings, titles and links, even if Spott ever sends it blank. */
export const displayName = (name: string) => (name.trim() === '' ? 'Untitled opportunity' : name)

export function NameField({ value }: { value: string }) {
  return <>{displayName(value)}</>
}
