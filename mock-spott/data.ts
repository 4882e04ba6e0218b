/**
 * Deterministic demo data for the built-in mock Spott API: a recruitment agency's pipeline.
 * Shapes follow shared/spott-api/README.md, including its variations (untagged wrappers,
 * both null forms, emails without `purpose`), so demo mode exercises what real data may do.
 * Dates are offsets from `now`, so overdue and upcoming stay true whenever the demo runs.
 */

import {
  avatar,
  clientTeamMember,
  customAttribute,
  dayOffset,
  instantOffset,
  ownerRecord,
  tag,
  type Attribute,
  type Client,
  type MockOpportunity,
  type Owner,
  type Stage,
} from './builders.ts'

export type { MockOpportunity } from './builders.ts'

export const DEMO_STAGES: Stage[] = [
  { id: 'stg_lead', name: 'New lead', order: 1, isOpen: true },
  { id: 'stg_discovery', name: 'Discovery call', order: 2, isOpen: true },
  { id: 'stg_proposal', name: 'Proposal sent', order: 3, isOpen: true },
  { id: 'stg_negotiation', name: 'Terms negotiation', order: 4, isOpen: true },
  { id: 'stg_verbal', name: 'Verbal agreement', order: 5, isOpen: true },
  { id: 'stg_won', name: 'Closed won', order: 6, isOpen: false },
  { id: 'stg_lost', name: 'Closed lost', order: 7, isOpen: false },
]

export const DEMO_OWNERS: Owner[] = [
  { id: 'usr_dana', name: 'Dana Reyes', avatarUrl: avatar(1) },
  { id: 'usr_tomas', name: 'Tomás Ibarra Quintero', avatarUrl: avatar(2) },
  { id: 'usr_priya', name: 'Priya Natarajan', avatarUrl: null },
  { id: 'usr_liam', name: "Liam O'Connor", avatarUrl: avatar(3) },
  // Left the agency: their deals stay on record under their name.
  { id: 'usr_greta', name: 'Greta Lindqvist', avatarUrl: avatar(4), deactivated: true },
  { id: 'usr_kenji', name: '渡辺 健二', avatarUrl: null, deactivated: true },
]

const CLIENTS: Client[] = [
  { id: 'cmp_northwind', name: 'Northwind Logistics', slug: 'northwind' },
  { id: 'cmp_helios', name: 'Helios Renewables GmbH', slug: 'helios' },
  { id: 'cmp_bluepeak', name: 'Bluepeak Health', slug: 'bluepeak' },
  { id: 'cmp_quanta', name: 'Quanta Fintech S.L.', slug: 'quanta' },
  { id: 'cmp_sakura', name: '株式会社さくらロボティクス', slug: 'sakura' },
  { id: 'cmp_orbit', name: 'Orbit Retail Group', slug: 'orbit' },
  { id: 'cmp_lumen', name: 'Lumen Legal LLP', slug: 'lumen' },
  { id: 'cmp_atlas', name: 'Atlas Construction', slug: null },
]

const ROLES = [
  'Senior Backend Engineer',
  'Head of Finance',
  'Warehouse Shift Supervisors (×12)',
  'Clinical Nurse Manager',
  'Chief Technology Officer',
  'Data Protection Officer',
  'Site Reliability Engineers (×3)',
  'Regional Sales Director, DACH',
  'Interim HR Business Partner',
  'Payroll Specialist',
  'Senior Associate, Employment Law',
  'Robotics Field Technicians (×5)',
]

const ENGAGEMENTS = ['Retained search', 'Contingent hire', 'Contract staffing', 'Executive search']

const FIRST = [
  'María',
  'James',
  'Aisha',
  'Lukas',
  'Sofia',
  'Chen',
  'Olu',
  'Hannah',
  'Diego',
  'Yuki',
]
const MIDDLE = ['José', 'Anne', null, 'Carlos', null, 'Wei', null, 'Louise', null, null]
const LAST = [
  'García',
  'Whitfield',
  'Rahman',
  'Becker',
  'Rossi',
  'Li',
  'Adeyemi',
  'Brooks',
  'Fernández',
  'Sato',
]
const SECOND_LAST = ['López', null, null, null, null, null, null, null, 'Ruiz', null]
const TITLES = [
  'VP People',
  'Talent Acquisition Lead',
  'Hiring Manager',
  'Chief Financial Officer',
  'Operations Director',
  null,
]
const DEPARTMENTS = ['People & Culture', 'Finance', 'Engineering', 'Operations', null]

