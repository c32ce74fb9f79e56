using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue 12: language knowledge lives in one data file per language.</summary>
public sealed class LanguageDataTests
{
    [Fact]
    public void Every_required_language_has_a_data_file()
    {
        string[] required = ["en", "fr", "de", "es", "pt", "it", "nl", "pl", "cs", "uk", "ru", "ca", "gl", "zh"];
        Assert.Empty(required.Except(LanguageData.All.Languages));
    }

    [Theory]
    [InlineData("Des voix", true)]
    [InlineData("Some hon. Members", true)]
    [InlineData("ALL COUNSEL", true)]
    [InlineData("THE JURORS", true)]
    [InlineData("Głosy z sali", true)]
    [InlineData("MS. MURRAY", false)]
    [InlineData("Defense counsel", false)]
    public void Collective_speakers_are_recognised(string label, bool collective) => Assert.Equal(collective, LanguageData.All.IsCollective(label));

    [Theory]
    [InlineData("Aplausos", IncidentKind.Applause)]
    [InlineData("Beifall", IncidentKind.Applause)]
    [InlineData("Rires", IncidentKind.Laughter)]
    [InlineData("Laughter", IncidentKind.Laughter)]
    [InlineData("掌聲", IncidentKind.Applause)]
    public void Incident_words_come_from_every_language(string text, IncidentKind kind) => Assert.Equal(kind, InlineConventions.IncidentKindOf(text));
}
