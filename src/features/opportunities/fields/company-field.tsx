import { EmptyValue } from '../../../components/empty-value'
import type { Company } from '../api/opportunity-schema'

export function CompanyField({ value: company }: { value: Company }) {
  return company.name ? (
    <span className="break-words">{company.name}</span>
  ) : (
    <EmptyValue>Unnamed company</EmptyValue>
  )
}
