using System.Reflection;
using NationalRecognition.Grains.Events;
using Xunit;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// The log stores each event under its [PlatformEvent] name and schema version, and finds its type by them
/// again: so each type's name and version are pinned here, and a rename is never an accident.
/// </summary>
public sealed class StoredEventNamesTests
{
    private static readonly Dictionary<Type, string> Pinned = new()
    {
        [typeof(AcademicPeriodSet)] = "AcademicPeriodSet v1",
        [typeof(ApplicationDecided)] = "ApplicationDecided v1",
        [typeof(ApplicationReviewStarted)] = "ApplicationReviewStarted v1",
        [typeof(ApplicationSubmitted)] = "ApplicationSubmitted v2",
        [typeof(ApplicationSubmittedV1)] = "ApplicationSubmitted v1",
        [typeof(ApplicationWithdrawn)] = "ApplicationWithdrawn v2",
        [typeof(ApplicationWithdrawnV1)] = "ApplicationWithdrawn v1",
        [typeof(CertificateRecognitionClaimed)] = "CertificateRecognitionClaimed v1",
        [typeof(CertificateRegistered)] = "CertificateRegistered v1",
        [typeof(CertificateUpdated)] = "CertificateUpdated v1",
        [typeof(CertificateFeedBatchReceived)] = "CertificateFeedBatchReceived v1",
        [typeof(InDemandProfessionsPublished)] = "InDemandProfessionsPublished v1",
        [typeof(CommandRefused)] = "CommandRefused v2",
        [typeof(CommandRefusedV1)] = "CommandRefused v1",
        [typeof(SubmissionRefusedAtDoor)] = "SubmissionRefusedAtDoor v3",
        [typeof(SubmissionRefusedAtDoorV2)] = "SubmissionRefusedAtDoor v2",
        [typeof(SubmissionRefusedAtDoorV1)] = "SubmissionRefusedAtDoor v1",
        [typeof(CoursesRecognised)] = "CoursesRecognised v1",
        [typeof(CommissionActivated)] = "CommissionActivated v1",
        [typeof(CommissionEstablished)] = "CommissionEstablished v1",
        [typeof(CommissionMemberIdentitiesCorrected)] = "CommissionMemberIdentitiesCorrected v1",
        [typeof(CommissionQuorumsMigrated)] = "CommissionQuorumsMigrated v1",
        [typeof(CommissionReconstituted)] = "CommissionReconstituted v1",
        [typeof(ComparisonRecorded)] = "ComparisonRecorded v1",
        [typeof(InstitutionRegistered)] = "InstitutionRegistered v1",
        [typeof(ProgrammeUpserted)] = "ProgrammeUpserted v1",
        [typeof(RoleGranted)] = "RoleGranted v1",
        [typeof(RoleRevoked)] = "RoleRevoked v1",
    };

    // Found here rather than through EventCatalogue, whose lookup cannot even be built when two types clash.
    private static readonly Type[] EventTypes = typeof(EventCatalogue).Assembly.GetTypes()
        .Where(type => type.GetCustomAttribute<PlatformEventAttribute>() is not null)
        .ToArray();

    [Fact]
    public void Event_names_and_schema_versions_are_unique()
    {
        var clashes = EventTypes
            .GroupBy(Stored, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(type => type.Name).Order(StringComparer.Ordinal))}")
            .ToList();

        Assert.True(clashes.Count == 0,
            "Event types stored under the same name and version, so the log could not tell them apart:\n" + string.Join('\n', clashes));
    }

    [Fact]
    public void Every_event_type_has_its_stored_name_and_version_pinned()
    {
        var unpinned = EventTypes
            .Where(type => !Pinned.ContainsKey(type))
            .Select(type => $"[typeof({type.Name})] = \"{Stored(type)}\",")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unpinned.Count == 0, "Event types whose stored name and version are not pinned yet:\n" + string.Join('\n', unpinned));
    }

    [Fact]
    public void Pinned_event_names_and_versions_never_change()
    {
        var changed = Pinned
            .Where(pin => Stored(pin.Key) != pin.Value)
            .Select(pin => $"{pin.Key.Name}: pinned \"{pin.Value}\", now \"{Stored(pin.Key) ?? "no [PlatformEvent]"}\"")
            .ToList();

        Assert.True(changed.Count == 0,
            "Stored event names or versions changed, so the events already in the log would no longer be read. Restore the "
            + "[PlatformEvent] name; for a new schema version, keep the old type as its reader (Golden/README.md):\n"
            + string.Join('\n', changed));
    }

    // "Name vVersion": what the log's event_type and schema_version columns hold for the type.
    private static string? Stored(Type type) =>
        type.GetCustomAttribute<PlatformEventAttribute>() is { } stored ? $"{stored.Name} v{stored.SchemaVersion}" : null;
}
