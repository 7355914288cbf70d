using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Grains.Tests;

internal static class Refusal
{
    /// <summary>Asserts the call is refused with this code (and clause, when given), as a caller of the cluster sees it.</summary>
    public static async Task<PlatformException> Expect(Func<Task> call, DomainErrorCode code, string? clause = null)
    {
        var refusal = await Assert.ThrowsAsync<PlatformException>(call);
        Assert.Equal(code, refusal.Code);
        if (clause is not null)
        {
            Assert.Equal(clause, refusal.Clause);
        }

        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        return refusal;
    }
}
