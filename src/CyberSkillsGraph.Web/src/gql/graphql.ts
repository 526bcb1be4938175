/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How far the held role meets one requirement of the role aimed at. */
export type BridgeStatus =
  /** A held competence at the level or above is the required one or covers it fully (an EQUAL or FULL path). */
  | 'COVERED'
  /** No held competence is related within the hop limit. */
  | 'LACKING'
  /** A held competence is related through approved mappings, but only partially or below the level. */
  | 'PARTIAL';

/** A competence at a proficiency level. */
export type CompetenceLevelInput = {
  /** The competence's id. */
  competence: string | number;
  /** 1..5, within the competence's range. */
  level: number;
};

/** EQUAL: same or equal-only path; FULL: equal and subset_of hops; PARTIAL: any other path; NONE: no path. */
export type CoverageClass =
  /** The element itself, or a path of EQUAL mappings only. */
  | 'EQUAL'
  /** A path of EQUAL and SUBSET_OF mappings: the reached element covers all of the needed one. */
  | 'FULL'
  /** Nothing is reachable. */
  | 'NONE'
  /** Any other path: the reached element covers part of the needed one. */
  | 'PARTIAL';

/** The saved scenario to delete. */
export type DeleteScenarioInput = {
  /** The id of one of your saved scenarios. */
  id: string | number;
};

/** How a programme is taught. */
export type DeliveryMode =
  /** Partly online, partly in a classroom. */
  | 'BLENDED'
  /** Taught in a classroom. */
  | 'CLASSROOM'
  /** Taught online. */
  | 'ONLINE';

/** The kind of element an analysis row is about. */
export type ElementKind =
  /** A competence of a framework. */
  | 'COMPETENCE'
  /** A role of a framework. */
  | 'ROLE'
  /** A standard, scheme or law. */
  | 'STANDARD';

/** What a framework describes. */
export type FrameworkKind =
  /** Competences and their proficiency levels, such as the e-CF. */
  | 'COMPETENCE_FRAMEWORK'
  /** A qualification or certification and what it attests. */
  | 'QUALIFICATION'
  /** Job roles and the competences they require, such as ECSF or the NICE Framework. */
  | 'ROLE_FRAMEWORK';

/** MISSING: nothing reachable teaches it; SHORTAGE: fewer seats than openings; COVERED: enough seats. */
export type GapStatus =
  /** At least as many seats supply it as openings need it. */
  | 'COVERED'
  /** No programme in, below or above the region fully supplies it. */
  | 'MISSING'
  /** Some seats supply it, fewer than the openings that need it. */
  | 'SHORTAGE';

/** Only approved mappings take part in analysis. */
export type MappingStatus =
  /** Reviewed and in force; analyses follow it. */
  | 'APPROVED'
  /** Waits for another account's approval; analyses leave it out unless asked for a preview. */
  | 'PROPOSED';

/** A stored programme in a scenario: new seats, or retired. One of the two. */
export type ProgrammeChangeInput = {
  /** The stored programme's id. */
  programme: string | number;
  /** True: the programme is no longer offered under the scenario. */
  retire?: boolean | null | undefined;
  /** Its seats a year under the scenario. */
  seatsPerYear?: number | null | undefined;
};

/** NIST IR 8477 set-theory relationship, read from source to target. */
export type Relationship =
  /** Source and target are the same concept. */
  | 'EQUAL'
  /** Source and target overlap; each has something the other lacks. */
  | 'INTERSECTS_WITH'
  /** Source and target were compared and found unrelated. */
  | 'NOT_RELATED'
  /** Source is part of target. */
  | 'SUBSET_OF'
  /** Source contains target. */
  | 'SUPERSET_OF';

/** The programme to retire. */
export type RetireTrainingProgrammeInput = {
  /** The id of one of your programmes. */
  id: string | number;
};

/** A growth factor for one role's stored demand entries. */
export type RoleDemandFactorInput = {
  /** Multiplies the role's openings; rounded half away from zero. */
  factor: number;
  /** The role. */
  role: string | number;
};

/** A scenario to save under your account (at most 100). */
export type SaveScenarioInput = {
  /** One of your saved scenarios to replace; leave out to save a new one. */
  id?: string | number | null | undefined;
  /** Its name, shown in your list. */
  name: string;
  /** The scenario, checked like a write against the current graph. */
  scenario: ScenarioInput;
};

