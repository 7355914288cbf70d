using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Grains.Infrastructure;

/// <summary>
/// Turns the domain's rule errors into <see cref="PlatformException"/> at the grain boundary: Orleans can
/// only serialize exception types it has codecs for, and callers need the code, field and clause.
/// </summary>
public sealed class DomainExceptionFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (DomainException exception)
        {
            throw PlatformException.From(exception);
        }
    }
}
