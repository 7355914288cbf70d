using NationalRecognition.Contracts.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Applications;

/// <summary>Commands after the submission are safe to retry by the version the client saw (<c>expectedVersion</c>).</summary>
internal static class CommandRetries
{
    /// <summary>
    /// A command that carries the version the client saw: at that version it goes ahead (null); one version later, made
    /// by this very command, it is a retry and gets the same answer; anything else has changed since.
    /// </summary>
    public static ApplicationInfo? Repeated(ApplicationInfo current, string? lastFingerprint, int? expectedVersion, string fingerprint)
    {
        if (expectedVersion is not { } expected || current.Version == expected)
        {
            return null;
        }

        return current.Version == expected + 1 && lastFingerprint == fingerprint
            ? current
            : throw new DomainException(DomainErrorCode.Conflict,
                Message.Of("commandRetries.applicationVersionVersion", ("version", current.Version), ("expected", expected)),
                "expectedVersion");
    }

    public static DomainException FinalAlready(Domain.Applications.ApplicationStatus status) =>
        new(DomainErrorCode.InvalidTransition, Message.Of("commandRetries.applicationAlreadyStatus", ("status", status)), "status");

    /// <summary>PostgreSQL keeps microseconds: instants are cut to them so that what is stored reads back equal.</summary>
    public static DateTimeOffset StoredNow(this TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMicrosecond));
    }
}