/** Openings a scenario sets for a role in a region and year. */
export type ScenarioDemandInput = {
  /** People to hire that year. */
  openings: number;
  /** A region code. */
  region: string;
  /** The role. */
  role: string | number;
  /** The year. */
  year: number;
};

/** A what-if change analysed without being written. Limits: 50 added programmes, 500 programme changes, 500 role factors, 1000 demand entries; factors within 0..100. */
export type ScenarioInput = {
  /** Programmes that would be offered. */
  addProgrammes?: Array<ScenarioProgrammeInput> | null | undefined;
  /** Stored programmes whose seats change or that retire. */
  changeProgrammes?: Array<ProgrammeChangeInput> | null | undefined;
  /** Demand entries taken as given: they replace the stored entry of the same region, role and year, or add one. */
  demand?: Array<ScenarioDemandInput> | null | undefined;
  /** Multiplies the openings of every stored demand entry not listed in demand and whose role has no factor of its own; rounded half away from zero. Default 1. */
  demandFactor?: number | null | undefined;
  /** Count proposed mappings as if approved (pending changes of approved mappings are not counted). */
  includeProposed?: boolean | null | undefined;
  /** Per-role factors, applied instead of demandFactor. */
  roleDemandFactors?: Array<RoleDemandFactorInput> | null | undefined;
};

/** A programme a scenario adds: what registerTrainingProgramme takes, plus the id and provider it would have. It is checked like a registration. */
export type ScenarioProgrammeInput = {
  /** Ids of the standards it is aligned with. */
  alignedWith?: Array<string | number> | null | undefined;
  /** How the programme is taught. */
  delivery?: DeliveryMode | null | undefined;
  /** The competences it teaches and the level a graduate reaches in each. */
  develops: Array<CompetenceLevelInput>;
  /** Hours of instruction, 0 or more. */
  hours: number;
  /** An id no stored programme has. */
  id: string | number;
  /** The language of instruction as a BCP 47 tag, such as ja, en or pt-BR. */
  language?: string | null | undefined;
  /** Anything else a reader should know. */
  note?: string | null | undefined;
  /** Ids of the roles it prepares for. */
  preparesFor?: Array<string | number> | null | undefined;
  /** A stored provider. */
  provider: string | number;
  /** Region codes where it is offered. */
  regions: Array<string>;
  /** Places offered per year, 0 or more. */
  seatsPerYear: number;
  /** The programme's name as its provider publishes it. */
  title: string;
};

/** A programme as its provider describes it (registerTrainingProgramme). The provider is the one your access token is bound to. */
export type TrainingProgrammeInput = {
  /** Ids of the standards it is aligned with. */
  alignedWith?: Array<string | number> | null | undefined;
  /** How the programme is taught. */
  delivery?: DeliveryMode | null | undefined;
  /** The competences it teaches and the level a graduate reaches in each. */
  develops: Array<CompetenceLevelInput>;
  /** Hours of instruction, 0 or more. */
  hours: number;
  /** The language of instruction as a BCP 47 tag, such as ja, en or pt-BR. */
  language?: string | null | undefined;
  /** Anything else a reader should know. */
  note?: string | null | undefined;
  /** Ids of the roles it prepares for. */
  preparesFor?: Array<string | number> | null | undefined;
  /**
   * Ignored.
   * @deprecated Ignored: the provider is always the one your access token is bound to.
   */
  provider?: string | number | null | undefined;
  /** Region codes where it is offered. */
  regions: Array<string>;
  /** Places offered per year, 0 or more. */
  seatsPerYear: number;
  /** The programme's name as its provider publishes it. */
  title: string;
};

/** Which of your programmes to replace, the version you read, and all its new values. */
export type UpdateTrainingProgrammeInput = {
  /** Ids of the standards it is aligned with. */
  alignedWith?: Array<string | number> | null | undefined;
  /** How the programme is taught. */
  delivery?: DeliveryMode | null | undefined;
  /** The competences it teaches and the level a graduate reaches in each. */
  develops: Array<CompetenceLevelInput>;
  /** Hours of instruction, 0 or more. */
  hours: number;
  /** The id of one of your programmes. */
  id: string | number;
  /** The language of instruction as a BCP 47 tag, such as ja, en or pt-BR. */
  language?: string | null | undefined;
  /** Anything else a reader should know. */
  note?: string | null | undefined;
  /** Ids of the roles it prepares for. */
  preparesFor?: Array<string | number> | null | undefined;
  /** Region codes where it is offered. */
  regions: Array<string>;
  /** Places offered per year, 0 or more. */
  seatsPerYear: number;
  /** The programme's name as its provider publishes it. */
  title: string;
  /** TrainingProgramme.version as you read it; if the programme changed since, nothing is written (CONFLICT). */
  version: string;
};

