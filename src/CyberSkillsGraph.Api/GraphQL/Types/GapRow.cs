using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>A gap row with the region it was computed for and whether proposals were included, so that its suppliers can be explained on request.</summary>
public sealed record GapRow(SkillGap Gap, Region Region, bool IncludeProposed);
