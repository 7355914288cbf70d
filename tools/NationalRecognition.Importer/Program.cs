using NationalRecognition.Importer;

return await ImporterCommandLine.RunAsync(args);
