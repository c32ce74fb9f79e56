using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>A Spectre.Console progress bar, used only when a person watches a terminal.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, which calls the action it is given once per finished document.</summary>
    public static Task<T> RunAsync<T>(int total, Func<Action, Task<T>> work) =>
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Converting", maxValue: total);
                return await work(() => task.Increment(1));
            });
}
