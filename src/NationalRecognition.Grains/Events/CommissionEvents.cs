using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Grains.Events;

[RecognitionEvent("CommissionEstablished", 1)]
public sealed record CommissionEstablished(string CommissionId, CommissionOrderInfo Order, int MemberCount) : IRecognitionEvent
{
    public string Describe() => $"established by order {Order.Number} of {Order.Date:yyyy-MM-dd}, {MemberCount} member(s)";
}

[RecognitionEvent("CommissionReconstituted", 1)]
public sealed record CommissionReconstituted(string CommissionId, CommissionOrderInfo Order, int MemberCount) : IRecognitionEvent
{
    public string Describe() => $"reconstituted by order {Order.Number} of {Order.Date:yyyy-MM-dd}, {MemberCount} member(s)";
}
