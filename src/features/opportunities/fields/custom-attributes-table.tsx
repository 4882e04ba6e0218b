import { CopyButton } from '../../../components/copy-button'
import { EmptyValue } from '../../../components/empty-value'
import { linkToFragment } from '../../../lib/fragment-link'
import type { CustomAttribute } from '../api/opportunity-schema'
import { AiProvenance } from './ai-provenance'
import { CustomValueView } from './custom-values'

export function CustomAttributesTable({ attributes }: { attributes: CustomAttribute[] }) {
  if (attributes.length === 0) return <EmptyValue>No custom attributes</EmptyValue>
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <colgroup>
          <col className="w-2/5 sm:w-1/3" />
          <col />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-surface-line">
          {attributes.map((attribute, index) => (
            <tr
              key={`${attribute.attributeDefinitionId}-${index}`}
              id={`attribute-${attribute.attributeDefinitionId}`}
              className="align-top"
            >
              <th
                scope="row"
                className="py-2.5 pr-3 pl-4 font-medium break-words text-ink-muted sm:pl-0"
              >
                {attribute.label?.trim() || <EmptyValue>Unnamed attribute</EmptyValue>}
              </th>
              <td className="py-2.5 pr-4 sm:pr-0">
                <div className="flex min-w-0 flex-wrap items-start gap-2">
                  <div className="min-w-0 break-words">
                    <CustomValueView value={attribute.value} />
                  </div>
                  <AiProvenance attribute={attribute} />
                  {/* In the value cell: inside the row header it would join the row's name. */}
                  <CopyButton
                    what={`link to ${attribute.label?.trim() || 'this attribute'}`}
                    icon="link"
                    text={() => linkToFragment(`attribute-${attribute.attributeDefinitionId}`)}
                    className="ml-auto"
                  />
                </div>
                {attribute.options && attribute.options.length > 0 && (
                  <p className="mt-1 text-xs break-words text-ink-faint">
                    Options: {attribute.options.join(' · ')}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
