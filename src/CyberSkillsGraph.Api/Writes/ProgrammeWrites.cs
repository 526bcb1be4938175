using System.Security.Claims;
using System.Security.Cryptography;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>Providers register, update and retire their own programmes. Which provider is always read from the token.</summary>
public static class ProgrammeWrites
{
    public static Task<TrainingProgramme> RegisterAsync(GraphState state, ClaimsPrincipal user, TrainingProgrammeInput input, CancellationToken cancellationToken)
    {
        string? id = null;
        return state.WriteAsync(snapshot =>
        {
            var provider = ProviderOf(snapshot, user);
            // Ids are made here, never taken from input: a client cannot aim a write at someone else's record.
            do id = $"{provider.Id}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
            while (snapshot.FindProgramme(id) is not null);
            var programme = input.ToRecord(id, provider.Id);
            return Request(provider, programme, Audit.Entry<TrainingProgramme>(user, "registerTrainingProgramme", RecordKinds.TrainingProgrammes.Name, id, null, programme));
        }, snapshot => snapshot.FindProgramme(id!)!, cancellationToken);
    }

    public static Task<TrainingProgramme> UpdateAsync(
        GraphState state, ClaimsPrincipal user, string id, string version, TrainingProgrammeInput input, CancellationToken cancellationToken) =>
        state.WriteAsync(snapshot =>
        {
            var (provider, existing) = OwnProgramme(snapshot, user, id);
            if (RecordJson.VersionOf(existing) != version)
                throw new WriteRejectedException(ErrorCodes.Conflict,
                    $"Programme '{id}' changed since version {version} was read (it is now {RecordJson.VersionOf(existing)}); read it again and reapply your change.");
            var programme = input.ToRecord(id, provider.Id, existing.Retired);
            return Request(provider, programme, Audit.Entry(user, "updateTrainingProgramme", RecordKinds.TrainingProgrammes.Name, id, existing, programme));
        }, snapshot => snapshot.FindProgramme(id)!, cancellationToken);

    /// <summary>Marks the programme retired and answers it as stored, so that clients' caches see <c>retired: true</c>.</summary>
    public static Task<TrainingProgramme> RetireAsync(GraphState state, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        state.WriteAsync(snapshot =>
        {
            var (provider, existing) = OwnProgramme(snapshot, user, id);
            var retired = existing with { Retired = true };
            return Request(provider, retired, Audit.Entry(user, "retireTrainingProgramme", RecordKinds.TrainingProgrammes.Name, id, existing, retired));
        }, snapshot => snapshot.FindProgramme(id)!, cancellationToken);

    private static WriteRequest Request(Provider provider, TrainingProgramme programme, AuditEntry audit) =>
        new([new NamedDataset(null, new Dataset(ApiDatasets.ForProvider(provider)) { TrainingProgrammes = [programme] })], [audit]);

    private static Provider ProviderOf(GraphSnapshot snapshot, ClaimsPrincipal user)
    {
        var providerId = user.ProviderOf()
            ?? throw new WriteRejectedException(ErrorCodes.Forbidden, "Your account is not bound to a provider, so it cannot write programmes.");
        return snapshot.FindProvider(providerId)
            ?? throw new WriteRejectedException(ErrorCodes.Forbidden, $"Your account's provider '{providerId}' is not in the graph; ask an administrator to import it.");
    }

    private static (Provider Provider, TrainingProgramme Programme) OwnProgramme(GraphSnapshot snapshot, ClaimsPrincipal user, string id)
    {
        var provider = ProviderOf(snapshot, user);
        var existing = snapshot.FindProgramme(id) ?? throw new WriteRejectedException(ErrorCodes.NotFound, $"There is no training programme '{id}'.");
        if (existing.Provider != provider.Id)
            throw new WriteRejectedException(ErrorCodes.Forbidden, $"Programme '{id}' belongs to another provider; you may change only your own.");
        return (provider, existing);
    }
}
