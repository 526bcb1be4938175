using System.Text.Json.Serialization;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// Serializer metadata for the records the stores keep, made at compile time: a start-up parses hundreds of thousands of
/// them, and reflection would first have to build and compile their accessors. <see cref="RecordJson"/> applies its own
/// naming and escaping to it, so the JSON is the same as with reflection.
/// </summary>
[JsonSerializable(typeof(DatasetInfo))]
[JsonSerializable(typeof(Region))]
[JsonSerializable(typeof(Framework))]
[JsonSerializable(typeof(Competence))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(Standard))]
[JsonSerializable(typeof(Mapping))]
[JsonSerializable(typeof(Provider))]
[JsonSerializable(typeof(TrainingProgramme))]
[JsonSerializable(typeof(DemandEntry))]
[JsonSerializable(typeof(List<Dataset>))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
