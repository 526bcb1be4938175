// Example operations preloaded in GraphiQL, one group per kind of user.

export interface Example {
  id: string;
  group: 'planner' | 'provider' | 'standards';
  title: string;
  query: string;
  variables?: string;
  headers?: string;
}

export const groups: Record<Example['group'], string> = {
  planner: 'Workforce planners',
  provider: 'Training providers',
  standards: 'Standards bodies',
};

export const examples: Example[] = [
  {
    id: 'planner-gaps-jp',
    group: 'planner',
    title: 'Skill gaps in Japan',
    query: `# Where are skills missing in Japan? One row per competence and level that a demanded
# role needs: openings (demand) against seats of programmes that fully teach it (supply).
query RegionGapsJapan {
  regionGaps(region: "JP") {
    year
    totals { openings missing shortage covered }
    rows {
      competence { code title }
      level
      demand
      supply
      partialSupply
      gap
      coverageRatio
      accessible
      status
      roles { id title }
    }
  }
}
`,
  },
  {
    id: 'planner-learning-path',
    group: 'planner',
    title: 'Learning path: penetration tester in Japan',
    query: `# Which programmes can a person in Japan take, in order, to become a penetration tester?
query LearningPath($role: ID!, $region: ID!) {
  learningPath(role: $role, region: $region) {
    role { id title }
    steps {
      programme { id title hours provider { name } }
      covers { competence { code } level }
    }
    uncovered { competence { code title } level }
    totalHours
  }
}
`,
    variables: JSON.stringify({ role: 'ECSF:PENTESTER', region: 'JP' }, null, 2),
  },
  {
    id: 'planner-suppliers-de',
    group: 'planner',
    title: 'Why a number says what it says (Germany)',
    query: `# Every gap row can list the programmes behind its supply and the mapping path that links them.
query SuppliersGermany {
  regionGaps(region: "DE") {
    rows {
      competence { code }
      level
      demand
      supply
      status
      suppliers {
        programme { id title seatsPerYear regions { code } }
        developedCompetence { code }
        developedLevel
        countsAsSupply
        path { class hops path }
      }
    }
  }
}
`,
  },
  {
    id: 'planner-scenario-de',
    group: 'planner',
    title: 'What if? A course for D.1 at level 5 in Germany',
    query: `# The report as if the scenario were written: nothing is stored and revision stays the same.
# Each row carries its baseline (the stored graph's row); the report carries the totals' change.
query WhatIfGermany($scenario: ScenarioInput) {
  revision
  regionGaps(region: "DE", scenario: $scenario) {
    year
    totals { openings missing shortage covered }
    baselineTotals { openings missing shortage covered }
    totalsDelta { openings missing shortage covered }
    rows {
      competence { code }
      level
      demand
      supply
      gap
      status
      baseline { demand supply gap status }
    }
  }
}
`,
    variables: JSON.stringify(
      {
        scenario: {
          demandFactor: 1.2,
          addProgrammes: [
            {
              id: 'de-ciso-strategy',
              provider: 'prov-ill-de-institut',
              title: 'Security strategy for CISOs (planned)',
              regions: ['DE'],
              seatsPerYear: 300,
              hours: 60,
              develops: [{ competence: 'ECF:D.1', level: 5 }],
            },
          ],
        },
      },
      null,
      2,
    ),
  },
  {
    id: 'provider-programmes',
    group: 'provider',
    title: 'Programmes in a region',
    query: `# Programmes offered in Japan (or a region below it), 20 a page; pass pageInfo.endCursor as $after for the next page.
query Programmes($region: ID, $after: String) {
  trainingProgrammes(region: $region, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        title
        provider { name }
        regions { code }
        seatsPerYear
        hours
        delivery
        language
        develops { competence { code } level }
      }
    }
  }
}
`,
    variables: JSON.stringify({ region: 'JP' }, null, 2),
  },
  {
    id: 'provider-register',
    group: 'provider',
    title: 'Register a programme (needs a token)',
    query: `# Registering needs an access token of a provider account, sent as a header:
#   Authorization: Bearer <access token>
# If you signed in on the Providers page of this site (same browser tab), GraphiQL sends your
# token by itself; otherwise get one from POST /connect/token and put it in the Headers tab below.
# The provider is the one your token is bound to; the server assigns the id.
# A value the server refuses comes back in userErrors, each with the path of the input field it is
# about (such as ["input", "develops", "0", "level"]), and nothing is written.
mutation RegisterProgramme($input: TrainingProgrammeInput!) {
  registerTrainingProgramme(input: $input) {
    trainingProgramme {
      id
      title
      version
      regions { code }
      develops { competence { code } level }
    }
    userErrors { field code message }
  }
}

# Your own programmes, retired ones included, 100 a page by default (at most 500).
query MyProgrammes {
  myTrainingProgrammes {
    totalCount
    nodes { id title retired version }
  }
}
`,
    variables: JSON.stringify(
      {
        input: {
          title: 'Incident handling bootcamp',
          regions: ['DE'],
          seatsPerYear: 40,
          hours: 60,
          delivery: 'CLASSROOM',
          language: 'de',
          develops: [{ competence: 'ECF:C.4', level: 4 }],
          preparesFor: ['ECSF:INCIDENT-RESPONDER'],
        },
      },
      null,
      2,
    ),
    headers: JSON.stringify({ Authorization: 'Bearer PASTE-AN-ACCESS-TOKEN-HERE' }, null, 2),
  },
  {
    id: 'standards-equivalents',
    group: 'standards',
    title: 'Equivalents of ISO/IEC 15408-1:2009',
    query: `# Elements reachable through approved mappings, best first: identical adoptions (EQUAL) lead.
query Equivalents($id: ID!) {
  equivalents(id: $id, maxHops: 3) {
    totalCount
    nodes {
      element { id ... on Standard { title } }
      kind
      class
      hops
      minStrength
      path
    }
  }
}
`,
    variables: JSON.stringify({ id: 'ISO/IEC 15408-1:2009' }, null, 2),
  },
  {
    id: 'standards-coverage',
    group: 'standards',
    title: 'How well NICE covers ECSF',
    query: `# For each ECSF competence and role: its best path into NICE, and the EQUAL/FULL/PARTIAL/NONE shares.
query Coverage($source: ID!, $target: ID!) {
  frameworkCoverage(source: $source, target: $target, maxHops: 3) {
    shares { kind total equal full partial none equalShare fullShare partialShare noneShare }
    elements {
      element { id ... on Role { title } ... on Competence { title } }
      kind
      class
      best { target class hops minStrength path }
    }
  }
}
`,
    variables: JSON.stringify({ source: 'ECSF', target: 'NICE' }, null, 2),
  },
  {
    id: 'standards-mappings',
    group: 'standards',
    title: 'Proposed mappings awaiting approval',
    query: `# Mappings written through the API are PROPOSED until another standards body or an administrator approves them.
# 100 a page by default (at most 500); pass pageInfo.endCursor as after for the next page.
query ProposedMappings {
  mappings(status: PROPOSED) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      source
      relationship
      target
      strength
      rationale
      author
      note
    }
  }
}
`,
  },
];
