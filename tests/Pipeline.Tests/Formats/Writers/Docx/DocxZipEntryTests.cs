using System.IO.Compression;
using System.Text;
using Pipeline.Formats.Writers.Docx;

namespace Pipeline.Tests.Formats.Writers.Docx;

public sealed class DocxZipEntryTests
{
    private static readonly (string Name, string Text)[] Parts =
    [
        ("[Content_Types].xml", "<Types/>"),
        ("word/document.xml", string.Concat(Enumerable.Repeat("<w:p>words, words</w:p>", 500))),
        ("word/styles.xml", "<w:styles/>"),
        ("docProps/app.xml", "<Properties/>"),
    ];

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = DocxPackage.EntryTime;
                using var content = entry.Open();
                content.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }

    private static byte[] Archive(DocxZipEntry[] entries)
    {
        using var stream = new MemoryStream();
        DocxZipEntry.WriteArchive(stream, entries);
        return stream.ToArray();
    }

    [Fact]
    public void Entries_read_and_written_again_give_the_archive_zip_archive_wrote()
    {
        var archive = Zip(Parts);

        var entries = DocxZipEntry.Read(archive);

        Assert.Equal(Parts.Length, entries.Length);
        Assert.Equal(archive, Archive(entries));
    }

    [Fact]
    public void Entries_from_several_archives_put_together_give_the_bytes_of_one_archive_of_them_all()
    {
        var first = DocxZipEntry.Read(Zip(Parts[0], Parts[2]));
        var second = DocxZipEntry.Read(Zip(Parts[1], Parts[3]));

        var combined = Archive([first[0], second[0], first[1], second[1]]);

        Assert.Equal(Zip(Parts), combined);
        using var zip = new ZipArchive(new MemoryStream(combined), ZipArchiveMode.Read);
        Assert.Equal(Parts.Select(p => p.Name), zip.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        Assert.Equal(Parts[1].Text, reader.ReadToEnd());
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_archive_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => DocxZipEntry.Read(new byte[64]));
    }
}
