namespace NationalRecognition.FaultTests.Checks;

/// <summary>
/// The run's findings: each check is logged as it is made (PASS/FAIL with its numbers) and the test fails at the
/// end with every failed check, so one run shows everything that holds and everything that does not.
/// </summary>
public sealed class Verdicts(PhaseLog log)
{
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public void Check(string what, bool holds, string detail)
    {
        if (holds)
        {
            log.Info($"PASS {what}: {detail}");
        }
        else
        {
            Fail(what, detail);
        }
    }

    /// <summary>Passes when <paramref name="problems"/> is empty; otherwise lists the first few.</summary>
    public void NoProblems(string what, IReadOnlyCollection<string> problems, string detail)
    {
        const int shown = 10;
        Check(what, problems.Count == 0, problems.Count == 0
            ? detail
            : $"{problems.Count} problem(s); {detail}{Environment.NewLine}      {string.Join(Environment.NewLine + "      ", problems.Take(shown))}{(problems.Count > shown ? $"{Environment.NewLine}      …" : string.Empty)}");
    }

    public void Fail(string what, string detail)
    {
        _failures.Add($"{what}: {detail}");
        log.Info($"FAIL {what}: {detail}");
    }

    public void AssertAllHeld() =>
        Assert.True(_failures.Count == 0,
            $"{_failures.Count} check(s) failed:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", _failures)}");
}
