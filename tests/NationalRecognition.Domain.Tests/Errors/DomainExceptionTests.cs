using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using Xunit;

namespace NationalRecognition.Domain.Tests.Errors;

public sealed class DomainExceptionTests
{
    [Fact]
    public void Message_names_the_field_and_the_clause()
    {
        var ex = new DomainException(DomainErrorCode.RuleViolation, Message.Of("moocPlatforms.nameOneMOOC", ("name", "Udemy")), "Platform", "10.4");

        Assert.Equal(
            "'Udemy' is not one of the MOOC platforms whose certificates are accepted (Coursera, edX, FutureLearn, Udacity). [field: Platform; clause 10.4 of the Rules]",
            ex.Message);
        Assert.Equal("'Udemy' is not one of the MOOC platforms whose certificates are accepted (Coursera, edX, FutureLearn, Udacity).", ex.Reason);
        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("Platform", ex.Field);
        Assert.Equal("10.4", ex.Clause);
    }

    [Fact]
    public void Message_without_field_or_clause_is_the_reason_alone()
    {
        var ex = new DomainException(DomainErrorCode.NotFound, Message.Of("applicationGrain.thereApplicationValue", ("applicationId", "A-1")));

        Assert.Equal("There is no application A-1.", ex.Message);
    }

    [Fact]
    public void A_refusal_keeps_its_message_key_and_arguments_for_the_reader_s_language()
    {
        var ex = new DomainException(DomainErrorCode.NotFound, Message.Of("applicationGrain.thereApplicationValue", ("applicationId", "A-1")));

        Assert.Equal(("applicationGrain.thereApplicationValue", "A-1"), (ex.Text.Key, ex.Text.Argument("applicationId")));
    }

    [Fact]
    public void Moved_to_another_field_a_refusal_keeps_its_message_and_clause()
    {
        var ex = new DomainException(DomainErrorCode.Validation, Message.Of("volume.volumeNeedsCredits"), "Volume", "10").At("hours");

        Assert.Equal(("volume.volumeNeedsCredits", "hours", "10"), (ex.Text.Key, ex.Field, ex.Clause));
    }
}
