using NationalRecognition.Silo;

return await SiloCommandLine.RunAsync(args);
