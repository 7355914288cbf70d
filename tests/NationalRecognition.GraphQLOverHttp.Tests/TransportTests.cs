using System.Net;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.GraphQLOverHttp.Tests;

/// <summary>GraphQL over HTTP: methods, media types, negotiation and the status-code rule.</summary>
public sealed class TransportTests(SharedTestEndpoint endpoint) : IClassFixture<SharedTestEndpoint>
{
    private const string ServerQuery = "{ server { name version } }";
    private readonly HttpClient _client = endpoint.Client;

    [Fact]
    public async Task Post_json_query_answers_200_with_data_in_graphql_response_json()
    {
        var response = await PostAsync(_client, new { query = ServerQuery });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        var json = await ReadJsonAsync(response);
        Assert.Equal(TestQuery.Current.Name, (string)json["data"]!["server"]!["name"]!);
        Assert.Equal(TestQuery.Current.Version, (string)json["data"]!["server"]!["version"]!);
        Assert.Null(json["errors"]);
    }

    [Fact]
    public async Task Post_with_a_non_json_content_type_is_415()
    {
        var response = await PostRawAsync(_client, ServerQuery, contentType: "application/graphql");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Post_json_with_a_charset_parameter_is_accepted()
    {
        var response = await PostRawAsync(_client, $$"""{"query":"{{ServerQuery}}"}""",
            contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_query_answers_200()
    {
        var response = await GetAsync(_client, "/graphql?query=" + Uri.EscapeDataString(ServerQuery));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestQuery.Current.Name, (string)(await ReadJsonAsync(response))["data"]!["server"]!["name"]!);
    }

    [Fact]
    public async Task Get_with_variables_as_a_json_string_binds_them()
    {
        var query = Uri.EscapeDataString("query($n: Int!) { echo(number: $n) }");
        var variables = Uri.EscapeDataString("""{"n":7}""");

        var response = await GetAsync(_client, $"/graphql?query={query}&variables={variables}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("7", (string)(await ReadJsonAsync(response))["data"]!["echo"]!);
    }

    [Fact]
    public async Task Get_with_malformed_variables_is_400_bad_request()
    {
        var query = Uri.EscapeDataString("query($n: Int!) { echo(number: $n) }");

        var response = await GetAsync(_client, $"/graphql?query={query}&variables=%7Bnot-json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        var response = await GetAsync(_client, "/graphql?query=" + Uri.EscapeDataString("mutation { touch }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Mutation_selected_by_operation_name_over_get_is_405_but_the_query_beside_it_runs()
    {
        var document = Uri.EscapeDataString("query Read { server { name } } mutation Write { touch }");

        var write = await GetAsync(_client, $"/graphql?query={document}&operationName=Write");
        var read = await GetAsync(_client, $"/graphql?query={document}&operationName=Read");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Mutation_over_post_runs()
    {
        var response = await PostAsync(_client, new { query = "mutation { touch }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("touched", (string)(await ReadJsonAsync(response))["data"]!["touch"]!);
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_get_and_post()
    {
        var response = await _client.PutAsync("/graphql", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Select(method => method.Trim()));
    }

    [Theory]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData("text/html, */*;q=0.8", GraphQLResponse)]
    public async Task Accept_header_chooses_the_response_media_type(string accept, string expected)
    {
        var response = await PostAsync(_client, new { query = ServerQuery }, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task No_accept_header_is_answered_as_legacy_application_json()
    {
        var response = await PostAsync(_client, new { query = ServerQuery }, accept: null);

        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/html")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    public async Task Accept_without_a_json_type_is_406(string accept)
    {
        var response = await PostAsync(_client, new { query = ServerQuery }, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(["NOT_ACCEPTABLE"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Malformed_json_is_400_bad_request()
    {
        var response = await PostRawAsync(_client, """{"query": "{ server { name } }" """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Malformed_json_is_400_even_for_legacy_application_json()
    {
        var response = await PostRawAsync(_client, "{", accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{"operationName":"A"}""")]
    public async Task Missing_query_is_400_bad_request(string body)
    {
        var response = await PostRawAsync(_client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Get_without_query_from_a_json_client_is_400()
    {
        var response = await GetAsync(_client, "/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Batched_requests_are_refused_with_400()
    {
        var response = await PostRawAsync(_client, $$"""[{"query":"{{ServerQuery}}"},{"query":"{{ServerQuery}}"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await ReadJsonAsync(response);
        Assert.Contains("Batched requests are not supported", (string)json["errors"]![0]!["message"]!);
        Assert.Equal("BAD_REQUEST", (string)json["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Unparsable_document_is_400_parse()
    {
        var response = await PostAsync(_client, new { query = "{ server { name " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["PARSE"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Invalid_document_is_400_validation_with_the_spec_rule()
    {
        var response = await PostAsync(_client, new { query = "{ server { colour } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal("VALIDATION", (string)error["extensions"]!["code"]!);
        Assert.Equal("5.3.1", (string)error["extensions"]!["specifiedBy"]!);
    }

    [Fact]
    public async Task Invalid_document_is_200_for_legacy_application_json()
    {
        var response = await PostAsync(_client, new { query = "{ server { colour } }" }, accept: Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["VALIDATION"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_400_validation()
    {
        var response = await PostAsync(_client, new
        {
            query = "query($n: Int!) { echo(number: $n) }",
            variables = new { n = "seven" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["VALIDATION"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Operation_name_selects_the_operation_to_run()
    {
        var response = await PostAsync(_client, new
        {
            query = "query A { server { name } } query B { echo(number: 2) }",
            operationName = "B",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await ReadJsonAsync(response))["data"]!.AsObject();
        Assert.Equal("2", (string)data["echo"]!);
        Assert.False(data.ContainsKey("server"));
    }

    [Fact]
    public async Task Unknown_operation_name_is_400_bad_request()
    {
        var response = await PostAsync(_client, new { query = "query A { server { name } }", operationName = "Z" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Several_operations_without_an_operation_name_are_400_bad_request()
    {
        var response = await PostAsync(_client, new { query = "query A { server { name } } query B { echo(number: 1) }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task A_field_error_after_execution_started_is_200_with_partial_data()
    {
        var response = await PostAsync(_client, new { query = "{ server { name } internalFailure }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ReadJsonAsync(response);
        Assert.Equal(TestQuery.Current.Name, (string)json["data"]!["server"]!["name"]!);
        Assert.Equal(["INTERNAL"], await ErrorCodesAsync(response));
    }
}
