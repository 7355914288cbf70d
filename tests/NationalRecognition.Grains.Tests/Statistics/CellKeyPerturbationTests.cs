using NationalRecognition.Grains.ReadModels.Statistics;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

public sealed class CellKeyPerturbationTests
{
    [Fact]
    public void Zero_stays_zero_whatever_the_key() =>
        Assert.All(Enumerable.Range(0, CellKeyPerturbation.Range), k => Assert.Equal(0, CellKeyPerturbation.Published(0, k)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(40)]
    public void The_perturbation_is_unbiased_and_bounded(long value)
    {
        var noises = Enumerable.Range(0, CellKeyPerturbation.Range).Select(k => CellKeyPerturbation.Noise(value, k)).ToList();

        Assert.Equal(0, noises.Sum());
        Assert.All(noises, n => Assert.InRange(n, -CellKeyPerturbation.Bound, CellKeyPerturbation.Bound));
        Assert.All(noises, n => Assert.True(value + n >= 0));
    }

    [Fact]
    public void Every_published_figure_can_have_come_from_at_least_three_true_values()
    {
        var preimages = Enumerable.Range(0, 60)
            .SelectMany(value => Enumerable.Range(0, CellKeyPerturbation.Range).Select(k => (Value: (long)value, Published: CellKeyPerturbation.Published(value, k))))
            .GroupBy(x => x.Published)
            .Where(g => g.Key < 50);

        Assert.All(preimages, g => Assert.True(g.Select(x => x.Value).Distinct().Count() >= 3, $"published {g.Key} comes from {string.Join(',', g.Select(x => x.Value).Distinct())}"));
    }

    [Fact]
    public void A_record_key_is_the_secret_s_not_the_id_s()
    {
        var id = Guid.NewGuid();

        var one = new RecordKeys(CellKeySecret.Random()).OfApplication(id);
        var other = new RecordKeys(CellKeySecret.Random()).OfApplication(id);
        var again = new RecordKeys(new CellKeySecret(new byte[32])).OfApplication(id);

        Assert.NotEqual(one, other);
        Assert.Equal(again, new RecordKeys(new CellKeySecret(new byte[32])).OfApplication(id));
    }
}
