using Pipeline.Core.Model;
using Pipeline.Core.Plugins;
using Pipeline.Formats;

namespace Pipeline.Tests.Core.Plugins;

/// <summary>Outputs and sidecars are named from the input's name without its format ending, which the readers declare.</summary>
public sealed class FormatRegistryStemTests
{
    [Theory]
    [InlineData("talk.tei.xml", "talk")]
    [InlineData("dir/Talk.TEI.XML", "Talk")]
    [InlineData("talk.xml", "talk")]
    [InlineData("talk.v2.txt", "talk.v2")]
    [InlineData("talk.log", "talk")]
    [InlineData("talk", "talk")]
    public void The_built_in_readers_endings_are_dropped(string path, string stem) =>
        Assert.Equal(stem, BuiltInFormats.CreateRegistry().StemOf(path));

    [Fact]
    public void A_plugin_with_a_compound_ending_names_its_outputs_without_touching_the_engine()
    {
        var registry = BuiltInFormats.CreateRegistry().Add(new CompoundEndingReader());

        Assert.Equal("session", registry.StemOf("in/session.otter.txt"));
        Assert.Equal("session.other", registry.StemOf("in/session.other.txt"));
    }

    private sealed class CompoundEndingReader : IReader
    {
        public string Name => "otter-test";

        public string Description => "test reader with a compound ending";

        public IReadOnlyList<string> Extensions { get; } = [".otter.txt"];

        public bool CanSniff(ReadOnlySpan<byte> head) => false;

        public TranscriptDocument Read(ReaderInput input) => throw new NotSupportedException();
    }
}
