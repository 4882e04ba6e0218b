import { CopyButton } from '../../../components/copy-button'
import { mailtoHref, telHref } from '../../../lib/safe-url'
import type { EmailAddress, PhoneNumber } from '../api/opportunity-schema'

type Method = {
  key: string
  label: string
  href: string | undefined
  purpose: string | null
  isPrimary: boolean
}

const PURPOSE_LABELS: Record<string, string> = { work: 'Work', personal: 'Personal' }

function purposeLabel(purpose: string | null): string | null {
  if (!purpose) return null
  return PURPOSE_LABELS[purpose] ?? purpose
}

/** Primary first, then in the order Spott sent them. */
function toMethods<T extends { purpose: string | null; isPrimary: boolean }>(
  items: T[],
  label: (item: T) => string,
  href: (value: string) => string | undefined,
): Method[] {
  return items
    .map((item, index) => ({
      key: `${index}-${label(item)}`,
      label: label(item),
      href: href(label(item)),
      purpose: item.purpose,
      isPrimary: item.isPrimary,
    }))
    .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))
}

export const emailMethods = (emails: EmailAddress[]) =>
  toMethods(emails, (email) => email.email, mailtoHref)

export const phoneMethods = (phones: PhoneNumber[]) =>
  toMethods(phones, (phone) => phone.phoneNumber, telHref)

export function ContactMethodList({
  kind,
  methods,
}: {
  kind: 'Email' | 'Phone'
  methods: Method[]
}) {
  if (methods.length === 0) return null
  return (
    <ul aria-label={kind === 'Email' ? 'Emails' : 'Phone numbers'} className="space-y-1">
      {methods.map((method) => {
        const purpose = purposeLabel(method.purpose)
        return (
          <li key={method.key} className="flex min-w-0 flex-wrap items-baseline gap-x-2 text-sm">
            {method.href ? (
              <a
                href={method.href}
                className="min-w-0 break-all text-link underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-link"
              >
                {method.label}
              </a>
            ) : (
              <span className="min-w-0 break-all">{method.label}</span>
            )}
            <CopyButton text={method.label} what={`${kind.toLowerCase()} ${method.label}`} />
            {purpose && <span className="text-xs text-ink-faint">{purpose}</span>}
            {method.isPrimary && (
              <span className="rounded bg-brand-soft px-1.5 text-xs font-medium text-link">
                Primary
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
