/**
 * react-query pauses a request while the browser is offline and sends it when the network
 * is back. Without this, a page waiting like that would just look slow.
 */
export function OfflineNotice({ paused }: { paused: boolean }) {
  if (!paused) return null
  return (
    <p
      role="status"
      className="rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning ring-1 ring-warning/25 ring-inset"
    >
      You are offline. This page updates by itself as soon as you are back online.
    </p>
  )
}
