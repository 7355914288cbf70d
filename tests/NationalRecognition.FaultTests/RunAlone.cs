// The fault tests start whole clusters as processes (and the import test 100,000 records, the dashboard test Chromium)
// on the same cores: run beside each other, one test's load would stretch the failover gap another measures. They run
// one after another; scripts/test.sh also runs this assembly after the others.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