/** Small seeded PRNG (mulberry32): the same seed gives the same pipeline on every machine. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  return { next, int, pick }
}

const SENIORITY = ['Junior', 'Mid', 'Senior', 'Lead', 'Executive']
const SOURCES = ['Inbound website', 'Referral', 'LinkedIn outreach', 'Existing client', 'Event']
const SKILLS = ['Kubernetes', 'Go', 'IFRS', 'German (C1)', 'Team leadership', 'SAP', 'NHS band 7']

/** One of every attribute type the dashboard renders, plus one it does not know. */
function attributesFor(rng: ReturnType<typeof random>, now: Date, index: number) {
  const feePercent = 18 + rng.int(10)
  const salary = (55 + rng.int(140)) * 1000
  const attributes: Attribute[] = [
    {
      id: 'attr_fee_model',
      label: 'Fee model',
      value: tag('customText', 'text', `${feePercent}% of first-year base salary`),
    },
    {
      id: 'attr_headcount',
      label: 'Headcount',
      value: tag('customNumber', 'number', 1 + rng.int(12)),
    },
    {
      id: 'attr_exclusive',
      label: 'Exclusive mandate',
      value: tag('customCheckbox', 'checked', rng.next() > 0.5),
    },
    {
      id: 'attr_seniority',
      label: 'Seniority',
      value: tag('customSelect', 'selected', rng.pick(SENIORITY)),
      options: SENIORITY,
    },
    {
      id: 'attr_skills',
      label: 'Must-have skills',
      value: tag('customMultiSelect', 'selected', [rng.pick(SKILLS), rng.pick(SKILLS.slice(3))]),
      options: SKILLS,
    },
    {
      id: 'attr_start',
      label: 'Target start date',
      value: tag('customDate', 'date', dayOffset(now, 30 + rng.int(90))),
    },
    {
      id: 'attr_fee_value',
      label: 'Estimated fee',
      value: {
        viewType: 'customCurrency',
        amount: Math.round((salary * feePercent) / 100),
        currency: rng.pick(['EUR', 'GBP', 'USD']),
      },
    },
    {
      id: 'attr_job_page',
      label: 'Job posting',
      value: tag('customUrl', 'url', `https://careers.example.com/jobs/${1000 + index}`),
    },
    {
      id: 'attr_source',
      label: 'Lead source',
      value: tag('customSelect', 'selected', rng.pick(SOURCES)),
      ai: rng.pick(['filled', 'overridden', undefined] as const),
    },
    {
      id: 'attr_summary',
      label: 'AI account summary',
      value:
        index % 3 === 0
          ? null
          : { text: 'Growing team; hiring manager responsive; budget approved.' },
      ai: index % 3 === 0 ? 'ongoing' : 'filled',
    },
  ]
  return attributes
}

function generated(index: number, now: Date): MockOpportunity {
  const rng = random(1000 + index)
  const client = rng.pick(CLIENTS)
  const role = rng.pick(ROLES)
  const stage = rng.pick(DEMO_STAGES)
  const owner = rng.next() < 0.1 ? null : rng.pick(DEMO_OWNERS)
  const createdDaysAgo = 10 + rng.int(300)
  const closeIn = stage.isOpen ? rng.int(120) - 30 : -rng.int(60)
  const teamSize = rng.int(7)
  const team = Array.from({ length: teamSize }, (_, n) => {
    const first = rng.pick(FIRST)
    const last = rng.pick(LAST)
    const handle = `${first}.${last}`
      .normalize('NFD')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase()
    return clientTeamMember(`ctc_${index}_${n}`, client, {
      first,
      last,
      middle: rng.pick(MIDDLE),
      secondLast: rng.pick(SECOND_LAST),
      title: rng.pick(TITLES),
      department: rng.pick(DEPARTMENTS),
      avatar: rng.next() < 0.5 ? 5 + rng.int(8) : null,
      emails: [
        {
          purpose: 'work',
          email: `${handle}@${client.slug ?? 'atlas-build'}.example`,
          isPrimary: true,
        },
      ],
      phones:
        rng.next() < 0.6
          ? [
              {
                purpose: 'work',
                phoneNumber: `+44 20 7946 ${String(rng.int(10000)).padStart(4, '0')}`,
                isPrimary: true,
              },
            ]
          : [],
    })
  })
  const task = stage.isOpen && rng.next() < 0.8
  return {
    id: `opp_${(index + 1).toString(36).padStart(4, '0')}`,
    name: tag('opportunityName', 'name', `${rng.pick(ENGAGEMENTS)}: ${role}`),
    description: tag(
      'opportunityDescription',
      'description',
      rng.next() < 0.2
        ? null
        : `${client.name} needs ${role.toLowerCase()}.\nBrief agreed on the discovery call.`,
    ),
    stage: tag('opportunityStage', 'stage', stage),
    company: tag('opportunityCompany', 'company', { id: client.id, name: client.name }),
    owner: tag('opportunityOwner', 'owner', owner && ownerRecord(owner, now)),
    closeDate: tag('opportunityCloseDate', 'closeDate', { target: dayOffset(now, closeIn) }),
    createdAt: tag(
      'opportunityCreatedAt',
      'createdAt',
      instantOffset(now, -createdDaysAgo, rng.int(600)),
    ),
    clientTeam: tag('opportunityClientTeam', 'clientTeam', team),
    nextTaskDue: tag(
      'opportunityNextTaskDue',
      'nextTaskDue',
      task
        ? {
            id: `tsk_${index}`,
            content: rng.pick([
              'Send shortlist',
              'Chase signed terms',
              'Book intake call',
              'Share salary benchmark',
            ]),
            dueDate: dayOffset(now, rng.int(20) - 7),
          }
        : null,
    ),
    customAttributes: attributesFor(rng, now, index).map(customAttribute),
  }
}