/** Why a mutation changed nothing. */
export type UserErrorCode =
  /** The field's value breaks a rule; the message says which. */
  | 'INVALID'
  /** You already keep as many as allowed. */
  | 'LIMIT_REACHED'
  /** There is no record with the id (or ends) the field names, or none of yours. */
  | 'NOT_FOUND';

export type GapRowFragment = { level: number, demand: number, supply: number, partialSupply: number, gap: number, coverageRatio: number | null, accessible: boolean, status: GapStatus, competence: { id: string, code: string, title: string }, roles: Array<{ id: string, title: string }> };

export type UserErrorFragment = { field: Array<string> | null, code: UserErrorCode, message: string };

export type PageInfoFragment = { hasNextPage: boolean, endCursor: string | null };

export type GapTotalsFragment = { openings: number, missing: number, shortage: number, covered: number };

export type SupplierFragment = { developedLevel: number, countsAsSupply: boolean, programme: { id: string, title: string, seatsPerYear: number, hours: number, provider: { id: string, name: string }, regions: Array<{ code: string }> }, developedCompetence: { id: string, code: string }, path: { class: CoverageClass, hops: number, path: Array<string> } };

export type RequirementFragment = { level: number, competence: { id: string, code: string, title: string } };

export type RegionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RegionsQuery = { regions: { nodes: Array<{ code: string, name: string, parent: { code: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FrameworksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FrameworksQuery = { frameworks: { nodes: Array<{ id: string, name: string, kind: FrameworkKind, roles: { nodes: Array<{ id: string, title: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, competences: { nodes: Array<{ id: string, code: string, title: string, minLevel: number, maxLevel: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CoverageQueryVariables = Exact<{
  source: string | number;
  target: string | number;
  maxHops?: number | null | undefined;
  includeProposed?: boolean | null | undefined;
}>;


export type CoverageQuery = { frameworkCoverage: { elements: Array<{ kind: ElementKind, class: CoverageClass, element:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , best: { target: string, class: CoverageClass, hops: number, minStrength: number | null, path: Array<string>, usesProposed: boolean } | null }>, shares: Array<{ kind: ElementKind, total: number, equal: number, full: number, partial: number, none: number, equalShare: number, fullShare: number, partialShare: number, noneShare: number }> }, mappings: { nodes: Array<{ source: string, target: string, relationship: Relationship, strength: number, status: MappingStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MappingEdgeFragment = { source: string, target: string, relationship: Relationship, strength: number, status: MappingStatus };

export type MappingsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MappingsQuery = { mappings: { nodes: Array<{ source: string, target: string, relationship: Relationship, strength: number, status: MappingStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type YearsQueryVariables = Exact<{
  region: string | number;
}>;


export type YearsQuery = { region: { demandYears: Array<number> } | null };

export type GapsQueryVariables = Exact<{
  region: string | number;
  year?: number | null | undefined;
}>;


export type GapsQuery = { regionGaps: { year: number | null, totals: { openings: number, missing: number, shortage: number, covered: number }, rows: Array<{ level: number, demand: number, supply: number, partialSupply: number, gap: number, coverageRatio: number | null, accessible: boolean, status: GapStatus, competence: { id: string, code: string, title: string }, roles: Array<{ id: string, title: string }> }> } };

export type CompareGapsQueryVariables = Exact<{
  year?: number | null | undefined;
  r0: string | number;
  r1?: string | number;
  r2?: string | number;
  r3?: string | number;
  r4?: string | number;
  r5?: string | number;
  with1?: boolean;
  with2?: boolean;
  with3?: boolean;
  with4?: boolean;
  with5?: boolean;
}>;


export type CompareGapsQuery = { c0: { rows: Array<{ level: number, demand: number, supply: number, gap: number, status: GapStatus, competence: { id: string } }> }, c1?: { rows: Array<{ level: number, demand: number, supply: number, gap: number, status: GapStatus, competence: { id: string } }> }, c2?: { rows: Array<{ level: number, demand: number, supply: number, gap: number, status: GapStatus, competence: { id: string } }> }, c3?: { rows: Array<{ level: number, demand: number, supply: number, gap: number, status: GapStatus, competence: { id: string } }> }, c4?: { rows: Array<{ level: number, demand: number, supply: number, gap: number, status: GapStatus, competence: { id: string } }> }, c5?: { rows: Array<{ level: number, demand: number, supply: number, gap: number, status: GapStatus, competence: { id: string } }> } };

export type ComparedRowsFragment = { rows: Array<{ level: number, demand: number, supply: number, gap: number, status: GapStatus, competence: { id: string } }> };

export type SuppliersQueryVariables = Exact<{
  region: string | number;
  year?: number | null | undefined;
}>;


export type SuppliersQuery = { regionGaps: { rows: Array<{ level: number, competence: { id: string }, suppliers: Array<{ developedLevel: number, countsAsSupply: boolean, programme: { id: string, title: string, seatsPerYear: number, hours: number, provider: { id: string, name: string }, regions: Array<{ code: string }> }, developedCompetence: { id: string, code: string }, path: { class: CoverageClass, hops: number, path: Array<string> } }> }> } };

export type PathQueryVariables = Exact<{
  role: string | number;
  region: string | number;
}>;


export type PathQuery = { learningPath: { totalHours: number, role: { id: string, title: string, requires: Array<{ level: number, competence: { id: string, code: string, title: string } }> }, steps: Array<{ programme: { id: string, title: string, hours: number, provider: { name: string }, regions: Array<{ code: string }> }, covers: Array<{ level: number, competence: { id: string, code: string, title: string } }> }>, uncovered: Array<{ level: number, competence: { id: string, code: string, title: string } }> } };

export type OwnProgrammesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OwnProgrammesQuery = { myTrainingProgrammes: { nodes: Array<{ id: string, title: string, seatsPerYear: number, hours: number, delivery: DeliveryMode | null, language: string | null, note: string | null, retired: boolean, version: string, regions: Array<{ code: string }>, develops: Array<{ level: number, competence: { id: string } }>, preparesFor: Array<{ id: string }>, alignedWith: Array<{ id: string }>, provider: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RetireMutationVariables = Exact<{
  input: RetireTrainingProgrammeInput;
}>;


export type RetireMutation = { retireTrainingProgramme: { trainingProgramme: { id: string, retired: boolean, version: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type UpdateMutationVariables = Exact<{
  input: UpdateTrainingProgrammeInput;
}>;


export type UpdateMutation = { updateTrainingProgramme: { trainingProgramme: { id: string, version: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RegisterMutationVariables = Exact<{
  input: TrainingProgrammeInput;
}>;


export type RegisterMutation = { registerTrainingProgramme: { trainingProgramme: { id: string, version: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RegionTrendQueryVariables = Exact<{
  region: string | number;
}>;


export type RegionTrendQuery = { regionTrend: { points: Array<{ year: number, demand: number, supply: number, gap: number }> } };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { datasets: { nodes: Array<{ id: string, title: string, source: string, licence: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, frameworks: { nodes: Array<{ id: string, name: string, version: string | null, publisher: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BridgeQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  region?: string | number | null | undefined;
}>;


export type BridgeQuery = { roleBridge: { from: { id: string, title: string, requires: Array<{ level: number }> }, to: { id: string, title: string }, rolePath: { class: CoverageClass, hops: number, path: Array<string> } | null, requirements: Array<{ status: BridgeStatus, requirement: { level: number, competence: { id: string, code: string, title: string } }, held: { level: number, competence: { id: string, code: string, title: string } } | null, path: { class: CoverageClass, hops: number, path: Array<string> } | null }>, learningPath: { totalHours: number, steps: Array<{ programme: { id: string, title: string, hours: number, provider: { name: string } }, covers: Array<{ level: number, competence: { id: string, code: string, title: string } }> }>, uncovered: Array<{ level: number, competence: { id: string, code: string, title: string } }> } | null } };

export type TrendQueryVariables = Exact<{
  region: string | number;
  competence: string | number;
  level: number;
}>;


export type TrendQuery = { gapTrend: { points: Array<{ year: number, demand: number, supply: number, gap: number }> } };

export type ScenarioReportFragment = { totals: { openings: number, missing: number, shortage: number, covered: number }, baselineTotals: { openings: number, missing: number, shortage: number, covered: number } | null, totalsDelta: { openings: number, missing: number, shortage: number, covered: number } | null, rows: Array<{ level: number, demand: number, supply: number, partialSupply: number, gap: number, coverageRatio: number | null, accessible: boolean, status: GapStatus, competence: { id: string, code: string, title: string }, baseline: { demand: number, supply: number, gap: number, status: GapStatus } | null }> };

export type SavedScenarioFragment = { id: string, name: string, shareId: string, baseRevision: number, stale: boolean, updatedAt: string, document: string };

export type ScenarioGapsQueryVariables = Exact<{
  region: string | number;
  year?: number | null | undefined;
  scenario?: ScenarioInput | null | undefined;
}>;


export type ScenarioGapsQuery = { regionGaps: { totals: { openings: number, missing: number, shortage: number, covered: number }, baselineTotals: { openings: number, missing: number, shortage: number, covered: number } | null, totalsDelta: { openings: number, missing: number, shortage: number, covered: number } | null, rows: Array<{ level: number, demand: number, supply: number, partialSupply: number, gap: number, coverageRatio: number | null, accessible: boolean, status: GapStatus, competence: { id: string, code: string, title: string }, baseline: { demand: number, supply: number, gap: number, status: GapStatus } | null }> } };

export type SharedScenarioQueryVariables = Exact<{
  shareId: string | number;
  region: string | number;
  year?: number | null | undefined;
}>;


export type SharedScenarioQuery = { sharedScenario: { id: string, name: string, shareId: string, baseRevision: number, stale: boolean, updatedAt: string, document: string, gaps: { totals: { openings: number, missing: number, shortage: number, covered: number }, baselineTotals: { openings: number, missing: number, shortage: number, covered: number } | null, totalsDelta: { openings: number, missing: number, shortage: number, covered: number } | null, rows: Array<{ level: number, demand: number, supply: number, partialSupply: number, gap: number, coverageRatio: number | null, accessible: boolean, status: GapStatus, competence: { id: string, code: string, title: string }, baseline: { demand: number, supply: number, gap: number, status: GapStatus } | null }> } } | null };

export type MyScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type MyScenariosQuery = { myScenarios: Array<{ id: string, name: string, shareId: string, baseRevision: number, stale: boolean, updatedAt: string, document: string }> };

export type SaveScenarioMutationVariables = Exact<{
  input: SaveScenarioInput;
}>;


export type SaveScenarioMutation = { saveScenario: { scenario: { id: string, name: string, shareId: string, baseRevision: number, stale: boolean, updatedAt: string, document: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type DeleteScenarioMutationVariables = Exact<{
  input: DeleteScenarioInput;
}>;


export type DeleteScenarioMutation = { deleteScenario: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GapRowFragmentDoc = new TypedDocumentString(`
    fragment GapRow on SkillGap {
  competence {
    id
    code
    title
  }
  level
  demand
  supply
  partialSupply
  gap
  coverageRatio
  accessible
  status
  roles {
    id
    title
  }
}
    `, {"fragmentName":"GapRow"}) as unknown as TypedDocumentString<GapRowFragment, unknown>;
export const UserErrorFragmentDoc = new TypedDocumentString(`
    fragment UserError on UserError {
  field
  code
  message
}
    `, {"fragmentName":"UserError"}) as unknown as TypedDocumentString<UserErrorFragment, unknown>;
export const PageInfoFragmentDoc = new TypedDocumentString(`
    fragment PageInfo on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfo"}) as unknown as TypedDocumentString<PageInfoFragment, unknown>;
export const SupplierFragmentDoc = new TypedDocumentString(`
    fragment Supplier on Supplier {
  programme {
    id
    title
    seatsPerYear
    hours
    provider {
      id
      name
    }
    regions {
      code
    }
  }
  developedCompetence {
    id
    code
  }
  developedLevel
  countsAsSupply
  path {
    class
    hops
    path
  }
}
    `, {"fragmentName":"Supplier"}) as unknown as TypedDocumentString<SupplierFragment, unknown>;
export const RequirementFragmentDoc = new TypedDocumentString(`
    fragment Requirement on Requirement {
  competence {
    id
    code
    title
  }
  level
}
    `, {"fragmentName":"Requirement"}) as unknown as TypedDocumentString<RequirementFragment, unknown>;
export const MappingEdgeFragmentDoc = new TypedDocumentString(`
    fragment MappingEdge on Mapping {
  source
  target
  relationship
  strength
  status
}
    `, {"fragmentName":"MappingEdge"}) as unknown as TypedDocumentString<MappingEdgeFragment, unknown>;
export const ComparedRowsFragmentDoc = new TypedDocumentString(`
    fragment ComparedRows on RegionGapReport {
  rows {
    competence {
      id
    }
    level
    demand
    supply
    gap
    status
  }
}
    `, {"fragmentName":"ComparedRows"}) as unknown as TypedDocumentString<ComparedRowsFragment, unknown>;
export const GapTotalsFragmentDoc = new TypedDocumentString(`
    fragment GapTotals on GapTotals {
  openings
  missing
  shortage
  covered
}
    `, {"fragmentName":"GapTotals"}) as unknown as TypedDocumentString<GapTotalsFragment, unknown>;
export const ScenarioReportFragmentDoc = new TypedDocumentString(`
    fragment ScenarioReport on RegionGapReport {
  totals {
    ...GapTotals
  }
  baselineTotals {
    ...GapTotals
  }
  totalsDelta {
    ...GapTotals
  }
  rows {
    competence {
      id
      code
      title
    }
    level
    demand
    supply
    partialSupply
    gap
    coverageRatio
    accessible
    status
    baseline {
      demand
      supply
      gap
      status
    }
  }
}
    fragment GapTotals on GapTotals {
  openings
  missing
  shortage
  covered
}`, {"fragmentName":"ScenarioReport"}) as unknown as TypedDocumentString<ScenarioReportFragment, unknown>;
export const SavedScenarioFragmentDoc = new TypedDocumentString(`
    fragment SavedScenario on SavedScenario {
  id
  name
  shareId
  baseRevision
  stale
  updatedAt
  document
}
    `, {"fragmentName":"SavedScenario"}) as unknown as TypedDocumentString<SavedScenarioFragment, unknown>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions($after: String) {
  regions(first: 500, after: $after) {
    nodes {
      code
      name
      parent {
        code
      }
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const FrameworksDocument = new TypedDocumentString(`
    query Frameworks($after: String) {
  frameworks(first: 500, after: $after) {
    nodes {
      id
      name
      kind
      roles(first: 500) {
        nodes {
          id
          title
        }
        pageInfo {
          ...PageInfo
        }
      }
      competences(first: 500) {
        nodes {
          id
          code
          title
          minLevel
          maxLevel
        }
        pageInfo {
          ...PageInfo
        }
      }
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<FrameworksQuery, FrameworksQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($source: ID!, $target: ID!, $maxHops: Int, $includeProposed: Boolean) {
  frameworkCoverage(
    source: $source
    target: $target
    maxHops: $maxHops
    includeProposed: $includeProposed
  ) {
    elements {
      element {
        id
      }
      kind
      class
      best {
        target
        class
        hops
        minStrength
        path
        usesProposed
      }
    }
    shares {
      kind
      total
      equal
      full
      partial
      none
      equalShare
      fullShare
      partialShare
      noneShare
    }
  }
  mappings(first: 500) {
    nodes {
      ...MappingEdge
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment MappingEdge on Mapping {
  source
  target
  relationship
  strength
  status
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const MappingsDocument = new TypedDocumentString(`
    query Mappings($after: String) {
  mappings(first: 500, after: $after) {
    nodes {
      ...MappingEdge
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment MappingEdge on Mapping {
  source
  target
  relationship
  strength
  status
}`) as unknown as TypedDocumentString<MappingsQuery, MappingsQueryVariables>;
export const YearsDocument = new TypedDocumentString(`
    query Years($region: ID!) {
  region(code: $region) {
    demandYears
  }
}
    `) as unknown as TypedDocumentString<YearsQuery, YearsQueryVariables>;
export const GapsDocument = new TypedDocumentString(`
    query Gaps($region: ID!, $year: Int) {
  regionGaps(region: $region, year: $year) {
    year
    totals {
      ...GapTotals
    }
    rows {
      ...GapRow
    }
  }
}
    fragment GapRow on SkillGap {
  competence {
    id
    code
    title
  }
  level
  demand
  supply
  partialSupply
  gap
  coverageRatio
  accessible
  status
  roles {
    id
    title
  }
}
fragment GapTotals on GapTotals {
  openings
  missing
  shortage
  covered
}`) as unknown as TypedDocumentString<GapsQuery, GapsQueryVariables>;
export const CompareGapsDocument = new TypedDocumentString(`
    query CompareGaps($year: Int, $r0: ID!, $r1: ID! = "", $r2: ID! = "", $r3: ID! = "", $r4: ID! = "", $r5: ID! = "", $with1: Boolean! = false, $with2: Boolean! = false, $with3: Boolean! = false, $with4: Boolean! = false, $with5: Boolean! = false) {
  c0: regionGaps(region: $r0, year: $year) {
    ...ComparedRows
  }
  c1: regionGaps(region: $r1, year: $year) @include(if: $with1) {
    ...ComparedRows
  }
  c2: regionGaps(region: $r2, year: $year) @include(if: $with2) {
    ...ComparedRows
  }
  c3: regionGaps(region: $r3, year: $year) @include(if: $with3) {
    ...ComparedRows
  }
  c4: regionGaps(region: $r4, year: $year) @include(if: $with4) {
    ...ComparedRows
  }
  c5: regionGaps(region: $r5, year: $year) @include(if: $with5) {
    ...ComparedRows
  }
}
    fragment ComparedRows on RegionGapReport {
  rows {
    competence {
      id
    }
    level
    demand
    supply
    gap
    status
  }
}`) as unknown as TypedDocumentString<CompareGapsQuery, CompareGapsQueryVariables>;
export const SuppliersDocument = new TypedDocumentString(`
    query Suppliers($region: ID!, $year: Int) {
  regionGaps(region: $region, year: $year) {
    rows {
      competence {
        id
      }
      level
      suppliers {
        ...Supplier
      }
    }
  }
}
    fragment Supplier on Supplier {
  programme {
    id
    title
    seatsPerYear
    hours
    provider {
      id
      name
    }
    regions {
      code
    }
  }
  developedCompetence {
    id
    code
  }
  developedLevel
  countsAsSupply
  path {
    class
    hops
    path
  }
}`) as unknown as TypedDocumentString<SuppliersQuery, SuppliersQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($role: ID!, $region: ID!) {
  learningPath(role: $role, region: $region) {
    role {
      id
      title
      requires {
        ...Requirement
      }
    }
    steps {
      programme {
        id
        title
        hours
        provider {
          name
        }
        regions {
          code
        }
      }
      covers {
        ...Requirement
      }
    }
    uncovered {
      ...Requirement
    }
    totalHours
  }
}
    fragment Requirement on Requirement {
  competence {
    id
    code
    title
  }
  level
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const OwnProgrammesDocument = new TypedDocumentString(`
    query OwnProgrammes($after: String) {
  myTrainingProgrammes(first: 500, after: $after) {
    nodes {
      id
      title
      regions {
        code
      }
      seatsPerYear
      hours
      delivery
      language
      develops {
        competence {
          id
        }
        level
      }
      preparesFor {
        id
      }
      alignedWith {
        id
      }
      note
      retired
      version
      provider {
        id
        name
      }
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OwnProgrammesQuery, OwnProgrammesQueryVariables>;
export const RetireDocument = new TypedDocumentString(`
    mutation Retire($input: RetireTrainingProgrammeInput!) {
  retireTrainingProgramme(input: $input) {
    trainingProgramme {
      id
      retired
      version
    }
    userErrors {
      ...UserError
    }
  }
}
    fragment UserError on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<RetireMutation, RetireMutationVariables>;
export const UpdateDocument = new TypedDocumentString(`
    mutation Update($input: UpdateTrainingProgrammeInput!) {
  updateTrainingProgramme(input: $input) {
    trainingProgramme {
      id
      version
    }
    userErrors {
      ...UserError
    }
  }
}
    fragment UserError on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<UpdateMutation, UpdateMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: TrainingProgrammeInput!) {
  registerTrainingProgramme(input: $input) {
    trainingProgramme {
      id
      version
    }
    userErrors {
      ...UserError
    }
  }
}
    fragment UserError on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const RegionTrendDocument = new TypedDocumentString(`
    query RegionTrend($region: ID!) {
  regionTrend(region: $region) {
    points {
      year
      demand
      supply
      gap
    }
  }
}
    `) as unknown as TypedDocumentString<RegionTrendQuery, RegionTrendQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources {
  datasets(first: 500) {
    nodes {
      id
      title
      source
      licence
    }
    pageInfo {
      ...PageInfo
    }
  }
  frameworks(first: 500) {
    nodes {
      id
      name
      version
      publisher
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const BridgeDocument = new TypedDocumentString(`
    query Bridge($from: ID!, $to: ID!, $region: ID) {
  roleBridge(from: $from, to: $to, region: $region) {
    from {
      id
      title
      requires {
        level
      }
    }
    to {
      id
      title
    }
    rolePath {
      class
      hops
      path
    }
    requirements {
      requirement {
        ...Requirement
      }
      status
      held {
        ...Requirement
      }
      path {
        class
        hops
        path
      }
    }
    learningPath {
      steps {
        programme {
          id
          title
          hours
          provider {
            name
          }
        }
        covers {
          ...Requirement
        }
      }
      uncovered {
        ...Requirement
      }
      totalHours
    }
  }
}
    fragment Requirement on Requirement {
  competence {
    id
    code
    title
  }
  level
}`) as unknown as TypedDocumentString<BridgeQuery, BridgeQueryVariables>;
export const TrendDocument = new TypedDocumentString(`
    query Trend($region: ID!, $competence: ID!, $level: Int!) {
  gapTrend(region: $region, competence: $competence, level: $level) {
    points {
      year
      demand
      supply
      gap
    }
  }
}
    `) as unknown as TypedDocumentString<TrendQuery, TrendQueryVariables>;
export const ScenarioGapsDocument = new TypedDocumentString(`
    query ScenarioGaps($region: ID!, $year: Int, $scenario: ScenarioInput) {
  regionGaps(region: $region, year: $year, scenario: $scenario) {
    ...ScenarioReport
  }
}
    fragment GapTotals on GapTotals {
  openings
  missing
  shortage
  covered
}
fragment ScenarioReport on RegionGapReport {
  totals {
    ...GapTotals
  }
  baselineTotals {
    ...GapTotals
  }
  totalsDelta {
    ...GapTotals
  }
  rows {
    competence {
      id
      code
      title
    }
    level
    demand
    supply
    partialSupply
    gap
    coverageRatio
    accessible
    status
    baseline {
      demand
      supply
      gap
      status
    }
  }
}`) as unknown as TypedDocumentString<ScenarioGapsQuery, ScenarioGapsQueryVariables>;
export const SharedScenarioDocument = new TypedDocumentString(`
    query SharedScenario($shareId: ID!, $region: ID!, $year: Int) {
  sharedScenario(shareId: $shareId) {
    ...SavedScenario
    gaps(region: $region, year: $year) {
      ...ScenarioReport
    }
  }
}
    fragment GapTotals on GapTotals {
  openings
  missing
  shortage
  covered
}
fragment ScenarioReport on RegionGapReport {
  totals {
    ...GapTotals
  }
  baselineTotals {
    ...GapTotals
  }
  totalsDelta {
    ...GapTotals
  }
  rows {
    competence {
      id
      code
      title
    }
    level
    demand
    supply
    partialSupply
    gap
    coverageRatio
    accessible
    status
    baseline {
      demand
      supply
      gap
      status
    }
  }
}
fragment SavedScenario on SavedScenario {
  id
  name
  shareId
  baseRevision
  stale
  updatedAt
  document
}`) as unknown as TypedDocumentString<SharedScenarioQuery, SharedScenarioQueryVariables>;
export const MyScenariosDocument = new TypedDocumentString(`
    query MyScenarios {
  myScenarios {
    ...SavedScenario
  }
}
    fragment SavedScenario on SavedScenario {
  id
  name
  shareId
  baseRevision
  stale
  updatedAt
  document
}`) as unknown as TypedDocumentString<MyScenariosQuery, MyScenariosQueryVariables>;
export const SaveScenarioDocument = new TypedDocumentString(`
    mutation SaveScenario($input: SaveScenarioInput!) {
  saveScenario(input: $input) {
    scenario {
      ...SavedScenario
    }
    userErrors {
      ...UserError
    }
  }
}
    fragment UserError on UserError {
  field
  code
  message
}
fragment SavedScenario on SavedScenario {
  id
  name
  shareId
  baseRevision
  stale
  updatedAt
  document
}`) as unknown as TypedDocumentString<SaveScenarioMutation, SaveScenarioMutationVariables>;
export const DeleteScenarioDocument = new TypedDocumentString(`
    mutation DeleteScenario($input: DeleteScenarioInput!) {
  deleteScenario(input: $input) {
    userErrors {
      ...UserError
    }
  }
}
    fragment UserError on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<DeleteScenarioMutation, DeleteScenarioMutationVariables>;