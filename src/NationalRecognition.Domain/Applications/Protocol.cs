using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Applications;

/// <summary>The Commission's protocol (minutes) that records a decision and who was present.</summary>
public sealed record Protocol
{
    public Protocol(string number, DateOnly date, IEnumerable<string> membersPresent, ProtocolVotes? votes = null)
    {
        Votes = votes;
        Number = Guard.Required(number, "Protocol.Number");
        if (date == default)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("protocol.protocolDateRequired"), "Protocol.Date");
        }

        Date = date;
        MembersPresent = Guard.List(membersPresent, "Protocol.MembersPresent").Select(m => Guard.Required(m, "Protocol.MembersPresent")).ToArray();
    }

    public string Number { get; }

    public DateOnly Date { get; }

    /// <summary>Names of the members present, as in the composition.</summary>
    public IReadOnlyList<string> MembersPresent { get; }

    /// <summary>The votes, when the regulation has them recorded.</summary>
    public ProtocolVotes? Votes { get; }
}
