namespace Pipeline.Tests.TestSupport;

/// <summary>What a test does when something it checks against is missing (the shared reference folder, an external
/// validator): it skips with a one-line reason, or fails when <c>PIPELINE_REQUIRE_CHECKS=1</c> (set by <c>.ci/run</c>)
/// says every check must run. <c>CI=true</c> alone changes nothing, so a user's CI without them passes.</summary>
public static class Checks
{
    /// <summary>The variable that turns a missing check into a failure.</summary>
    public const string RequireVariable = "PIPELINE_REQUIRE_CHECKS";

    /// <summary>True when <c>PIPELINE_REQUIRE_CHECKS</c> is <c>1</c> or <c>true</c>.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable)?.Trim() is "1" or "true" or "TRUE" or "True";

    /// <summary>Skips the running test with <paramref name="reason"/> (also sent as a diagnostic message, which the
    /// default <c>dotnet test</c> output shows), or fails it when checks are required.</summary>
    public static void Missing(string reason)
    {
        if (Required)
            Assert.Fail($"{reason} ({RequireVariable}=1: every check must run)");
        var test = TestContext.Current.Test?.TestDisplayName ?? "a test";
        TestContext.Current.SendDiagnosticMessage($"skipped {test}: {reason}");
        Assert.Skip(reason);
    }
}
