using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class UpdateTrainingProgrammePayloadGraphType() : WritePayloadGraphType<TrainingProgrammeGraphType, TrainingProgramme>(
    "updateTrainingProgramme", "trainingProgramme", "The programme as stored now, with its new version.");
