namespace NationalRecognition.FaultTests.Api;

/// <summary>An interval without any successful answer (on the <see cref="PhaseLog"/> clock).</summary>
public readonly record struct AnswerGap(TimeSpan Start, TimeSpan End)
{
    public TimeSpan Length => End - Start;

    public override string ToString() => $"{Length.TotalSeconds:0.00} s (from {Start.TotalSeconds:0.00} s to {End.TotalSeconds:0.00} s)";
}
