namespace NationalRecognition.Benchmarks;

/// <summary>A learner of the pool: IIN and, for the platform, a token carrying it ("-" for the reference).</summary>
public sealed record Learner(string Iin, string Token)
{
    public static IReadOnlyList<Learner> ReadAll(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(p => new Learner(p[0], p[1])).ToList();
}
