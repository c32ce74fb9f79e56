using System.Text;
using Pipeline.Formats.Writers.Pdf;

namespace Pipeline.Tests.Formats.Writers.Pdf;

public sealed class PdfXmpUuidTests
{
    private const string Uuid = "uuid:0f8fad5b-d9cb-469f-a165-70867728950e";

    [Fact]
    public void Puts_the_uuid_into_both_empty_ids_and_keeps_every_other_byte()
    {
        var packet = "<t>Zoë</t>\n<xmpMM:DocumentID></xmpMM:DocumentID>\n<xmpMM:InstanceID></xmpMM:InstanceID>\n<end/>";

        var filled = PdfDocumentInfo.WithUuid(Encoding.UTF8.GetBytes(packet), Uuid);

        Assert.Equal(
            $"<t>Zoë</t>\n<xmpMM:DocumentID>{Uuid}</xmpMM:DocumentID>\n<xmpMM:InstanceID>{Uuid}</xmpMM:InstanceID>\n<end/>",
            Encoding.UTF8.GetString(filled));
    }

    [Fact]
    public void Finds_the_ids_after_text_that_names_them()
    {
        var packet = "<t>&lt;/xmpMM:DocumentID&gt; </xmpMM:InstanceID></t>\n<xmpMM:DocumentID></xmpMM:DocumentID>\n<xmpMM:InstanceID></xmpMM:InstanceID>\n";

        var filled = Encoding.UTF8.GetString(PdfDocumentInfo.WithUuid(Encoding.UTF8.GetBytes(packet), Uuid));

        Assert.StartsWith("<t>&lt;/xmpMM:DocumentID&gt; </xmpMM:InstanceID></t>\n", filled, StringComparison.Ordinal);
        Assert.EndsWith($"<xmpMM:DocumentID>{Uuid}</xmpMM:DocumentID>\n<xmpMM:InstanceID>{Uuid}</xmpMM:InstanceID>\n", filled, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_packet_without_ids()
    {
        Assert.Throws<InvalidOperationException>(() => PdfDocumentInfo.WithUuid("<x:xmpmeta/>"u8, Uuid));
    }
}
