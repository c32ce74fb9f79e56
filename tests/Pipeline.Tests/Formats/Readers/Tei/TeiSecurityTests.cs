using System.Net;
using System.Net.Sockets;
using System.Text;
using Pipeline.Core.Debugging;
using Pipeline.Core.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Tests.Formats.Readers.Tei;

/// <summary>The TEI reader never processes a DTD: no entity is expanded, no file is read, nothing is fetched.</summary>
public sealed class TeiSecurityTests
{
    private const string Body = "<text><body><u who=\"#a\">Visible &ENTITY; text.</u></body></text></TEI>";

    private static string WithDoctype(string subset, string reference) =>
        $"<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n{subset}\n]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + Body.Replace("ENTITY", reference, StringComparison.Ordinal);

    private static string BillionLaughs()
    {
        var subset = new StringBuilder("<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
            subset.Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;", StringComparison.Ordinal)}\">\n"));
        return WithDoctype(subset.ToString(), "lol9");
    }

    [Fact]
    public void Billion_laughs_is_refused_with_the_file_named_and_nothing_expanded()
    {
        var error = Assert.Throws<TranscriptException>(() => TeiReaderTests.Read(BillionLaughs(), "bomb.tei.xml"));

        Assert.StartsWith("bomb.tei.xml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("lol9", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_file_entity_is_refused_and_no_file_content_leaks()
    {
        var secret = Path.Combine(Path.GetTempPath(), "tei-secret-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(secret, "TOPSECRETCONTENT");
        try
        {
            var xml = WithDoctype($"<!ENTITY xxe SYSTEM \"file://{secret}\">\n<!ENTITY pw SYSTEM \"file:///etc/passwd\">", "xxe;&pw");
            var error = Assert.Throws<TranscriptException>(() => TeiReaderTests.Read(xml, "xxe.tei.xml"));

            Assert.StartsWith("xxe.tei.xml:", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("TOPSECRETCONTENT", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("root:", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Unused_entity_declarations_are_skipped_so_the_text_reads_without_them()
    {
        var xml = WithDoctype("<!ENTITY pw SYSTEM \"file:///etc/passwd\">", "#x41").Replace("&#x41;", "", StringComparison.Ordinal);
        var document = TeiReaderTests.Read(xml);

        var dump = ModelDump.ToText(document);
        Assert.Contains("Visible  text.", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", dump, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_dtd_and_entities_on_the_network_are_never_fetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var connections = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref connections);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, TestContext.Current.CancellationToken);

        var external = $"<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"{origin}/tei.dtd\">\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + Body.Replace("&ENTITY;", "", StringComparison.Ordinal);
        var document = TeiReaderTests.Read(external);
        var entity = WithDoctype($"<!ENTITY remote SYSTEM \"{origin}/secret.txt\">", "remote");
        Assert.Throws<TranscriptException>(() => TeiReaderTests.Read(entity, "remote.tei.xml"));
        await Task.Delay(500, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        listener.Stop();
        await accepting;

        Assert.Single(document.Blocks.OfType<Turn>());
        Assert.Equal(0, Volatile.Read(ref connections));
    }
}
