using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Languages;

/// <summary>A refusal speaks the caller's Accept-Language (Kazakh, Russian, English); its code, field and clause never change.</summary>
public sealed class RefusalLanguageOverHttpTests(WorkflowGatewayFactory factory) : IClassFixture<WorkflowGatewayFactory>
{
    [Fact]
    public async Task A_refusal_reads_in_Kazakh_for_a_Kazakh_speaking_caller()
    {
        var error = await UnknownDiscipline("kk-KZ,kk;q=0.9");

        Assert.Equal("«6B06101» бағдарламасында «NO-SUCH» пәні немесе модулі жоқ.", (string)error["message"]!);
    }

    [Fact]
    public async Task A_refusal_reads_in_Russian_for_a_Russian_speaking_caller()
    {
        var error = await UnknownDiscipline("ru-RU");

        Assert.Equal("В программе «6B06101» нет дисциплины или модуля «NO-SUCH».", (string)error["message"]!);
    }

    [Fact]
    public async Task A_caller_who_asks_for_no_language_reads_English()
    {
        var error = await UnknownDiscipline(null);

        Assert.Equal("Programme '6B06101' has no discipline or module 'NO-SUCH'.", (string)error["message"]!);
    }

    [Fact]
    public async Task A_caller_who_asks_for_a_language_the_platform_does_not_speak_reads_English()
    {
        var error = await UnknownDiscipline("de-DE,fr;q=0.8");

        Assert.Equal("Programme '6B06101' has no discipline or module 'NO-SUCH'.", (string)error["message"]!);
    }

    [Fact]
    public async Task The_code_and_the_field_are_the_same_in_every_language()
    {
        var kazakh = await UnknownDiscipline("kk");
        var english = await UnknownDiscipline("en");

        Assert.Equal(
            ((string)english["extensions"]!["code"]!, (string)english["extensions"]!["field"]!),
            ((string)kazakh["extensions"]!["code"]!, (string)kazakh["extensions"]!["field"]!));
    }

    [Fact]
    public async Task The_answer_names_its_language_in_Content_Language()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("Accept-Language", "ru");

        using var response = await client.SendAsync(request);

        Assert.Equal("ru", string.Join(",", response.Content.Headers.ContentLanguage));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> UnknownDiscipline(string? language)
    {
        var world = await ApiWorld.Create(factory.CreateClient());
        var iin = TestIdentities.NewIin();
        return await world.Learner(iin).InLanguage(language).Refused(Operations.SubmitApplication, new
        {
            input = new
            {
                learnerIin = iin,
                learnerName = "A",
                institutionBin = world.Bin,
                programmeCode = "6B06101",
                academicPeriodId = ApiWorld.OpenPeriod,
                unitCodes = new[] { "NO-SUCH" },
                documents = new[] { new { certificate = ApiWorld.Coursera(iin, "L-1") } },
                addressedTo = ApiWorld.Chair,
                idempotencyKey = "language",
            },
        });
    }
}
