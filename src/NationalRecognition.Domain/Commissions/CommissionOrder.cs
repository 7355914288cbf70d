using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Commissions;

/// <summary>The head's (or acting head's) order that creates or reconstitutes the Commission (clauses 11, 21).</summary>
public sealed record CommissionOrder
{
    public CommissionOrder(string number, DateOnly date, string signatoryName, SignatoryCapacity signatoryCapacity)
    {
        Number = Guard.Required(number, "Order.Number", CommissionRules.Clause);
        SignatoryName = Guard.Required(signatoryName, "Order.SignatoryName", CommissionRules.Clause);
        if (date == default)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("commissionOrder.orderDateRequired"), "Order.Date", CommissionRules.Clause);
        }

        if (!Enum.IsDefined(signatoryCapacity))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("commissionOrder.orderSignedFirst"),
                "Order.SignatoryCapacity",
                CommissionRules.Clause);
        }

        Date = date;
        SignatoryCapacity = signatoryCapacity;
    }

    public string Number { get; }

    public DateOnly Date { get; }

    public string SignatoryName { get; }

    public SignatoryCapacity SignatoryCapacity { get; }
}
