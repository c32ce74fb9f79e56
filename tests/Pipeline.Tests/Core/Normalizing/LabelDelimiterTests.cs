using Pipeline.Core.Model;
using Pipeline.Core.Normalizing;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue 12: label candidates with delimiters other than the colon, and name shapes with articles and honorifics.</summary>
public sealed class LabelDelimiterTests
{
    [Theory]
    [InlineData("主席：現在恢復會議。", "主席", nameof(LabelDelimiter.FullWidthColon))]
    [InlineData("Interviewer1 : So tell me", "Interviewer1", nameof(LabelDelimiter.Colon))]
    [InlineData("Q. Where do you live?", "Q", nameof(LabelDelimiter.Dot))]
    [InlineData("THE COURT. Be seated.", "THE COURT", nameof(LabelDelimiter.Dot))]
    [InlineData("MR. HALE. Objection.", "MR. HALE", nameof(LabelDelimiter.Dot))]
    [InlineData("El señor ROCA (Presidente del Consejo).- Señorías", "El señor ROCA", nameof(LabelDelimiter.DotDash))]
    [InlineData("O SR. TOMÁS VIEIRA (Bloco/XY - RS. Sem revisão do orador.) - Obrigado.", "O SR. TOMÁS VIEIRA", nameof(LabelDelimiter.Dash))]
    [InlineData("Lena Park – We started in May.", "Lena Park", nameof(LabelDelimiter.Dash))]
    [InlineData("PRESIDENTE ANA MARÍA SOLÍS", "PRESIDENTE ANA MARÍA SOLÍS", nameof(LabelDelimiter.EndOfLine))]
    [InlineData("Ruth Ambler  0:04", "Ruth Ambler", nameof(LabelDelimiter.EndOfLine))]
    [InlineData("ПЕТРЕНКО О.В. Шановні колеги", "ПЕТРЕНКО О.В.", nameof(LabelDelimiter.Initials))]
    public void Finds_a_candidate_and_its_delimiter(string text, string name, string delimiter)
    {
        var label = SpeakerLabelParser.Match(text);
        Assert.NotNull(label);
        Assert.Equal(name, label.Name);
        Assert.Equal(delimiter, label.Delimiter.ToString());
    }

    [Theory]
    [InlineData("Thank you. That was all.")]
    [InlineData("OK. Let us go on.")]
    [InlineData("Well - I think so.")]
    [InlineData("The answer is simple: no.")]
    [InlineData("Sessão de: 16/09/2025")]
    [InlineData("This line is just a sentence that wraps")]
    public void Prose_is_no_candidate(string text) => Assert.Null(SpeakerLabelParser.Match(text));

    [Fact]
    public void A_bold_run_followed_by_speech_is_a_candidate()
    {
        var label = SpeakerLabelParser.Match("Weisberg Well, it began", [new Strong([new Text("Weisberg")]), new Text(" Well, it began")]);
        Assert.Equal("Weisberg", label?.Name);
        Assert.Equal(nameof(LabelDelimiter.BoldEnd), label?.Delimiter.ToString());
        Assert.Equal("Weisberg ".Length, label?.Length);
    }

    [Theory]
    [InlineData("De heer Hijink (SP): Voorzitter.", "De heer Hijink", "SP")]
    [InlineData("Präsident Dr. Norbert Lammert: Meine Damen", "Präsident Dr. Norbert Lammert", null)]
    [InlineData("A señora RODIL FERNÁNDEZ: Gracias.", "A señora RODIL FERNÁNDEZ", null)]
    [InlineData("Poseł Jan Nowak interrupts: Brawo!", "Poseł Jan Nowak", null)]
    public void Article_and_honorific_before_a_name_is_a_label(string text, string name, string? affiliation)
    {
        var label = SpeakerLabelParser.Match(text);
        Assert.Equal(name, label?.Name);
        Assert.Equal(affiliation, label?.Affiliation);
    }

    [Theory]
    [InlineData("BY MS. MURRAY:", true)]
    [InlineData("MS. MURRAY: Thank you.", false)]
    public void Examination_markers_are_told_apart(string text, bool marker) =>
        Assert.Equal(marker, LabelCensus.IsExaminationMarker(SpeakerLabelParser.Match(text)!));
}
