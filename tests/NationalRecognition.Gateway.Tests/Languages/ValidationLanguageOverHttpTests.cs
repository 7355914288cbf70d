using System.Net;
using System.Text.Json.Nodes;
using NationalRecognition.Gateway.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests.Languages;

/// <summary>
/// GraphQL.NET's own refusals of a document or its variables speak the caller's Accept-Language, name the input in
/// GraphQL names and say what would be accepted; the code stays VALIDATION and the reason is the same in every language.
/// </summary>
public sealed class ValidationLanguageOverHttpTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private const string Facets = "ALL, ISSUER_KIND, MOOC_PLATFORM, PROFESSION, REFUSAL_CLAUSE";
    private const string FilterQuery = "query($f: StatisticsFilterInput) { nationalStatistics(filter: $f) { suppressionThreshold } }";
    private const string DayQuery = "query($d: DateOnly!) { auditLog(scope: \"platform\", day: $d) { totalCount } }";

    [Theory]
    [InlineData("en", "facet: 'NOPE' is not a value of StatisticsFacet. Use one of: " + Facets + ".")]
    [InlineData("kk", "facet: «NOPE» StatisticsFacet түрінің мәні емес. Мына мәндердің бірін жазыңыз: " + Facets + ".")]
    [InlineData("ru", "facet: «NOPE» — не значение типа StatisticsFacet. Укажите одно из значений: " + Facets + ".")]
    public async Task An_enum_value_the_enum_lacks_is_refused_with_the_values_it_has(string language, string message)
    {
        var error = await Refused(language, "{ nationalStatistics(facet: NOPE) { suppressionThreshold } }");

        Assert.Equal(message, (string)error["message"]!);
        Assert.Equal(Facets.Split(", "), error["extensions"]!["validValues"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public async Task An_enum_value_inside_an_input_and_a_list_is_named_by_its_path()
    {
        var nested = await Refused("en", "{ nationalStatistics(filter: { ministry: NOPE }) { suppressionThreshold } }");
        var listed = await Refused("en", "{ nationalStatistics(groupBy: [MINISTRY, NOPE]) { suppressionThreshold } }");

        Assert.Equal("filter.ministry: 'NOPE' is not a value of Ministry. Use one of: ENLIGHTENMENT, SCIENCE_AND_HIGHER_EDUCATION.",
            (string)nested["message"]!);
        Assert.Equal(("filter.ministry", "groupBy[1]"), ((string)nested["extensions"]!["field"]!, (string)listed["extensions"]!["field"]!));
    }

    [Theory]
    [InlineData("en", "$f.ministry: 'NOPE' is not a value of Ministry. Use one of: ENLIGHTENMENT, SCIENCE_AND_HIGHER_EDUCATION.")]
    [InlineData("kk", "$f.ministry: «NOPE» Ministry түрінің мәні емес. Мына мәндердің бірін жазыңыз: ENLIGHTENMENT, SCIENCE_AND_HIGHER_EDUCATION.")]
    [InlineData("ru", "$f.ministry: «NOPE» — не значение типа Ministry. Укажите одно из значений: ENLIGHTENMENT, SCIENCE_AND_HIGHER_EDUCATION.")]
    public async Task An_enum_value_in_a_variable_is_named_by_the_variable_s_path(string language, string message)
    {
        var error = await Refused(language, FilterQuery, new { f = new { ministry = "NOPE" } });

        Assert.Equal(message, (string)error["message"]!);
        Assert.Equal(("$f.ministry", "INVALID_ENUM_VALUE"), ((string)error["extensions"]!["field"]!, (string)error["extensions"]!["reason"]!));
    }

    [Theory]
    [InlineData("en", "$f.monthFrom: '01.02.2025' is not a date. Write it as YYYY-MM-DD, e.g. 2025-09-01.")]
    [InlineData("kk", "$f.monthFrom: «01.02.2025» күн емес. Күнді YYYY-MM-DD пішімінде жазыңыз, мысалы: 2025-09-01.")]
    [InlineData("ru", "$f.monthFrom: «01.02.2025» — не дата. Запишите дату в формате YYYY-MM-DD, например 2025-09-01.")]
    public async Task A_date_in_another_form_is_refused_with_the_expected_format(string language, string message)
    {
        var error = await Refused(language, FilterQuery, new { f = new { monthFrom = "01.02.2025" } });

        Assert.Equal(message, (string)error["message"]!);
        Assert.Equal(("INVALID_DATE", "YYYY-MM-DD"), ((string)error["extensions"]!["reason"]!, (string)error["extensions"]!["expectedFormat"]!));
    }

    [Fact]
    public async Task A_date_literal_that_is_no_day_is_refused_with_the_expected_format()
    {
        var error = await Refused("en", "{ auditLog(scope: \"platform\", day: \"2025-02-30\") { totalCount } }");

        Assert.Equal("day: '2025-02-30' is not a date. Write it as YYYY-MM-DD, e.g. 2025-09-01.", (string)error["message"]!);
    }

    [Fact]
    public async Task A_value_of_another_scalar_names_the_type_expected()
    {
        var error = await Refused("en", "query($t: Int) { nationalStatistics(top: $t) { suppressionThreshold } }", new { t = "ten" });

        Assert.Equal("$t: 'ten' is not a value of type Int.", (string)error["message"]!);
        Assert.Equal(("INVALID_VALUE", "Int"), ((string)error["extensions"]!["reason"]!, (string)error["extensions"]!["expectedType"]!));
    }

    [Theory]
    [InlineData("en", "The variable $d is declared as String! but used where DateOnly! is expected: declare it as DateOnly!.")]
    [InlineData("kk", "$d айнымалысы String! түрімен жарияланған, бірақ DateOnly! түрі күтілетін жерде қолданылған: оны DateOnly! түрімен жариялаңыз.")]
    [InlineData("ru", "Переменная $d объявлена с типом String!, но используется там, где ожидается DateOnly!: объявите её с типом DateOnly!.")]
    public async Task A_variable_of_the_wrong_type_is_told_the_type_to_declare(string language, string message)
    {
        var error = await Refused(language, "query($d: String!) { auditLog(scope: \"platform\", day: $d) { totalCount } }", new { d = "2025-02-03" });

        Assert.Equal(message, (string)error["message"]!);
        Assert.Equal(("VARIABLE_TYPE_MISMATCH", "DateOnly!"), ((string)error["extensions"]!["reason"]!, (string)error["extensions"]!["expectedType"]!));
    }

    [Theory]
    [InlineData("en", "The type Institution has no field 'name'. Did you mean: names?")]
    [InlineData("kk", "Institution түрінде «name» өрісі жоқ. Мүмкін, мыналардың бірі керек шығар: names?")]
    [InlineData("ru", "В типе Institution нет поля «name». Возможно, имелось в виду: names?")]
    public async Task An_unknown_field_is_named_with_its_type_and_the_likely_one(string language, string message)
    {
        var error = await Refused(language, "{ institution(bin: \"990840000347\") { name } }");

        Assert.Equal(message, (string)error["message"]!);
        Assert.Equal("UNKNOWN_FIELD", (string)error["extensions"]!["reason"]!);
    }

    [Fact]
    public async Task An_unknown_input_field_in_a_variable_lists_the_fields_of_its_type()
    {
        var error = await Refused("en", FilterQuery, new { f = new { nope = "x" } });

        Assert.StartsWith("$f.nope: the input type StatisticsFilterInput has no such field; its fields are: ministry, region,", (string)error["message"]!);
        Assert.Equal("UNKNOWN_INPUT_FIELD", (string)error["extensions"]!["reason"]!);
    }

    [Fact]
    public async Task A_required_variable_without_a_value_says_where_to_send_it()
    {
        var error = await Refused("ru", DayQuery, new { });

        Assert.Equal("Переменная $d обязательна (non-null), но значение не передано: отправьте его в разделе \"variables\" запроса.", (string)error["message"]!);
    }

    [Fact]
    public async Task A_missing_argument_is_named_with_its_type()
    {
        var error = await Refused("kk", "{ institution { bin } }");

        Assert.Equal("institution өрісіне String! түріндегі «bin» аргументі керек.", (string)error["message"]!);
        Assert.Equal(("MISSING_ARGUMENT", "bin"), ((string)error["extensions"]!["reason"]!, (string)error["extensions"]!["field"]!));
    }

    [Fact]
    public async Task The_code_the_rule_and_the_reason_are_the_same_in_every_language()
    {
        var query = "{ nationalStatistics(filter: { monthFrom: \"2025-13-01\" }) { suppressionThreshold } }";
        var answers = new List<string>();
        foreach (var language in new[] { "kk", "ru", "en" })
        {
            var error = await Refused(language, query);
            var extensions = error["extensions"]!;
            answers.Add($"{extensions["code"]} {extensions["specifiedBy"]} {extensions["reason"]} {extensions["field"]}");
        }

        Assert.Equal(["VALIDATION 5.6.1 INVALID_DATE filter.monthFrom"], answers.Distinct());
    }

    private async Task<JsonObject> Refused(string language, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = System.Net.Http.Json.JsonContent.Create(new { query, variables });
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponse);
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await ReadJsonAsync(response);
        return json["errors"]![0]!.AsObject();
    }
}
