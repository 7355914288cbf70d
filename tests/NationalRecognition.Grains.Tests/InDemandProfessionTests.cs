using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>The exchange's list of in-demand professions, by year (clause 10.3). Each test owns its year.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class InDemandProfessionTests(WorkflowClusterFixture fixture)
{
    private static readonly InDemandProfessionInfo Cook = new("5120-0-01", "Аспаз", "Повар", []);

    [Fact]
    public async Task Published_list_is_read_back_whole_as_version_1()
    {
        var year = fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2010);

        await year.Publish([Professions.DataAnalyst, Cook], Actors.Exchange);

        var list = await year.Get();
        Assert.Equal((2010, 1), (list!.Year, list.Version));
        Assert.Equal(["2511-0-07", "5120-0-01"], list.Professions.Select(p => p.Code));
        Assert.Equal(("Деректер талдаушысы", "Аналитик данных", "2511"), (list.Professions[0].NameKk, list.Professions[0].NameRu, list.Professions[0].ClassifierCodes.Single()));
    }

    [Fact]
    public async Task Publishing_the_same_list_again_keeps_its_version()
    {
        var year = fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2011);
        await year.Publish([Cook], Actors.Exchange);

        var again = await year.Publish([Cook with { Code = " 5120-0-01 " }], Actors.Exchange);

        Assert.Equal(1, again.Version);
    }

    [Fact]
    public async Task A_changed_list_replaces_the_year_as_the_next_version()
    {
        var year = fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2012);
        await year.Publish([Cook], Actors.Exchange);

        var changed = await year.Publish([Cook, Professions.WelderProfession], Actors.Administrator);

        Assert.Equal(2, changed.Version);
        Assert.NotNull((await year.Find(Professions.Welder)).Profession);
    }

    [Fact]
    public async Task Lookup_ignores_case_and_surrounding_spaces_and_names_the_list_version()
    {
        var year = fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2013);
        await year.Publish([new InDemandProfessionInfo("ABC-1", "А", "Б", [])], Actors.Exchange);

        var found = await year.Find(" abc-1 ");

        Assert.Equal((true, 1, "ABC-1"), (found.ListPublished, found.ListVersion, found.Profession?.Code));
    }

    [Fact]
    public async Task A_year_without_a_list_says_so()
    {
        var found = await fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2001).Find("2511-0-07");

        Assert.False(found.ListPublished);
        Assert.Null(await fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2001).Get());
    }

    [Fact]
    public async Task A_list_naming_a_profession_twice_is_refused_citing_clause_10_3()
    {
        var year = fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2014);

        await Refusal.Expect(() => year.Publish([Cook, Cook with { NameRu = "Кок" }], Actors.Exchange), DomainErrorCode.Validation, "10.3");
    }

    [Fact]
    public async Task A_profession_without_its_Kazakh_name_is_refused()
    {
        var year = fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2015);

        var refusal = await Refusal.Expect(() => year.Publish([Cook with { NameKk = " " }], Actors.Exchange), DomainErrorCode.Validation);

        Assert.Equal("professions[0].nameKk", refusal.Field);
    }

    [Fact]
    public async Task Only_the_feed_or_an_administrator_publishes_the_list()
    {
        var year = fixture.Grains.GetGrain<IInDemandProfessionsGrain>(2016);

        await Refusal.Expect(() => year.Publish([Cook], Actors.Learner(Testing.TestIdentities.NewIin())), DomainErrorCode.Forbidden);
        await Refusal.Expect(() => year.Publish([Cook], Actors.Registrar(Testing.TestIdentities.NewBin())), DomainErrorCode.Forbidden);
    }
}
