using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.People;

namespace NationalRecognition.Gateway.People;

/// <summary>
/// A request's person, whose roles the platform holds: who they are, every role they may act in (the platform's grants,
/// and <c>Learner</c> when the provider asserted their IIN), and the one this request acts in (null: none).
/// </summary>
public sealed record SignedInPerson(Person Person, IReadOnlyList<GrantedRole> Grants, IReadOnlyList<string> ActingAsChoices, string? ActingAs);
