import { EmptyValue } from '../../../components/empty-value'
import type { ClientTeamMember } from '../api/opportunity-schema'
import { ContactCard } from './contact-card'

export function ClientTeamField({ value: team }: { value: ClientTeamMember[] }) {
  if (team.length === 0) return <EmptyValue>No client contacts on this opportunity</EmptyValue>
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {team.map((member, index) => (
        <ContactCard key={`${member.id}-${index}`} member={member} />
      ))}
    </div>
  )
}
