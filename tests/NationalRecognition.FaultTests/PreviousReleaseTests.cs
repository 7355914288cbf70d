using NationalRecognition.FaultTests.Releases;

namespace NationalRecognition.FaultTests;

/// <summary>What "previous" means to the upgrade test: the commit <c>releases/previous</c> names, which must be in the history.</summary>
public sealed class PreviousReleaseTests
{
    [Fact]
    public async Task The_previous_release_is_a_commit_of_this_clones_history()
    {
        var release = PreviousRelease.Read();

        await release.VerifyInHistoryAsync();

        Assert.Matches("^[0-9a-f]{40}$", release.Commit);
    }

    [Fact]
    public async Task A_previous_release_missing_from_the_history_fails_and_says_how_to_fetch_it()
    {
        var missing = PreviousRelease.Read() with { Tag = "release/never-cut", Commit = "0123456789abcdef0123456789abcdef01234567" };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(missing.VerifyInHistoryAsync);

        Assert.Contains("is not in this clone's history", failure.Message, StringComparison.Ordinal);
        Assert.Contains("git fetch origin 0123456789abcdef0123456789abcdef01234567", failure.Message, StringComparison.Ordinal);
        Assert.Contains("git fetch origin tag release/never-cut", failure.Message, StringComparison.Ordinal);
    }
}
