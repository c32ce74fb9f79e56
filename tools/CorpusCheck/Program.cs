using Pipeline.CorpusCheck;

return CorpusRun.Run(args);
