using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Plugins;
using Pipeline.Formats.Readers.Csv;
using Pipeline.Formats.Readers.Docx;
using Pipeline.Tests.Formats.Readers.Docx;
using Pipeline.Tests.TestSupport;

namespace Pipeline.Tests.Properties;

/// <summary>Issue #13.6: the spreadsheet and Word readers throw only <see cref="TranscriptException"/> on input shaped like
/// their formats but broken (the generic noise, tag-soup and random-byte properties cover them too), and keep every word.</summary>
public sealed class TableAndWordReaderProperties
{
    private static readonly string[] CellTokens =
    [
        ",", ",", ";", "\t", "|", "\n", "\r\n", "\"", "\"\"", " ", "speaker", "text", "words", "start", "0:01", "00:00:02.500", "12.5", "Anna Lee", "BEN OKAFOR",
        "harbour", "tide", "[laughter]", "(applause)", "\u201A", "\uFEFF", "\0", "\u0085", "é", "Я", "😀", "\uD800", "=SUM(A1)", "", "Sprecher", "texte",
    ];

    private static readonly string[] Names = ["Anna Lee", "Ben Okafor", "Carla Díaz", "Dmitri Volkov"];

    private static readonly string[] Vocabulary = ["harbour", "tide", "gull", "lantern", "café", "Zürich", "правда", "1962", "don't", "O'Neill"];

    private static readonly byte[] Document = new DocxSample().Style("Body", "Body Text").Style("Who", "Speaker", bold: true)
        .P("Who", "Anna Lee").P("Body", "The harbour at dawn.").P("Who", "Ben Okafor").P("Body", "The tide was high.")
        .P("Who", "Anna Lee").P("Body", "And the gulls?").P(null, DocxSample.R("Ben Okafor:", bold: true), " Everywhere.").Build();

    private static Arbitrary<string> TableNoise() => Arb.From(Gen.Elements(CellTokens).ListOf().Select(string.Concat));

    /// <summary>A well-formed table: a header, then rows of a speaker and a sentence with commas and quotes.</summary>
    private static Arbitrary<(string Csv, string Words)> Tables() => Arb.From(
        from rows in Gen.NonEmptyListOf(
            from name in Gen.Elements(Names)
            from words in Gen.Elements(Vocabulary).NonEmptyListOf()
            from comma in Gen.Elements(", ", " ", "; ", " \"quoted\" ")
            select (name, string.Join(comma, words)))
        from separator in Gen.Elements(',', '\t', ';')
        select (
            $"speaker{separator}text\n" + string.Concat(rows.Select(r => $"{r.name}{separator}\"{r.Item2.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n")),
            string.Join(" ", rows.Select(r => r.Item2))));

    /// <summary>The sample document with bytes changed or cut off.</summary>
    private static Arbitrary<byte[]> DamagedDocuments() => Arb.From(
        from cut in Gen.Choose(0, Document.Length)
        from flips in Gen.Choose(0, Document.Length - 1).Zip(Gen.Choose(0, 255)).ListOf()
        select Damage(cut, flips));

    private static byte[] Damage(int cut, IEnumerable<(int Index, int Value)> flips)
    {
        var bytes = (byte[])Document.Clone();
        foreach (var (index, value) in flips)
            bytes[index] = (byte)value;
        return cut % 3 == 0 ? bytes[..cut] : bytes;
    }

    [Fact]
    public void Csv_reader_throws_only_its_documented_error_on_table_noise() =>
        Prop.ForAll(TableNoise(), text => ReadsOrFailsCleanly(new CsvReader(), Encoding.UTF8.GetBytes(text))).Check(Run.Config(150));

    [Fact]
    public void Csv_reader_keeps_every_word_of_a_table() =>
        Prop.ForAll(Tables(), table =>
        {
            var document = new CsvReader().Read(new ReaderInput("generated", Encoding.UTF8.GetBytes(table.Csv)));
            Assert.Empty(Words.Missing(table.Words, Words.TextOf(document)));
        }).Check(Run.Config(80));

    [Fact]
    public void Docx_reader_throws_only_its_documented_error_on_damaged_documents() =>
        Prop.ForAll(DamagedDocuments(), bytes => ReadsOrFailsCleanly(new DocxReader(), bytes)).Check(Run.Config(120));

    [Fact]
    public void Docx_reader_keeps_every_word_of_generated_paragraphs() =>
        Prop.ForAll(Arb.From(Gen.Elements(Vocabulary).NonEmptyListOf().Select(w => string.Join(' ', w)).NonEmptyListOf()), paragraphs =>
        {
            var sample = new DocxSample();
            foreach (var paragraph in paragraphs)
                sample.P(null, paragraph);
            var document = new DocxReader().Read(new ReaderInput("generated", sample.Build()));
            Assert.Empty(Words.Missing(string.Join(" ", paragraphs), Words.TextOf(document)));
        }).Check(Run.Config(40));

    private static void ReadsOrFailsCleanly(IReader reader, byte[] bytes)
    {
        try
        {
            reader.Read(new ReaderInput("generated", bytes));
        }
        catch (TranscriptException ex)
        {
            Assert.Equal("generated", ex.SourcePath);
        }
    }
}
