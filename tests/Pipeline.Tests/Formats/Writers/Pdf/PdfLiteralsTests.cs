using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using Pipeline.Formats.Writers.Pdf;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>A literal from <see cref="PdfLiterals"/> must save as the very bytes PDFsharp writes for the name or array
/// it stands for, wherever it stands among other entries.</summary>
public sealed partial class PdfLiteralsTests
{
    [Theory]
    [InlineData("/P")]
    [InlineData("/StructElem")]
    [InlineData("/a.b-c_1*+!\"$&'=?@\\^`|~:;,")]
    public void A_name_saves_as_PDFsharp_saves_the_name(string name)
    {
        var (expected, actual) = SavedTwice(
            entries => entries.SetName("/S", name),
            entries => entries["/S"] = PdfLiterals.Name(name));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("/Two words")]
    [InlineData("/Br(acket")]
    [InlineData("/Hash#")]
    [InlineData("/Zoë")]
    [InlineData("P")]
    [InlineData("/")]
    public void A_name_PDFsharp_would_escape_or_that_is_not_one_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => PdfLiterals.Name(name));
    }

    [Theory]
    [InlineData]
    [InlineData(0)]
    [InlineData(0, 1, 2)]
    [InlineData(-7, 12345, int.MaxValue, int.MinValue)]
    public void Integers_save_as_PDFsharp_saves_an_array_of_integers(params int[] values)
    {
        var (expected, actual) = SavedTwice(entries => entries["/K"] = Array(values), entries => entries["/K"] = PdfLiterals.Integers(values));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Many_integers_save_as_PDFsharp_saves_them()
    {
        var values = Enumerable.Range(-50, 300).ToArray();
        var (expected, actual) = SavedTwice(entries => entries["/K"] = Array(values), entries => entries["/K"] = PdfLiterals.Integers(values));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_font_system_info_saves_as_PDFsharp_saves_that_dictionary()
    {
        var (expected, actual) = SavedTwice(
            entries =>
            {
                var systemInfo = new PdfDictionary();
                systemInfo.Elements.SetString("/Registry", "Adobe");
                systemInfo.Elements.SetString("/Ordering", "Identity");
                systemInfo.Elements.SetInteger("/Supplement", 0);
                entries["/CIDSystemInfo"] = systemInfo;
            },
            entries => entries["/CIDSystemInfo"] = PdfFontSet.Entry.IdentitySystemInfo);

        Assert.Equal(expected, actual);
    }

    private static PdfArray Array(int[] values)
    {
        var array = new PdfArray();
        foreach (var value in values)
            array.Elements.Add(new PdfInteger(value));
        return array;
    }

    /// <summary>Two indirect dictionaries with the same entries around the one that <paramref name="plain"/> and
    /// <paramref name="literal"/> each set (a name, an integer and a reference before, the same after), saved in one
    /// document; returns what was written for each.</summary>
    private static (string Plain, string Literal) SavedTwice(Action<PdfDictionary.DictionaryElements> plain, Action<PdfDictionary.DictionaryElements> literal)
    {
        using var pdf = new PdfDocument();
        var page = pdf.AddPage();
        var dictionaries = new[] { plain, literal }.Select(set =>
        {
            var dictionary = new PdfDictionary(pdf);
            pdf.Internals.AddObject(dictionary);
            dictionary.Elements.SetName("/Type", "/Test");
            dictionary.Elements.SetInteger("/N", 3);
            dictionary.Elements.SetReference("/Pg", page);
            set(dictionary.Elements);
            dictionary.Elements.SetInteger("/After", 4);
            dictionary.Elements.SetName("/Last", "/End");
            page.Elements.SetReference("/Test" + page.Elements.Count.ToString(CultureInfo.InvariantCulture), dictionary);
            return dictionary;
        }).ToList();
        using var saved = new MemoryStream();
        pdf.Save(saved, closeStream: false);
        var text = Encoding.Latin1.GetString(saved.ToArray());
        var bodies = dictionaries.Select(d => Body().Matches(text).Single(m => m.Groups["number"].Value == d.Reference!.ObjectNumber.ToString(CultureInfo.InvariantCulture)).Groups["body"].Value).ToList();
        return (bodies[0], bodies[1]);
    }

    [GeneratedRegex(@"(?<number>\d+) 0 obj\n(?<body><</Type/Test.*?)\nendobj", RegexOptions.Singleline)]
    private static partial Regex Body();
}
