import { MessagePanel } from '../../../components/message-panel'

export function OpportunityNotFound({ id }: { id: string }) {
  return (
    <MessagePanel title="Opportunity not found">
      <p>
        Spott has no opportunity with the id{' '}
        <code className="rounded bg-surface-sunken px-1 break-all">{id}</code>. It may have been
        deleted, or the link may be incomplete.
      </p>
    </MessagePanel>
  )
}
