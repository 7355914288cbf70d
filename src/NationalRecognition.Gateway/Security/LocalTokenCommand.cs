using System.Globalization;
using System.Security.Claims;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;

namespace NationalRecognition.Gateway.Security;

/// <summary>
/// <c>NationalRecognition.Gateway token --role CommissionChair --bin 230440000129 [--sub …] [--iin …]
/// [--ministry …] [--lifetime 8h]</c>: prints a token signed with the local key, for trying the API in local
/// mode. Without <c>--role</c> (and with <c>--sub</c>) it is a person's token, as the national provider issues them:
/// the roles are those the platform granted that subject (the demo people's: README). Refused (exit code 2) when the
/// gateway is configured for a real cluster or an identity provider:
/// there, tokens come from the provider only.
/// </summary>
public static class LocalTokenCommand
{
    public const string Name = "token";

    private const int Refused = 2;
    private const int Usage = 64;

    /// <summary>Whether the command line asks for this command.</summary>
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, TimeProvider? time = null)
    {
        if (args.Skip(1).Any(arg => arg is "--help" or "-h"))
        {
            WriteUsage(output);
            return 0;
        }

        var jwt = configuration.GetSection(GatewayJwtOptions.SectionName).Get<GatewayJwtOptions>() ?? new GatewayJwtOptions();
        if (jwt.EffectiveMode != JwtMode.Local || !GatewaySecurityExtensions.IsLocalCluster(configuration))
        {
            error.WriteLine("Refused: local tokens exist only in local mode (Recognition:Mode=Local and no Authentication:Jwt:Authority). Get a token from the identity provider.");
            return Refused;
        }

        if (!TryParse(args.Skip(1).ToArray(), out var values, out var problem))
        {
            error.WriteLine(problem);
            WriteUsage(error);
            return Usage;
        }

        if (!values.TryGetValue("role", out var roleName))
        {
            return Person(values, jwt, output, error, time);
        }

        var role = Enum.Parse<ActorRole>(roleName);
        var subject = values.GetValueOrDefault("sub") ?? DefaultSubject(role, values);
        var lifetime = ParseLifetime(values.GetValueOrDefault("lifetime") ?? "8h");
        var token = new LocalTokenIssuer(jwt, time ?? TimeProvider.System)
            .Issue(subject, role, lifetime, values.GetValueOrDefault("bin"), values.GetValueOrDefault("iin"), values.GetValueOrDefault("ministry"));

        // The same checks the gateway applies, so a token it would refuse is never printed.
        var claims = new ClaimsPrincipal(new ClaimsIdentity(
            values.Where(v => v.Key is "bin" or "iin" or "ministry").Select(v => new Claim(v.Key, v.Value))
                .Append(new Claim(ActorClaimTypes.Subject, subject))
                .Append(new Claim(ActorClaimTypes.Role, role.ToString())), "local"));
        if (ActorClaimsValidator.Problem(claims) is { } invalid)
        {
            error.WriteLine(invalid);
            return Usage;
        }

        output.WriteLine(token);
        return 0;
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: token --role <Role> [--bin <BIN>] [--iin <IIN>] [--ministry <Ministry>] [--sub <subject>] [--lifetime <e.g. 8h, 30m>]");
        writer.WriteLine("   or: token --sub <subject> [--iin <IIN>] [--lifetime …]   (a person's token: their roles are the platform's grants)");
        writer.WriteLine($"Roles: {string.Join(", ", Enum.GetNames<ActorRole>().Where(r => r is not (nameof(ActorRole.System) or nameof(ActorRole.Anonymous))))}");
        writer.WriteLine("Prints a token signed with this machine's local key (local mode only), e.g. token --role CommissionChair --bin 990840000347.");
    }

    /// <summary>A person's token: a subject, an IIN if given, no role.</summary>
    private static int Person(Dictionary<string, string> values, GatewayJwtOptions jwt, TextWriter output, TextWriter error, TimeProvider? time)
    {
        var subject = values["sub"];
        var claims = new ClaimsPrincipal(new ClaimsIdentity(
            values.Where(v => v.Key is "iin").Select(v => new Claim(v.Key, v.Value)).Append(new Claim(ActorClaimTypes.Subject, subject)), "local"));
        if (ActorClaimsValidator.PersonProblem(claims) is { } invalid)
        {
            error.WriteLine(invalid);
            return Usage;
        }

        output.WriteLine(new LocalTokenIssuer(jwt, time ?? TimeProvider.System)
            .Issue(subject, null, ParseLifetime(values.GetValueOrDefault("lifetime") ?? "8h"), iin: values.GetValueOrDefault("iin")));
        return 0;
    }

    private static bool TryParse(string[] args, out Dictionary<string, string> values, out string? problem)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = null;
        string[] known = ["role", "bin", "iin", "ministry", "sub", "lifetime"];
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || Array.IndexOf(known, name) < 0 || i + 1 >= args.Length)
            {
                problem = $"Unexpected argument '{args[i]}'.";
                return false;
            }

            values[name] = args[i + 1];
        }

        if (!values.TryGetValue("role", out var role))
        {
            if (!values.ContainsKey("sub") || values.ContainsKey("bin") || values.ContainsKey("ministry"))
            {
                problem = "--role names one of the roles below; or, for a person's token, give --sub (and --iin if you like) without --bin or --ministry.";
                return false;
            }
        }
        else if (!Enum.TryParse<ActorRole>(role, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(role, out _))
        {
            problem = "--role names one of the roles below.";
            return false;
        }

        if (values.TryGetValue("lifetime", out var lifetime) && ParseLifetime(lifetime) <= TimeSpan.Zero)
        {
            problem = "--lifetime is a positive number of minutes or hours, e.g. 30m or 8h.";
            return false;
        }

        return true;
    }

    private static TimeSpan ParseLifetime(string text)
    {
        if (text.Length < 2 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return TimeSpan.Zero;
        }

        return text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            _ => TimeSpan.Zero,
        };
    }

    /// <summary>
    /// The subject when <c>--sub</c> is not given: a learner's is the pseudonym of the IIN (never the IIN itself:
    /// subjects reach logs and the audit), so learners have audit identities and rate budgets of their own; staff get
    /// the demo identities of <see cref="LocalSubjects"/>.
    /// </summary>
    internal static string DefaultSubject(ActorRole role, IReadOnlyDictionary<string, string> values) =>
        role == ActorRole.Learner && values.GetValueOrDefault("iin") is { Length: > 0 } iin
            ? $"local-{LearnerKeys.For(iin)}"
            : LocalSubjects.For(role, values.GetValueOrDefault("bin"), values.GetValueOrDefault("ministry"));
}
