/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment GapRow on SkillGap {\n    competence { id code title }\n    level demand supply partialSupply gap coverageRatio accessible status\n    roles { id title }\n  }\n": typeof types.GapRowFragmentDoc,
    "\n  fragment UserError on UserError { field code message }\n": typeof types.UserErrorFragmentDoc,
    "\n  fragment PageInfo on PageInfo { hasNextPage endCursor }\n": typeof types.PageInfoFragmentDoc,
    "\n  fragment GapTotals on GapTotals { openings missing shortage covered }\n": typeof types.GapTotalsFragmentDoc,
    "\n  fragment Supplier on Supplier {\n    programme { id title seatsPerYear hours provider { id name } regions { code } }\n    developedCompetence { id code }\n    developedLevel countsAsSupply\n    path { class hops path }\n  }\n": typeof types.SupplierFragmentDoc,
    "\n  fragment Requirement on Requirement { competence { id code title } level }\n": typeof types.RequirementFragmentDoc,
    "\n  query Regions($after: String) { regions(first: 500, after: $after) { nodes { code name parent { code } } pageInfo { ...PageInfo } } }\n": typeof types.RegionsDocument,
    "\n  query Frameworks($after: String) {\n    frameworks(first: 500, after: $after) {\n      nodes {\n        id name kind\n        roles(first: 500) { nodes { id title } pageInfo { ...PageInfo } }\n        competences(first: 500) { nodes { id code title minLevel maxLevel } pageInfo { ...PageInfo } }\n      }\n      pageInfo { ...PageInfo }\n    }\n  }\n": typeof types.FrameworksDocument,
    "\n  query Coverage($source: ID!, $target: ID!, $maxHops: Int, $includeProposed: Boolean) {\n    frameworkCoverage(source: $source, target: $target, maxHops: $maxHops, includeProposed: $includeProposed) {\n      elements { element { id } kind class best { target class hops minStrength path usesProposed } }\n      shares { kind total equal full partial none equalShare fullShare partialShare noneShare }\n    }\n    mappings(first: 500) { nodes { ...MappingEdge } pageInfo { ...PageInfo } }\n  }\n  fragment MappingEdge on Mapping { source target relationship strength status }\n": typeof types.CoverageDocument,
    "\n  query Mappings($after: String) { mappings(first: 500, after: $after) { nodes { ...MappingEdge } pageInfo { ...PageInfo } } }\n": typeof types.MappingsDocument,
    "\n  query Years($region: ID!) { region(code: $region) { demandYears } }\n": typeof types.YearsDocument,
    "\n  query Gaps($region: ID!, $year: Int) {\n    regionGaps(region: $region, year: $year) { year totals { ...GapTotals } rows { ...GapRow } }\n  }\n": typeof types.GapsDocument,
    "\n  query CompareGaps(\n    $year: Int\n    $r0: ID!\n    $r1: ID! = \"\"\n    $r2: ID! = \"\"\n    $r3: ID! = \"\"\n    $r4: ID! = \"\"\n    $r5: ID! = \"\"\n    $with1: Boolean! = false\n    $with2: Boolean! = false\n    $with3: Boolean! = false\n    $with4: Boolean! = false\n    $with5: Boolean! = false\n  ) {\n    c0: regionGaps(region: $r0, year: $year) { ...ComparedRows }\n    c1: regionGaps(region: $r1, year: $year) @include(if: $with1) { ...ComparedRows }\n    c2: regionGaps(region: $r2, year: $year) @include(if: $with2) { ...ComparedRows }\n    c3: regionGaps(region: $r3, year: $year) @include(if: $with3) { ...ComparedRows }\n    c4: regionGaps(region: $r4, year: $year) @include(if: $with4) { ...ComparedRows }\n    c5: regionGaps(region: $r5, year: $year) @include(if: $with5) { ...ComparedRows }\n  }\n  fragment ComparedRows on RegionGapReport { rows { competence { id } level demand supply gap status } }\n": typeof types.CompareGapsDocument,
    "\n  query Suppliers($region: ID!, $year: Int) {\n    regionGaps(region: $region, year: $year) { rows { competence { id } level suppliers { ...Supplier } } }\n  }\n": typeof types.SuppliersDocument,
    "\n  query Path($role: ID!, $region: ID!) {\n    learningPath(role: $role, region: $region) {\n      role { id title requires { ...Requirement } }\n      steps { programme { id title hours provider { name } regions { code } } covers { ...Requirement } }\n      uncovered { ...Requirement }\n      totalHours\n    }\n  }\n": typeof types.PathDocument,
    "\n  query OwnProgrammes($after: String) {\n    myTrainingProgrammes(first: 500, after: $after) {\n      nodes {\n        id title regions { code } seatsPerYear hours delivery language develops { competence { id } level }\n        preparesFor { id } alignedWith { id } note retired version provider { id name }\n      }\n      pageInfo { ...PageInfo }\n    }\n  }\n": typeof types.OwnProgrammesDocument,
    "\n  mutation Retire($input: RetireTrainingProgrammeInput!) {\n    retireTrainingProgramme(input: $input) { trainingProgramme { id retired version } userErrors { ...UserError } }\n  }\n": typeof types.RetireDocument,
    "\n  mutation Update($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { trainingProgramme { id version } userErrors { ...UserError } }\n  }\n": typeof types.UpdateDocument,
    "\n  mutation Register($input: TrainingProgrammeInput!) {\n    registerTrainingProgramme(input: $input) { trainingProgramme { id version } userErrors { ...UserError } }\n  }\n": typeof types.RegisterDocument,
    "\n  query RegionTrend($region: ID!) { regionTrend(region: $region) { points { year demand supply gap } } }\n": typeof types.RegionTrendDocument,
    "\n  query Sources {\n    datasets(first: 500) { nodes { id title source licence } pageInfo { ...PageInfo } }\n    frameworks(first: 500) { nodes { id name version publisher } pageInfo { ...PageInfo } }\n  }\n": typeof types.SourcesDocument,
    "\n  query Bridge($from: ID!, $to: ID!, $region: ID) {\n    roleBridge(from: $from, to: $to, region: $region) {\n      from { id title requires { level } }\n      to { id title }\n      rolePath { class hops path }\n      requirements { requirement { ...Requirement } status held { ...Requirement } path { class hops path } }\n      learningPath {\n        steps { programme { id title hours provider { name } } covers { ...Requirement } }\n        uncovered { ...Requirement }\n        totalHours\n      }\n    }\n  }\n": typeof types.BridgeDocument,
    "\n  query Trend($region: ID!, $competence: ID!, $level: Int!) {\n    gapTrend(region: $region, competence: $competence, level: $level) { points { year demand supply gap } }\n  }\n": typeof types.TrendDocument,
    "\n  fragment ScenarioReport on RegionGapReport {\n    totals { ...GapTotals }\n    baselineTotals { ...GapTotals }\n    totalsDelta { ...GapTotals }\n    rows {\n      competence { id code title }\n      level demand supply partialSupply gap coverageRatio accessible status\n      baseline { demand supply gap status }\n    }\n  }\n": typeof types.ScenarioReportFragmentDoc,
    "\n  fragment SavedScenario on SavedScenario { id name shareId baseRevision stale updatedAt document }\n": typeof types.SavedScenarioFragmentDoc,
    "\n  query ScenarioGaps($region: ID!, $year: Int, $scenario: ScenarioInput) {\n    regionGaps(region: $region, year: $year, scenario: $scenario) { ...ScenarioReport }\n  }\n": typeof types.ScenarioGapsDocument,
    "\n  query SharedScenario($shareId: ID!, $region: ID!, $year: Int) {\n    sharedScenario(shareId: $shareId) { ...SavedScenario gaps(region: $region, year: $year) { ...ScenarioReport } }\n  }\n": typeof types.SharedScenarioDocument,
    "\n  query MyScenarios { myScenarios { ...SavedScenario } }\n": typeof types.MyScenariosDocument,
    "\n  mutation SaveScenario($input: SaveScenarioInput!) {\n    saveScenario(input: $input) { scenario { ...SavedScenario } userErrors { ...UserError } }\n  }\n": typeof types.SaveScenarioDocument,
    "\n  mutation DeleteScenario($input: DeleteScenarioInput!) { deleteScenario(input: $input) { userErrors { ...UserError } } }\n": typeof types.DeleteScenarioDocument,
};
const documents: Documents = {
    "\n  fragment GapRow on SkillGap {\n    competence { id code title }\n    level demand supply partialSupply gap coverageRatio accessible status\n    roles { id title }\n  }\n": types.GapRowFragmentDoc,
    "\n  fragment UserError on UserError { field code message }\n": types.UserErrorFragmentDoc,
    "\n  fragment PageInfo on PageInfo { hasNextPage endCursor }\n": types.PageInfoFragmentDoc,
    "\n  fragment GapTotals on GapTotals { openings missing shortage covered }\n": types.GapTotalsFragmentDoc,
    "\n  fragment Supplier on Supplier {\n    programme { id title seatsPerYear hours provider { id name } regions { code } }\n    developedCompetence { id code }\n    developedLevel countsAsSupply\n    path { class hops path }\n  }\n": types.SupplierFragmentDoc,
    "\n  fragment Requirement on Requirement { competence { id code title } level }\n": types.RequirementFragmentDoc,
    "\n  query Regions($after: String) { regions(first: 500, after: $after) { nodes { code name parent { code } } pageInfo { ...PageInfo } } }\n": types.RegionsDocument,
    "\n  query Frameworks($after: String) {\n    frameworks(first: 500, after: $after) {\n      nodes {\n        id name kind\n        roles(first: 500) { nodes { id title } pageInfo { ...PageInfo } }\n        competences(first: 500) { nodes { id code title minLevel maxLevel } pageInfo { ...PageInfo } }\n      }\n      pageInfo { ...PageInfo }\n    }\n  }\n": types.FrameworksDocument,
    "\n  query Coverage($source: ID!, $target: ID!, $maxHops: Int, $includeProposed: Boolean) {\n    frameworkCoverage(source: $source, target: $target, maxHops: $maxHops, includeProposed: $includeProposed) {\n      elements { element { id } kind class best { target class hops minStrength path usesProposed } }\n      shares { kind total equal full partial none equalShare fullShare partialShare noneShare }\n    }\n    mappings(first: 500) { nodes { ...MappingEdge } pageInfo { ...PageInfo } }\n  }\n  fragment MappingEdge on Mapping { source target relationship strength status }\n": types.CoverageDocument,
    "\n  query Mappings($after: String) { mappings(first: 500, after: $after) { nodes { ...MappingEdge } pageInfo { ...PageInfo } } }\n": types.MappingsDocument,
    "\n  query Years($region: ID!) { region(code: $region) { demandYears } }\n": types.YearsDocument,
    "\n  query Gaps($region: ID!, $year: Int) {\n    regionGaps(region: $region, year: $year) { year totals { ...GapTotals } rows { ...GapRow } }\n  }\n": types.GapsDocument,
    "\n  query CompareGaps(\n    $year: Int\n    $r0: ID!\n    $r1: ID! = \"\"\n    $r2: ID! = \"\"\n    $r3: ID! = \"\"\n    $r4: ID! = \"\"\n    $r5: ID! = \"\"\n    $with1: Boolean! = false\n    $with2: Boolean! = false\n    $with3: Boolean! = false\n    $with4: Boolean! = false\n    $with5: Boolean! = false\n  ) {\n    c0: regionGaps(region: $r0, year: $year) { ...ComparedRows }\n    c1: regionGaps(region: $r1, year: $year) @include(if: $with1) { ...ComparedRows }\n    c2: regionGaps(region: $r2, year: $year) @include(if: $with2) { ...ComparedRows }\n    c3: regionGaps(region: $r3, year: $year) @include(if: $with3) { ...ComparedRows }\n    c4: regionGaps(region: $r4, year: $year) @include(if: $with4) { ...ComparedRows }\n    c5: regionGaps(region: $r5, year: $year) @include(if: $with5) { ...ComparedRows }\n  }\n  fragment ComparedRows on RegionGapReport { rows { competence { id } level demand supply gap status } }\n": types.CompareGapsDocument,
    "\n  query Suppliers($region: ID!, $year: Int) {\n    regionGaps(region: $region, year: $year) { rows { competence { id } level suppliers { ...Supplier } } }\n  }\n": types.SuppliersDocument,
    "\n  query Path($role: ID!, $region: ID!) {\n    learningPath(role: $role, region: $region) {\n      role { id title requires { ...Requirement } }\n      steps { programme { id title hours provider { name } regions { code } } covers { ...Requirement } }\n      uncovered { ...Requirement }\n      totalHours\n    }\n  }\n": types.PathDocument,
    "\n  query OwnProgrammes($after: String) {\n    myTrainingProgrammes(first: 500, after: $after) {\n      nodes {\n        id title regions { code } seatsPerYear hours delivery language develops { competence { id } level }\n        preparesFor { id } alignedWith { id } note retired version provider { id name }\n      }\n      pageInfo { ...PageInfo }\n    }\n  }\n": types.OwnProgrammesDocument,
    "\n  mutation Retire($input: RetireTrainingProgrammeInput!) {\n    retireTrainingProgramme(input: $input) { trainingProgramme { id retired version } userErrors { ...UserError } }\n  }\n": types.RetireDocument,
    "\n  mutation Update($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { trainingProgramme { id version } userErrors { ...UserError } }\n  }\n": types.UpdateDocument,
    "\n  mutation Register($input: TrainingProgrammeInput!) {\n    registerTrainingProgramme(input: $input) { trainingProgramme { id version } userErrors { ...UserError } }\n  }\n": types.RegisterDocument,
    "\n  query RegionTrend($region: ID!) { regionTrend(region: $region) { points { year demand supply gap } } }\n": types.RegionTrendDocument,
    "\n  query Sources {\n    datasets(first: 500) { nodes { id title source licence } pageInfo { ...PageInfo } }\n    frameworks(first: 500) { nodes { id name version publisher } pageInfo { ...PageInfo } }\n  }\n": types.SourcesDocument,
    "\n  query Bridge($from: ID!, $to: ID!, $region: ID) {\n    roleBridge(from: $from, to: $to, region: $region) {\n      from { id title requires { level } }\n      to { id title }\n      rolePath { class hops path }\n      requirements { requirement { ...Requirement } status held { ...Requirement } path { class hops path } }\n      learningPath {\n        steps { programme { id title hours provider { name } } covers { ...Requirement } }\n        uncovered { ...Requirement }\n        totalHours\n      }\n    }\n  }\n": types.BridgeDocument,
    "\n  query Trend($region: ID!, $competence: ID!, $level: Int!) {\n    gapTrend(region: $region, competence: $competence, level: $level) { points { year demand supply gap } }\n  }\n": types.TrendDocument,
    "\n  fragment ScenarioReport on RegionGapReport {\n    totals { ...GapTotals }\n    baselineTotals { ...GapTotals }\n    totalsDelta { ...GapTotals }\n    rows {\n      competence { id code title }\n      level demand supply partialSupply gap coverageRatio accessible status\n      baseline { demand supply gap status }\n    }\n  }\n": types.ScenarioReportFragmentDoc,
    "\n  fragment SavedScenario on SavedScenario { id name shareId baseRevision stale updatedAt document }\n": types.SavedScenarioFragmentDoc,
    "\n  query ScenarioGaps($region: ID!, $year: Int, $scenario: ScenarioInput) {\n    regionGaps(region: $region, year: $year, scenario: $scenario) { ...ScenarioReport }\n  }\n": types.ScenarioGapsDocument,
    "\n  query SharedScenario($shareId: ID!, $region: ID!, $year: Int) {\n    sharedScenario(shareId: $shareId) { ...SavedScenario gaps(region: $region, year: $year) { ...ScenarioReport } }\n  }\n": types.SharedScenarioDocument,
    "\n  query MyScenarios { myScenarios { ...SavedScenario } }\n": types.MyScenariosDocument,
    "\n  mutation SaveScenario($input: SaveScenarioInput!) {\n    saveScenario(input: $input) { scenario { ...SavedScenario } userErrors { ...UserError } }\n  }\n": types.SaveScenarioDocument,
    "\n  mutation DeleteScenario($input: DeleteScenarioInput!) { deleteScenario(input: $input) { userErrors { ...UserError } } }\n": types.DeleteScenarioDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapRow on SkillGap {\n    competence { id code title }\n    level demand supply partialSupply gap coverageRatio accessible status\n    roles { id title }\n  }\n"): typeof import('./graphql').GapRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserError on UserError { field code message }\n"): typeof import('./graphql').UserErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfo on PageInfo { hasNextPage endCursor }\n"): typeof import('./graphql').PageInfoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapTotals on GapTotals { openings missing shortage covered }\n"): typeof import('./graphql').GapTotalsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Supplier on Supplier {\n    programme { id title seatsPerYear hours provider { id name } regions { code } }\n    developedCompetence { id code }\n    developedLevel countsAsSupply\n    path { class hops path }\n  }\n"): typeof import('./graphql').SupplierFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Requirement on Requirement { competence { id code title } level }\n"): typeof import('./graphql').RequirementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($after: String) { regions(first: 500, after: $after) { nodes { code name parent { code } } pageInfo { ...PageInfo } } }\n"): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Frameworks($after: String) {\n    frameworks(first: 500, after: $after) {\n      nodes {\n        id name kind\n        roles(first: 500) { nodes { id title } pageInfo { ...PageInfo } }\n        competences(first: 500) { nodes { id code title minLevel maxLevel } pageInfo { ...PageInfo } }\n      }\n      pageInfo { ...PageInfo }\n    }\n  }\n"): typeof import('./graphql').FrameworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($source: ID!, $target: ID!, $maxHops: Int, $includeProposed: Boolean) {\n    frameworkCoverage(source: $source, target: $target, maxHops: $maxHops, includeProposed: $includeProposed) {\n      elements { element { id } kind class best { target class hops minStrength path usesProposed } }\n      shares { kind total equal full partial none equalShare fullShare partialShare noneShare }\n    }\n    mappings(first: 500) { nodes { ...MappingEdge } pageInfo { ...PageInfo } }\n  }\n  fragment MappingEdge on Mapping { source target relationship strength status }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mappings($after: String) { mappings(first: 500, after: $after) { nodes { ...MappingEdge } pageInfo { ...PageInfo } } }\n"): typeof import('./graphql').MappingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Years($region: ID!) { region(code: $region) { demandYears } }\n"): typeof import('./graphql').YearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gaps($region: ID!, $year: Int) {\n    regionGaps(region: $region, year: $year) { year totals { ...GapTotals } rows { ...GapRow } }\n  }\n"): typeof import('./graphql').GapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareGaps(\n    $year: Int\n    $r0: ID!\n    $r1: ID! = \"\"\n    $r2: ID! = \"\"\n    $r3: ID! = \"\"\n    $r4: ID! = \"\"\n    $r5: ID! = \"\"\n    $with1: Boolean! = false\n    $with2: Boolean! = false\n    $with3: Boolean! = false\n    $with4: Boolean! = false\n    $with5: Boolean! = false\n  ) {\n    c0: regionGaps(region: $r0, year: $year) { ...ComparedRows }\n    c1: regionGaps(region: $r1, year: $year) @include(if: $with1) { ...ComparedRows }\n    c2: regionGaps(region: $r2, year: $year) @include(if: $with2) { ...ComparedRows }\n    c3: regionGaps(region: $r3, year: $year) @include(if: $with3) { ...ComparedRows }\n    c4: regionGaps(region: $r4, year: $year) @include(if: $with4) { ...ComparedRows }\n    c5: regionGaps(region: $r5, year: $year) @include(if: $with5) { ...ComparedRows }\n  }\n  fragment ComparedRows on RegionGapReport { rows { competence { id } level demand supply gap status } }\n"): typeof import('./graphql').CompareGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suppliers($region: ID!, $year: Int) {\n    regionGaps(region: $region, year: $year) { rows { competence { id } level suppliers { ...Supplier } } }\n  }\n"): typeof import('./graphql').SuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($role: ID!, $region: ID!) {\n    learningPath(role: $role, region: $region) {\n      role { id title requires { ...Requirement } }\n      steps { programme { id title hours provider { name } regions { code } } covers { ...Requirement } }\n      uncovered { ...Requirement }\n      totalHours\n    }\n  }\n"): typeof import('./graphql').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnProgrammes($after: String) {\n    myTrainingProgrammes(first: 500, after: $after) {\n      nodes {\n        id title regions { code } seatsPerYear hours delivery language develops { competence { id } level }\n        preparesFor { id } alignedWith { id } note retired version provider { id name }\n      }\n      pageInfo { ...PageInfo }\n    }\n  }\n"): typeof import('./graphql').OwnProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Retire($input: RetireTrainingProgrammeInput!) {\n    retireTrainingProgramme(input: $input) { trainingProgramme { id retired version } userErrors { ...UserError } }\n  }\n"): typeof import('./graphql').RetireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Update($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { trainingProgramme { id version } userErrors { ...UserError } }\n  }\n"): typeof import('./graphql').UpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: TrainingProgrammeInput!) {\n    registerTrainingProgramme(input: $input) { trainingProgramme { id version } userErrors { ...UserError } }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionTrend($region: ID!) { regionTrend(region: $region) { points { year demand supply gap } } }\n"): typeof import('./graphql').RegionTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources {\n    datasets(first: 500) { nodes { id title source licence } pageInfo { ...PageInfo } }\n    frameworks(first: 500) { nodes { id name version publisher } pageInfo { ...PageInfo } }\n  }\n"): typeof import('./graphql').SourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bridge($from: ID!, $to: ID!, $region: ID) {\n    roleBridge(from: $from, to: $to, region: $region) {\n      from { id title requires { level } }\n      to { id title }\n      rolePath { class hops path }\n      requirements { requirement { ...Requirement } status held { ...Requirement } path { class hops path } }\n      learningPath {\n        steps { programme { id title hours provider { name } } covers { ...Requirement } }\n        uncovered { ...Requirement }\n        totalHours\n      }\n    }\n  }\n"): typeof import('./graphql').BridgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trend($region: ID!, $competence: ID!, $level: Int!) {\n    gapTrend(region: $region, competence: $competence, level: $level) { points { year demand supply gap } }\n  }\n"): typeof import('./graphql').TrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioReport on RegionGapReport {\n    totals { ...GapTotals }\n    baselineTotals { ...GapTotals }\n    totalsDelta { ...GapTotals }\n    rows {\n      competence { id code title }\n      level demand supply partialSupply gap coverageRatio accessible status\n      baseline { demand supply gap status }\n    }\n  }\n"): typeof import('./graphql').ScenarioReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedScenario on SavedScenario { id name shareId baseRevision stale updatedAt document }\n"): typeof import('./graphql').SavedScenarioFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioGaps($region: ID!, $year: Int, $scenario: ScenarioInput) {\n    regionGaps(region: $region, year: $year, scenario: $scenario) { ...ScenarioReport }\n  }\n"): typeof import('./graphql').ScenarioGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedScenario($shareId: ID!, $region: ID!, $year: Int) {\n    sharedScenario(shareId: $shareId) { ...SavedScenario gaps(region: $region, year: $year) { ...ScenarioReport } }\n  }\n"): typeof import('./graphql').SharedScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyScenarios { myScenarios { ...SavedScenario } }\n"): typeof import('./graphql').MyScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScenario($input: SaveScenarioInput!) {\n    saveScenario(input: $input) { scenario { ...SavedScenario } userErrors { ...UserError } }\n  }\n"): typeof import('./graphql').SaveScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteScenario($input: DeleteScenarioInput!) { deleteScenario(input: $input) { userErrors { ...UserError } } }\n"): typeof import('./graphql').DeleteScenarioDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
