using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Gateway.Graph;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests;

/// <summary>The schema is what docs/schema.graphql says, and every part of it is named and described.</summary>
public sealed class SchemaTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    /// <summary>Set to 1 to rewrite docs/schema.graphql from the code instead of comparing.</summary>
    private const string UpdateVariable = "UPDATE_SCHEMA";

    [Fact]
    public async Task Printed_schema_matches_docs_schema_graphql()
    {
        var printed = PrintSchema();
        var path = RepositoryPaths.File("docs", "schema.graphql");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, printed);
        }

        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path) : "(missing)";
        Assert.True(committed.ReplaceLineEndings() == printed,
            $"docs/schema.graphql differs from the schema in code. If the change is intended, run " +
            $"'{UpdateVariable}=1 dotnet test tests/NationalRecognition.Gateway.Tests' and commit the file.\n" +
            $"--- printed ---\n{printed}");
    }

    [Fact]
    public void Every_type_and_field_of_ours_has_a_description()
    {
        var schema = Schema();

        var undescribed = OurTypes(schema)
            .SelectMany(type => (type.Description is null ? [type.Name] : Array.Empty<string>())
                .Concat(type is IComplexGraphType complex
                    ? complex.Fields.Where(field => string.IsNullOrWhiteSpace(field.Description))
                        .Select(field => $"{type.Name}.{field.Name}")
                    : []))
            .ToList();

        Assert.Empty(undescribed);
    }

    [Fact]
    public void Root_types_have_explicit_names()
    {
        var schema = Schema();

        Assert.Equal("Query", schema.Query.Name);
        Assert.Contains(OurTypes(schema), type => type.Name == "Platform");
        Assert.DoesNotContain(OurTypes(schema), type => type.Name.EndsWith("Type", StringComparison.Ordinal));
    }

    private PlatformSchema Schema()
    {
        var schema = factory.Services.GetRequiredService<PlatformSchema>();
        schema.Initialize();
        return schema;
    }

    private static IEnumerable<IGraphType> OurTypes(PlatformSchema schema) =>
        schema.AllTypes.Where(type => type is not ScalarGraphType
            && !type.Name.StartsWith("__", StringComparison.Ordinal));

    private string PrintSchema() =>
        Schema().Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
