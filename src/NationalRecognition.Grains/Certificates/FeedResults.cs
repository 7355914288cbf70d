using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Grains.Certificates;

/// <summary>Results of feed records.</summary>
internal static class FeedResults
{
    public static FeedRecordResult Rejected(int index, string? number, DomainException refusal, string? registryKey = null) =>
        new(index, string.IsNullOrWhiteSpace(number) ? null : number.Trim(), FeedOutcome.Rejected, registryKey, null,
            refusal.Code, refusal.Field, refusal.Clause, refusal.Reason, PlatformMessage.From(refusal.Text));
}
