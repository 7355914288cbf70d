using System.Net;

namespace NationalRecognition.Gateway.Tests.Hostile;

/// <summary>
/// One hostile request and how the gateway must answer it: the HTTP status and the <c>extensions.code</c> of every
/// error. <see cref="Amplification"/> cases must also be answered quickly and briefly (see the corpus test).
/// </summary>
public sealed record HostileCase(
    string Name,
    Func<HostileFixture, HttpRequestMessage> Request,
    HttpStatusCode Status,
    string Code,
    bool Amplification = false);