/** Hand-written records that cover the edge cases; tests and the README link to them. */
export const SHOWCASE_ID = 'opp_showcase'
export const MINIMAL_ID = 'opp_minimal'
export const INTERNATIONAL_ID = 'opp_international'
export const LONG_CONTENT_ID = 'opp_long_content'

function showcase(now: Date): MockOpportunity[] {
  const [northwind, , , quanta, sakura] = CLIENTS as [
    (typeof CLIENTS)[number],
    (typeof CLIENTS)[number],
    (typeof CLIENTS)[number],
    (typeof CLIENTS)[number],
    (typeof CLIENTS)[number],
  ]
  return [
    {
      id: SHOWCASE_ID,
      name: tag(
        'opportunityName',
        'name',
        'Retained search: VP Engineering for Northwind Logistics',
      ),
      description: tag(
        'opportunityDescription',
        'description',
        'Northwind is replacing its VP Engineering after a reorganisation.\n\n' +
          'Must-haves:\n• Has led 40+ engineers across two time zones\n• Logistics or marketplace background\n\n' +
          'Fee agreed at 25%, paid in three instalments (retainer, shortlist, placement).',
      ),
      stage: tag('opportunityStage', 'stage', DEMO_STAGES[3]!),
      company: tag('opportunityCompany', 'company', { id: northwind.id, name: northwind.name }),
      owner: tag('opportunityOwner', 'owner', ownerRecord(DEMO_OWNERS[0]!, now)),
      closeDate: tag('opportunityCloseDate', 'closeDate', { target: dayOffset(now, -4) }),
      createdAt: tag('opportunityCreatedAt', 'createdAt', instantOffset(now, -62, 95)),
      clientTeam: tag('opportunityClientTeam', 'clientTeam', [
        clientTeamMember('ctc_maria', northwind, {
          first: 'María',
          middle: 'José',
          last: 'García',
          secondLast: 'López',
          title: 'Chief People Officer',
          department: 'People & Culture',
          avatar: 5,
          emails: [
            { purpose: 'personal', email: 'mjgarcia.lopez@example.com', isPrimary: false },
            { purpose: 'work', email: 'maria.garcia@northwind.example', isPrimary: true },
          ],
          phones: [
            { purpose: 'work', phoneNumber: '+44 20 7946 0321', isPrimary: true },
            { purpose: 'personal', phoneNumber: '+34 612 345 678', isPrimary: false },
          ],
        }),
        clientTeamMember('ctc_james', northwind, {
          first: 'James',
          last: 'Whitfield',
          title: 'CTO',
          department: 'Engineering',
          avatar: null,
          emails: [{ email: 'james.whitfield@northwind.example', isPrimary: true }],
          phones: [{ phoneNumber: '+44 7700 900123', isPrimary: false }],
        }),
        clientTeamMember('ctc_aisha', northwind, {
          first: 'Aisha',
          last: 'Rahman',
          title: 'Talent Acquisition Partner',
          avatar: 6,
          emails: [
            { purpose: 'work', email: 'aisha.rahman@northwind.example', isPrimary: true },
            { purpose: null, email: 'recruiting@northwind.example', isPrimary: false },
          ],
        }),
      ]),
      nextTaskDue: tag('opportunityNextTaskDue', 'nextTaskDue', {
        id: 'tsk_shortlist',
        content: 'Send the shortlist of four candidates to María and James',
        dueDate: dayOffset(now, -2),
      }),
      customAttributes: [
        customAttribute({
          id: 'attr_fee_model',
          label: 'Fee model',
          value: tag('customText', 'text', '25% of first-year base\nRetainer: 1/3 upfront'),
        }),
        customAttribute({
          id: 'attr_headcount',
          label: 'Headcount',
          value: tag('customNumber', 'number', 1),
        }),
        customAttribute({
          id: 'attr_salary',
          label: 'Budgeted base salary',
          value: { viewType: 'customCurrency', amount: 1_250_000, currency: 'GBP' },
        }),
        customAttribute({
          id: 'attr_exclusive',
          label: 'Exclusive mandate',
          value: tag('customCheckbox', 'checked', true),
        }),
        customAttribute({
          id: 'attr_seniority',
          label: 'Seniority',
          value: tag('customSelect', 'selected', 'Executive'),
          options: SENIORITY,
        }),
        customAttribute({
          id: 'attr_skills',
          label: 'Must-have skills',
          value: tag('customMultiSelect', 'selected', ['Team leadership', 'Kubernetes', 'Go']),
          options: SKILLS,
        }),
        customAttribute({
          id: 'attr_start',
          label: 'Target start date',
          value: tag('customDate', 'date', dayOffset(now, 75)),
        }),
        customAttribute({
          id: 'attr_job_page',
          label: 'Job posting',
          value: tag('customUrl', 'url', 'https://careers.northwind.example/jobs/vp-engineering'),
        }),
        customAttribute({
          id: 'attr_source',
          label: 'Lead source',
          value: tag('customSelect', 'selected', 'Referral'),
          ai: 'overridden',
          options: SOURCES,
        }),
        customAttribute({
          id: 'attr_summary',
          label: 'AI account summary',
          value: {
            text: 'Board-backed hire. Decision maker: María García López. Competes with one other agency.',
          },
          ai: 'filled',
        }),
        customAttribute({
          id: 'attr_fit',
          label: 'AI culture-fit notes',
          value: null,
          ai: 'ongoing',
        }),
        customAttribute({
          id: 'attr_rating',
          label: 'Client rating',
          value: { viewType: 'customRating', rating: 4, outOf: 5 },
        }),
        customAttribute({ id: 'attr_notes', label: 'Internal notes', value: null }),
      ],
    },
    {
      // Every nullable field empty, and no viewType tags at all (both appear in Spott's docs).
      id: MINIMAL_ID,
      name: { name: 'Contingent hire: Payroll Specialist' },
      description: null,
      stage: { stage: DEMO_STAGES[0]! },
      company: { company: { id: quanta.id, name: quanta.name } },
      owner: null,
      closeDate: { closeDate: null },
      createdAt: { createdAt: instantOffset(now, -3) },
      clientTeam: { clientTeam: [] },
      nextTaskDue: null,
      customAttributes: [],
    },
    {
      id: INTERNATIONAL_ID,
      name: tag(
        'opportunityName',
        'name',
        'ロボット技術者の採用 — Robotics Field Technicians (×5)',
      ),
      description: tag(
        'opportunityDescription',
        'description',
        '大阪工場の立ち上げに伴う採用。\nBilingual (日本語 / English) preferred.',
      ),
      stage: tag('opportunityStage', 'stage', DEMO_STAGES[5]!),
      company: tag('opportunityCompany', 'company', { id: sakura.id, name: sakura.name }),
      owner: tag('opportunityOwner', 'owner', ownerRecord(DEMO_OWNERS[5]!, now)),
      closeDate: tag('opportunityCloseDate', 'closeDate', { target: dayOffset(now, -20) }),
      createdAt: tag('opportunityCreatedAt', 'createdAt', instantOffset(now, -140)),
      clientTeam: tag('opportunityClientTeam', 'clientTeam', [
        clientTeamMember('ctc_yuki', sakura, {
          first: '由紀',
          last: '佐藤',
          title: '人事部長',
          department: '人事部',
          emails: [{ purpose: 'work', email: 'y.sato@sakura-robotics.example', isPrimary: true }],
          phones: [{ purpose: 'work', phoneNumber: '+81 6-6123-4567', isPrimary: true }],
        }),
        clientTeamMember('ctc_omar', sakura, {
          first: 'عمر',
          last: 'الفاسي',
          title: 'Operations Director',
          avatar: 7,
        }),
        clientTeamMember('ctc_zoe', sakura, {
          first: 'Zoë',
          middle: 'Ångström',
          last: 'Łukasiewicz',
          secondLast: 'Øyen',
          title: 'Procurement',
        }),
      ]),
      nextTaskDue: tag('opportunityNextTaskDue', 'nextTaskDue', null),
      customAttributes: [
        customAttribute({
          id: 'attr_fee_value',
          label: '紹介手数料',
          value: { viewType: 'customCurrency', amount: 4_800_000, currency: 'JPY' },
        }),
        customAttribute({
          id: 'attr_exclusive',
          label: 'Exclusive mandate',
          value: tag('customCheckbox', 'checked', false),
        }),
      ],
    },
    {
      id: LONG_CONTENT_ID,
      name: tag(
        'opportunityName',
        'name',
        'Contract staffing: Warehouse Shift Supervisors for the Rotterdam, Antwerp and Hamburg distribution centres (phase two of the 2027 expansion programme)',
      ),
      description: tag(
        'opportunityDescription',
        'description',
        `Reference: NWL-RFP-2027-DISTRIBUTION-CENTRE-EXPANSION-PHASE-TWO-SUPERVISORS-WAREHOUSE-OPS\n\n${'The client wants supervisors who have run night shifts in high-volume e-commerce fulfilment. '.repeat(8)}\n\nLinks: https://intranet.example/projects/expansion`,
      ),
      stage: tag('opportunityStage', 'stage', DEMO_STAGES[1]!),
      company: tag('opportunityCompany', 'company', { id: CLIENTS[7]!.id, name: CLIENTS[7]!.name }),
      owner: tag('opportunityOwner', 'owner', ownerRecord(DEMO_OWNERS[2]!, now)),
      closeDate: tag('opportunityCloseDate', 'closeDate', { target: dayOffset(now, 40) }),
      createdAt: tag('opportunityCreatedAt', 'createdAt', instantOffset(now, -12)),
      clientTeam: tag(
        'opportunityClientTeam',
        'clientTeam',
        FIRST.slice(0, 6).map((first, n) =>
          clientTeamMember(`ctc_long_${n}`, CLIENTS[7]!, {
            first,
            middle: MIDDLE[n] ?? null,
            last: LAST[n]!,
            secondLast: SECOND_LAST[n] ?? null,
            title:
              n === 0
                ? 'Senior Vice President of Distribution Centre Operations and Continuous Improvement'
                : (TITLES[n] ?? null),
            department: DEPARTMENTS[n % DEPARTMENTS.length] ?? null,
            avatar: n % 2 === 0 ? 8 + n : null,
            emails: [
              {
                purpose: 'work',
                email: `${first
                  .toLowerCase()
                  .normalize('NFD')
                  .replace(/[^a-z]/g, '')}@atlas-construction-international-holdings.example`,
                isPrimary: true,
              },
            ],
          }),
        ),
      ),
      nextTaskDue: tag('opportunityNextTaskDue', 'nextTaskDue', {
        id: 'tsk_long',
        content:
          'Prepare the rate card for all three sites, including night-shift and weekend premiums, and send it to procurement',
        dueDate: dayOffset(now, 3),
      }),
      customAttributes: [
        customAttribute({
          id: 'attr_sites',
          label: 'Sites',
          value: tag('customMultiSelect', 'selected', ['Rotterdam', 'Antwerp', 'Hamburg']),
        }),
        customAttribute({
          id: 'attr_volume',
          label: 'Expected annual billings',
          value: { viewType: 'customCurrency', amount: 2_345_678.9, currency: 'EUR' },
        }),
      ],
    },
  ]
}

export const DEMO_OPPORTUNITY_COUNT = 124

/** The whole demo pipeline, in "oldest modification first" order like Spott's list. */
export function createDemoOpportunities(now: Date = new Date()): MockOpportunity[] {
  const generatedCount = DEMO_OPPORTUNITY_COUNT - 4
  return [
    ...showcase(now),
    ...Array.from({ length: generatedCount }, (_, index) => generated(index, now)),
  ]
}
