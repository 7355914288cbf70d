using NationalRecognition.Benchmarks;

// benchmarks/run.sh calls these one at a time; see each command's summary.
return await HarnessCommands.RunAsync(args);
