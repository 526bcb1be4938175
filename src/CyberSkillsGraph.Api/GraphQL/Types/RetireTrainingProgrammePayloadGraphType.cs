using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RetireTrainingProgrammePayloadGraphType() : WritePayloadGraphType<TrainingProgrammeGraphType, TrainingProgramme>(
    "retireTrainingProgramme", "trainingProgramme", "The programme as stored now, retired.");
