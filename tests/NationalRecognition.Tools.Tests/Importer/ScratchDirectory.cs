namespace NationalRecognition.Tools.Tests.Importer;

/// <summary>A directory of its own for one test's files, removed afterwards.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("nr-importer-");

    public FileInfo File(string name) => new(Path.Combine(_directory.FullName, name));

    public FileInfo Write(string name, string text)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file.FullName, text);
        return file;
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
