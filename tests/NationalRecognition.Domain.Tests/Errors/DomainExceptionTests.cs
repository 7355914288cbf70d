using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Errors;

public sealed class DomainExceptionTests
{
    [Fact]
    public void Message_names_the_field_and_the_clause()
    {
        var ex = new DomainException(DomainErrorCode.RuleViolation, "The platform is not accepted.", "Platform", "10.4");

        Assert.Equal("The platform is not accepted. [field: Platform; clause 10.4 of the Rules]", ex.Message);
        Assert.Equal("The platform is not accepted.", ex.Reason);
        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("Platform", ex.Field);
        Assert.Equal("10.4", ex.Clause);
    }

    [Fact]
    public void Message_without_field_or_clause_is_the_reason_alone()
    {
        var ex = new DomainException(DomainErrorCode.NotFound, "No such application.");

        Assert.Equal("No such application.", ex.Message);
    }
}
