using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RegisterTrainingProgrammePayloadGraphType() : WritePayloadGraphType<TrainingProgrammeGraphType, TrainingProgramme>(
    "registerTrainingProgramme", "trainingProgramme", "The programme as registered, with the id the server gave it.");
