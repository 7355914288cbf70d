using GraphQL.Types;
using NationalRecognition.Gateway.Errors;

namespace NationalRecognition.Gateway.Tests.Languages;

/// <summary>What a refused value is told by its type; the platform's schema has no date-and-time input, so a small one stands in.</summary>
public sealed class InputValueProblemTests
{
    [Fact]
    public void A_date_and_time_is_told_ISO_8601_with_its_offset()
    {
        var explanation = InputValueProblem.Explain(SchemaWith<DateTimeOffsetGraphType>(), "since", "yesterday", "DateTimeOffset!");

        Assert.Equal(("INVALID_DATE_TIME", "YYYY-MM-DDThh:mm:ss±hh:mm"), (explanation.Reason, explanation.ExpectedFormat));
        Assert.Equal(
            "since: 'yesterday' is not a date and time. Write it as YYYY-MM-DDThh:mm:ss±hh:mm (ISO 8601 with the offset from UTC), e.g. 2025-09-01T09:00:00+05:00.",
            explanation.Message);
    }

    [Fact]
    public void A_type_the_schema_does_not_know_is_named_as_written()
    {
        var explanation = InputValueProblem.Explain(SchemaWith<IntGraphType>(), "count", "many", "[Unknown!]");

        Assert.Equal(("INVALID_VALUE", "[Unknown!]"), (explanation.Reason, explanation.ExpectedType));
    }

    private static Schema SchemaWith<TArgument>()
        where TArgument : IGraphType
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("probe").Argument<TArgument>("since");
        var schema = new Schema { Query = query };
        schema.Initialize();
        return schema;
    }
}
