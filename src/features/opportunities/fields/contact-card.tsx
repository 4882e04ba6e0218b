import { Avatar } from '../../../components/avatar'
import { CopyButton } from '../../../components/copy-button'
import { linkToFragment } from '../../../lib/fragment-link'
import { fullName } from '../../../lib/person-name'
import type { ClientTeamMember } from '../api/opportunity-schema'
import { ContactMethodList, emailMethods, phoneMethods } from './contact-methods'

export function ContactCard({ member }: { member: ClientTeamMember }) {
  const name = fullName(member) || 'Unnamed contact'
  const role = [member.jobTitle, member.department].filter(Boolean).join(' · ')
  return (
    <article
      id={`contact-${member.id}`}
      aria-label={name}
      className="flex min-w-0 flex-col gap-3 rounded-lg p-3 ring-1 ring-surface-line"
    >
      <div className="flex min-w-0 items-start gap-3">
        <Avatar name={name} src={member.avatarUrl} />
        <div className="min-w-0 flex-1">
          <h3 className="font-medium break-words text-ink">{name}</h3>
          {role && <p className="text-sm break-words text-ink-muted">{role}</p>}
          {member.companyName && (
            <p className="mt-1 flex items-center gap-1.5 text-sm text-ink-muted">
              <Avatar
                name={member.companyName}
                src={member.companyLogoUrl}
                size="xs"
                shape="square"
              />
              <span className="break-words">{member.companyName}</span>
            </p>
          )}
        </div>
        <CopyButton
          what={`link to ${name}`}
          icon="link"
          text={() => linkToFragment(`contact-${member.id}`)}
          className="shrink-0"
        />
      </div>
      <ContactMethodList kind="Email" methods={emailMethods(member.emails)} />
      <ContactMethodList kind="Phone" methods={phoneMethods(member.phoneNumbers)} />
      {member.emails.length === 0 && member.phoneNumbers.length === 0 && (
        <p className="text-sm text-ink-faint italic">No email or phone on record</p>
      )}
    </article>
  )
}
