return await Pipeline.Cli.Cli.RunFromConsoleAsync(args);
