import { MessagePanel } from '../components/message-panel'
import { useDocumentTitle } from '../lib/use-document-title'

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <MessagePanel title="Page not found">
      <p>
        There is nothing at this address in the dashboard. Check the link, or start from the list.
      </p>
    </MessagePanel>
  )
}
