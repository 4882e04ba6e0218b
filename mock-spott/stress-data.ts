import {
  clientTeamMember,
  customAttribute,
  dayOffset,
  instantOffset,
  tag,
  type Attribute,
  type MockOpportunity,
} from './builders.ts'

/**
 * Records beyond what a realistic demo pipeline holds, for layout and robustness tests: the
 * standalone mock serves them when started with MOCK_SPOTT_FIXTURES=stress.
 */
export const LARGE_ACCOUNT_ID = 'opp_stress_large_account'

const client = { id: 'cmp_megacorp', name: 'Megacorp Global Holdings', slug: null }

const FIRST = [
  'Ana',
  'Ben',
  'Chiara',
  'Dmitri',
  'Elif',
  'Farah',
  'Gustavo',
  'Hiroshi',
  'Ines',
  'Jonas',
]
const LAST = [
  'Silva',
  'Okafor',
  'Romano',
  'Volkov',
  'Yılmaz',
  'Haddad',
  'Pereira',
  'Tanaka',
  'Moreau',
  'Berg',
]

/** Cycles through every attribute type, with AI flags sprinkled in. */
function attribute(index: number, now: Date): Attribute {
  const id = `attr_stress_${String(index).padStart(3, '0')}`
  const label = `Attribute ${index + 1}: ${['Budget line', 'Region', 'Approved', 'Tier', 'Tags', 'Review', 'Value', 'Brief'][index % 8]}`
  const ai = (['filled', undefined, 'overridden', undefined, 'ongoing'] as const)[index % 5]
  const values = [
    tag('customText', 'text', `Line one of ${index}\nLine two`),
    tag('customSelect', 'selected', ['EMEA', 'APAC', 'Americas'][index % 3]!),
    tag('customCheckbox', 'checked', index % 2 === 0),
    tag('customNumber', 'number', index * 1234.5),
    tag('customMultiSelect', 'selected', ['alpha', 'beta', 'gamma'].slice(0, 1 + (index % 3))),
    tag('customDate', 'date', dayOffset(now, index - 50)),
    {
      viewType: 'customCurrency',
      amount: index * 10_000,
      currency: ['EUR', 'USD', 'JPY'][index % 3]!,
    },
    tag('customUrl', 'url', `https://intranet.megacorp.example/briefs/${index}`),
  ]
  return { id, label, value: values[index % values.length]!, ai }
}

export function createStressOpportunities(now: Date = new Date()): MockOpportunity[] {
  return [
    {
      id: LARGE_ACCOUNT_ID,
      name: tag('opportunityName', 'name', 'Framework agreement: all technical hiring, 2027'),
      description: tag(
        'opportunityDescription',
        'description',
        'Ten stakeholders, a hundred tracked attributes.',
      ),
      stage: tag('opportunityStage', 'stage', {
        id: 'stg_proposal',
        name: 'Proposal sent',
        order: 3,
        isOpen: true,
      }),
      company: tag('opportunityCompany', 'company', { id: client.id, name: client.name }),
      owner: tag('opportunityOwner', 'owner', {
        id: 'usr_dana',
        name: 'Dana Reyes',
        avatarUrl: null,
        deactivatedAt: null,
      }),
      closeDate: tag('opportunityCloseDate', 'closeDate', { target: dayOffset(now, 30) }),
      createdAt: tag('opportunityCreatedAt', 'createdAt', instantOffset(now, -90)),
      clientTeam: tag(
        'opportunityClientTeam',
        'clientTeam',
        FIRST.map((first, index) =>
          clientTeamMember(`ctc_stress_${index}`, client, {
            first,
            last: LAST[index]!,
            title:
              index % 3 === 0
                ? 'Head of Talent Acquisition, Europe, Middle East and Africa'
                : 'Hiring manager',
            avatar: index % 2 === 0 ? 5 + index : null,
            emails: [
              {
                purpose: 'work',
                email: `${first.toLowerCase()}@megacorp.example`,
                isPrimary: true,
              },
              {
                purpose: 'personal',
                email: `${first.toLowerCase()}.${index}@mail.example`,
                isPrimary: false,
              },
            ],
            phones: [
              {
                purpose: 'work',
                phoneNumber: `+1 212 555 01${String(index).padStart(2, '0')}`,
                isPrimary: true,
              },
            ],
          }),
        ),
      ),
      nextTaskDue: tag('opportunityNextTaskDue', 'nextTaskDue', {
        id: 'tsk_stress',
        content: 'Circulate the framework draft',
        dueDate: dayOffset(now, 0),
      }),
      customAttributes: Array.from({ length: 100 }, (_, index) =>
        customAttribute(attribute(index, now)),
      ),
    },
  ]
}
