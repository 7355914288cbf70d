using NationalRecognition.Contracts.People;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Grains.ReadModels.RoleHolders;

/// <summary>
/// Who holds roles at each institution (heads, registrars, Commission roles), from the grants and revocations in the log.
/// Platform-wide roles (administrators, analysts) are held at no institution and are not listed here.
/// </summary>
public sealed class RoleHolderProjection : IProjection
{
    public const string ProjectionName = "role-holders";

    public string Name => ProjectionName;

    public IEnumerable<ReadModelChange> Project(RecordedEvent recorded)
    {
        switch (EventCatalogue.Read(recorded))
        {
            case RoleGranted { InstitutionBin: { } bin } granted:
                yield return new RoleHolderAdded(bin, new RoleHolder(
                    granted.PersonKey, granted.Issuer, granted.Subject, granted.MaskedIin, granted.Role, granted.CommissionId, recorded.OccurredAt));
                break;
            case RoleRevoked { InstitutionBin: { } bin } revoked:
                yield return new RoleHolderRemoved(bin, new RoleHolder(
                    revoked.PersonKey, revoked.Issuer, revoked.Subject, revoked.MaskedIin, revoked.Role, revoked.CommissionId, recorded.OccurredAt));
                break;
        }
    }
}
