using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Markdown;
using Pipeline.Formats.Readers.Text;

namespace Pipeline.Tests.Core.Normalizing;

/// <summary>Issue 12: the census learns each document's label convention from the document itself; the rules that
/// follow it (label lines, examination markers, stage directions, separators, collective speakers, the chair).</summary>
public sealed class ConventionCensusTests
{
    private static TranscriptDocument Text(string text) =>
        new PlainTextReader().Read(new ReaderInput("case.txt", System.Text.Encoding.UTF8.GetBytes(text)));

    private static TranscriptDocument Markdown(string text) =>
        new MarkdownReader().Read(new ReaderInput("case.md", System.Text.Encoding.UTF8.GetBytes(text)));

    private static List<string> Speakers(TranscriptDocument document) => [.. document.Blocks.OfType<Turn>().Select(t => t.SpeakerId)];

    [Fact]
    public void Question_and_answer_with_full_stops_become_turns_and_the_examination_marker_is_no_turn_but_names_Q()
    {
        var document = Text("""
            Hearing of the harbour board

            BY MS. ORTEGA:
            Q. Where were you on the night?
            A. At the harbour.
            Q. Alone?
            A. With my brother.
            THE COURT: Go on.
            Q. What did you see?
            A. Nothing at all.
            """);
        // Issue #12.4: the marker says who asks, so the Q turns after it are Ms. Ortega's, with Q as one of her label forms.
        Assert.Equal(["ortega", "a", "ortega", "a", "court", "ortega", "a"], Speakers(document));
        Assert.Equal(["Q", "MS. ORTEGA"], document.FindParticipant("ortega")!.Aliases);
        Assert.Null(document.FindParticipant("q"));
        Assert.Contains(document.Blocks, b => b is EditorialNote note && InlineText.ToPlainText(note.Paragraphs).Contains("BY MS. ORTEGA", StringComparison.Ordinal));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.LabelConvention && d.Argument("shape") == "Q/A letter" && d.Argument("delimiter") == "'.'");
    }

    [Fact]
    public void A_one_off_sentence_opening_is_never_a_speaker()
    {
        var document = Text("""
            A talk about tides

            MARA VOSS: The tide was late that year.

            The answer is simple: no.

            Remember: the moon pulls the sea.

            MARA VOSS: And it still is.
            """);
        Assert.Equal(["voss", "voss"], Speakers(document).Distinct().Concat(["voss"]).ToList());
        Assert.Single(document.Participants);
    }

    [Fact]
    public void Label_lines_with_a_time_start_the_speech_on_the_next_line()
    {
        var document = Markdown("""
            # Talk

            Ruth Ambler  0:04  
            Welcome to the show.

            Ivo Marsh  0:09  
            Glad to be here.

            Ruth Ambler  0:15  
            Let us start.

            Ivo Marsh  1:02:03  
            Sure.
            """);
        Assert.Equal(["ambler", "marsh", "ambler", "marsh"], Speakers(document));
        Assert.Equal(TimeSpan.FromSeconds(9), document.Blocks.OfType<Turn>().ElementAt(1).Start);
    }

    [Fact]
    public void Heading_labels_and_separators_give_one_turn_each()
    {
        var document = Markdown("""
            # Sitting

            #### Poseł Jan Nowak:

            Szanowni Państwo.

            ---

            > *Głos z sali interrupts:* Brawo!

            #### Poseł Jan Nowak:

            Dziękuję.

            ---

            > *Głos z sali interrupts:* Tak!

            > *Głos z sali interrupts:* Nie!

            #### Poseł Ewa Lis:

            Dziękuję bardzo.
            """);
        Assert.Equal(["nowak", "sali", "nowak", "sali", "sali", "lis"], Speakers(document));
        Assert.DoesNotContain(document.Blocks, b => b is Heading h && InlineText.ToPlainText(h.Content).Contains("Nowak", StringComparison.Ordinal));
    }

    [Fact]
    public void Stage_directions_in_any_language_are_no_speech()
    {
        var document = Text("""
            Sesión plenaria

            El señor ROCA: Señorías, comenzamos.

            (Aplausos.)

            El señor ROCA: Continuamos.

            --(Rumores).

            La señora VIDAL: Gracias.

            (La motion est adoptée.)
            """);
        var stage = document.Blocks.OfType<EditorialNote>().Where(n => n.Kind == EditorialNoteKind.StageDirection).ToList();
        Assert.Contains(stage, n => InlineText.ToPlainText(n.Paragraphs).Contains("adoptée", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks.OfType<Turn>(), t => InlineText.ToPlainText(t.Paragraphs).Contains("adoptée", StringComparison.Ordinal));

        // An incident alone in parentheses stays where it happened, as an incident, never as speech.
        var paragraphs = document.Blocks.OfType<Turn>().SelectMany(t => t.Paragraphs).Concat(stage.SelectMany(n => n.Paragraphs));
        Assert.All(paragraphs.Where(p => InlineText.ToPlainText(p.Content).Contains("Aplausos", StringComparison.Ordinal)), p => Assert.IsType<Incident>(Assert.Single(p.Content)));
        Assert.Equal(3, document.Blocks.OfType<Turn>().Count(t => t.Attribution == SpeakerAttribution.Labelled));
    }

    [Fact]
    public void A_stage_direction_inside_a_speech_that_goes_on_unlabelled_keeps_one_turn()
    {
        var document = Text("""
            Sitting of the House

            MR. OWEN: I move that the report be adopted. Is it agreed?

            (Motion agreed to)

            Then we turn to the next item on the paper.

            (Interruption)

            And I thank the members for their patience.

            MS. TATE: I second it.

            (Motion agreed to)

            MS. TATE: And I have a further question.

            (Interruption)
            """);

        Assert.Equal(["owen", "tate", "tate"], Speakers(document));
        var owen = document.Blocks.OfType<Turn>().First();
        Assert.Equal(5, owen.Paragraphs.Length);
        var vote = Assert.IsType<Incident>(Assert.Single(owen.Paragraphs[1].Content));
        Assert.Equal("(Motion agreed to)", vote.Description);
        Assert.Equal("(Interruption)", Assert.IsType<Incident>(Assert.Single(owen.Paragraphs[3].Content)).Description);
        Assert.Contains("patience", InlineText.ToPlainText(owen.Paragraphs[4].Content), StringComparison.Ordinal);

        // A labelled resumption is a new turn, as the source says, and the stage direction between stays a note;
        // so does one that nobody's speech follows.
        Assert.Equal(2, document.Blocks.OfType<EditorialNote>().Count(n => n.Kind == EditorialNoteKind.StageDirection));
    }

    [Fact]
    public void A_bracketed_chair_line_is_a_stage_direction_not_a_heading()
    {
        var document = Text("""
            Sitting of the House

            [Madam Speaker in the Chair]

            MR. OWEN: I beg to move.

            MS. TATE: I second it.
            """);
        Assert.DoesNotContain(document.Blocks, b => b is Heading);
        Assert.Contains(document.Blocks, b => b is EditorialNote { Kind: EditorialNoteKind.StageDirection });
    }

    [Fact]
    public void Collective_speakers_are_groups_and_chair_variants_are_one_participant()
    {
        var document = Text("""
            Sitting of the House

            The SPEAKER pro tempore (Mr. Hale): The House will come to order.

            MR. OWEN: I beg to move.

            Some hon. Members: Hear, hear.

            The SPEAKER pro tempore (Ms. Rowe): Order.

            The SPEAKER: The question is on the motion.

            MR. OWEN: Thank you.
            """);
        var chair = Assert.Single(document.Participants, p => p.Aliases.Contains("Mr. Hale"));
        Assert.Contains("Ms. Rowe", chair.Aliases);
        Assert.Equal(3, document.Blocks.OfType<Turn>().Count(t => t.SpeakerId == chair.Id));
        Assert.True(Assert.Single(document.Participants, p => p.Aliases.Contains("Some hon. Members")).IsGroup);
        Assert.False(Assert.Single(document.Participants, p => p.Aliases.Contains("MR. OWEN")).IsGroup);
    }

    [Fact]
    public void Full_width_colons_surname_initials_and_dashes_are_learned_when_they_recur()
    {
        var zh = Text("會議紀錄\n\n主席：現在開會。\n\n陳議員：主席，我想發言。\n\n主席：請。\n\n出席議員：\n\n陳議員：多謝。\n");
        Assert.Equal(["主席", "陳議員"], zh.Participants.Select(p => p.DisplayName));

        var uk = Text("Засідання\n\nПЕТРЕНКО О.В. Шановні колеги, почнемо.\n\nКОВАЛЬ І.М. Дякую.\n\nПЕТРЕНКО О.В. Продовжуємо.\n\nКОВАЛЬ І.М. Так.\n");
        Assert.Equal(4, uk.Blocks.OfType<Turn>().Count());

        var pt = Text("Sessão\n\nO SR. PRESIDENTE (Ana Reis. XY - PB) - Está aberta a sessão.\n\nO SR. TOMÁS VIEIRA (XY - RS) - Obrigado.\n\nO SR. PRESIDENTE (Ana Reis. XY - PB) - Obrigado.\n\nA SRA. LIA COSTA (XY - DF) - Presidente.\n\nO SR. TOMÁS VIEIRA (XY - RS) - De novo.\n");
        Assert.Equal(5, pt.Blocks.OfType<Turn>().Count());
        Assert.Contains(pt.Participants, p => p.Aliases.Contains("Ana Reis"));
    }
}
