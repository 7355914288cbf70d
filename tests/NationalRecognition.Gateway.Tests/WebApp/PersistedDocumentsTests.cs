using System.Security.Cryptography;
using System.Text;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Gateway.Graph;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Gateway.WebApp;

namespace NationalRecognition.Gateway.Tests.WebApp;

/// <summary>The web application's allow-listed documents: each named by its own hash, one named operation, valid against the schema.</summary>
public sealed class PersistedDocumentsTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private static readonly Inputs Variables = new Dictionary<string, object?>
    {
        ["bin"] = "990840000347",
        ["iin"] = "030314601238",
        ["drill"] = new List<object?> { "REGION" },
    }.ToInputs();

    [Fact]
    public void Every_document_is_filed_under_the_sha256_of_its_text()
    {
        foreach (var (id, document) in new PersistedDocuments().All)
        {
            var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
            Assert.True(id == expected, $"The document filed as {id} must be filed as {expected}.");
        }
    }

    [Fact]
    public async Task Every_document_is_one_named_operation_that_validates_against_the_schema()
    {
        var schema = factory.Services.GetRequiredService<PlatformSchema>();
        var executer = factory.Services.GetRequiredService<IDocumentExecuter<PlatformSchema>>();
        foreach (var (id, document) in new PersistedDocuments().All)
        {
            var parsed = GraphQLParser.Parser.Parse(document);
            var operation = Assert.Single(parsed.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>());
            Assert.NotNull(operation.Name);

            // Executed: parsing, validation and the variables passed (an anonymous caller may then be refused personal data).
            using var scope = factory.Services.CreateScope();
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = document,
                Variables = Variables,
                RequestServices = scope.ServiceProvider,
            });
            Assert.True(result.Executed, $"{id}: {string.Join("; ", result.Errors?.Select(e => e.Message) ?? [])}");
        }
    }
}
