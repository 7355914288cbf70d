using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The exchange's in-demand lists the tests use. 2025 holds the standard list (<see cref="Certificates.DataAnalyst"/>
/// among them) for the whole cluster; a test that needs a list of its own publishes it for a year no other test uses.
/// </summary>
internal static class Professions
{
    public const int StandardYear = 2025;
    public const string Welder = "7212-0-02";

    public static InDemandProfessionInfo DataAnalyst { get; } =
        new(Certificates.DataAnalyst, "Деректер талдаушысы", "Аналитик данных", ["2511"]);

    public static InDemandProfessionInfo WelderProfession { get; } =
        new(Welder, "Дәнекерлеуші", "Сварщик", ["7212"]);

    public static Task PublishStandardList(IGrainFactory grains) =>
        grains.GetGrain<IInDemandProfessionsGrain>(StandardYear).Publish([DataAnalyst, WelderProfession], Actors.Exchange);
}
