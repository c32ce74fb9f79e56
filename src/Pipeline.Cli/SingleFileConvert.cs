namespace Pipeline.Cli;

/// <summary>pandoc's habits: one input (a file, or <c>-</c> for standard input) to one output file whose ending names
/// the format (<c>-o talk.pdf</c>), or to standard output (<c>-o -</c>). No manifest: the output is written whole,
/// atomically, and never over the input.</summary>
internal sealed class SingleFileConvert(FormatRegistry registry, CliContext context, CliMessages messages)
{
    /// <summary>The standard stream name, as input and as output.</summary>
    public const string Standard = "-";

    /// <summary>Endings that are not text: refused on a terminal, written as bytes to a pipe.</summary>
    private static readonly string[] BinaryEndings = [".pdf", ".docx"];

    /// <summary>Whether these settings ask for one output file or standard output rather than an output folder.</summary>
    public static bool Applies(ConvertSettings settings, FormatRegistry registry) =>
        settings.Inputs.Contains(Standard)
        || settings.Output == Standard
        || (WriterFor(settings.Output, registry) is not null && !Directory.Exists(settings.Output));

    /// <summary>The writer whose ending <paramref name="path"/> has (longest ending first), or null.</summary>
    public static IWriter? WriterFor(string path, FormatRegistry registry) =>
        registry.Writers
            .Where(w => Path.GetFileName(path).EndsWith(w.Extension, StringComparison.OrdinalIgnoreCase) && Path.GetFileName(path).Length > w.Extension.Length)
            .OrderByDescending(w => w.Extension.Length)
            .FirstOrDefault();

    public int Run(ConvertSettings settings, IReader? forcedReader)
    {
        var fromStdin = settings.Inputs.Contains(Standard);
        if (settings.Inputs.Count > 1)
        {
            throw new UsageException(fromStdin
                ? $"'-' (standard input) must be the only input; {settings.Inputs.Count} were given"
                : $"-o {settings.Output} writes one file, but {settings.Inputs.Count} inputs were given: name one input, or give -o a folder");
        }

        var toStdout = settings.Output == Standard || (fromStdin && !settings.OutputGiven);
        if (fromStdin && !toStdout && WriterFor(settings.Output, registry) is null && !settings.FormatsGiven)
            throw new UsageException($"standard input makes one document: give -o a file with a known ending ({Endings()}), or -o - with --to");
        var writer = ChooseWriter(settings, toStdout);
        if (toStdout && context.IsTerminal && BinaryEndings.Contains(writer.Extension))
            throw new UsageException($"{writer.Name} is a binary format and standard output is a terminal: write it to a file with -o NAME{writer.Extension}, or pipe it");
        if (toStdout && BinaryEndings.Contains(writer.Extension) && context.OpenStdout is null)
            throw new UsageException($"{writer.Name} cannot be written to standard output here");

        InputFile input;
        byte[] bytes;
        if (fromStdin)
        {
            input = new InputFile(Path.Combine(Environment.CurrentDirectory, Standard), "<stdin>", Standard);
            try
            {
                bytes = ReadStdin(input.DisplayPath, settings.MaxInputSize);
            }
            catch (TranscriptException ex)
            {
                messages.Error(ex.Message);
                return ExitCodes.SomeFailed;
            }
        }
        else
        {
            var found = InputDiscoveryOrUsage(settings.Inputs);
            if (found.Count != 1)
                throw new UsageException($"-o {settings.Output} writes one file, but {settings.Inputs[0]} holds {found.Count} transcripts: name one file, or give -o a folder");
            input = found[0];
            if (!toStdout)
                PathSafety.CheckArguments([input.FullPath], settings.Output, settings.Report);
            try
            {
                bytes = DocumentLoader.ReadBytes(input, settings.MaxInputSize);
            }
            catch (TranscriptException ex)
            {
                messages.Error(ex.Message);
                return ExitCodes.SomeFailed;
            }
        }

        if (!toStdout)
            OutputFolderCheck.Check(Path.GetDirectoryName(Path.GetFullPath(settings.Output))!, settings.Output);
        TranscriptDocument document;
        try
        {
            document = Load(input, bytes, fromStdin, forcedReader);
        }
        catch (Exception ex) when (ex is TranscriptException or UnsupportedInputException)
        {
            messages.Error(ex.Message);
            return ExitCodes.SomeFailed;
        }

        var writerContext = new WriterContext(new WriterOptions(null, settings.PageSize, settings.UiLanguage, settings.KeepIndex));
        using var buffer = new MemoryStream();
        writer.Write(document, buffer, writerContext);
        var diagnostics = document.Diagnostics.Concat(writerContext.Diagnostics).ToList();
        if (settings.Verbosity != Verbosity.Quiet)
        {
            foreach (var warning in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
                messages.Diagnostic(input.DisplayPath, warning);
        }

        var failing = settings.Strict ? diagnostics.Where(d => BatchOptions.FailsStrict(settings.StrictCodes, d)).ToList() : [];
        if (failing.Count > 0)
        {
            var codes = string.Join(", ", failing.Select(d => d.CodeName).Distinct(StringComparer.Ordinal));
            messages.Error($"{input.DisplayPath}: {failing.Count} diagnostics ({codes}) and --strict: nothing written");
            return ExitCodes.SomeFailed;
        }

        if (toStdout)
        {
            WriteStdout(buffer, binary: BinaryEndings.Contains(writer.Extension));
            if (settings.Verbosity == Verbosity.Verbose)
                messages.Note($"ok: {input.DisplayPath} → standard output ({writer.Name})", toStderr: true);
            return ExitCodes.Success;
        }

        AtomicFile.Write(settings.Output, stream => buffer.WriteTo(stream));
        if (settings.Verbosity != Verbosity.Quiet)
            messages.Note($"ok: {input.DisplayPath} → {settings.Output}");
        return ExitCodes.Success;
    }

    private IWriter ChooseWriter(ConvertSettings settings, bool toStdout)
    {
        if (settings.FormatsGiven)
        {
            var names = settings.Formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length != 1 || names[0].Equals("all", StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"--to {settings.Formats}: one output file takes one format; give -o a folder for several");
            return registry.GetWriter(names[0]);
        }

        if (toStdout)
            throw new UsageException($"standard output needs the format: add --to ({string.Join(", ", registry.Writers.Select(w => w.Name))})");
        return WriterFor(settings.Output, registry) ?? throw new UsageException($"-o {settings.Output}: no format has this ending ({Endings()})");
    }

    private TranscriptDocument Load(InputFile input, byte[] bytes, bool fromStdin, IReader? forcedReader)
    {
        if (!fromStdin)
            return new DocumentLoader(forcedReader is null ? registry : ForcedReader.Registry(forcedReader, registry)).Load(input, bytes).Document;
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        var reader = forcedReader
                     ?? registry.FindReader(Standard, head)
                     ?? registry.Readers.FirstOrDefault(r => r.Name == "text")
                     ?? throw new UnsupportedInputException(input.DisplayPath, "no reader recognises it; name the format with --from");
        if (reader.UnsupportedReason(bytes) is { } reason)
            throw new UnsupportedInputException(input.DisplayPath, reason);
        return reader.Read(new ReaderInput(input.DisplayPath, bytes));
    }

    /// <summary>Standard input, read only up to <paramref name="maxSize"/> bytes (null: no limit); more is the input-size error.</summary>
    private byte[] ReadStdin(string displayPath, long? maxSize)
    {
        var open = context.OpenStdin ?? throw new UsageException("'-' (standard input) is not available here");
        using var stdin = open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stdin.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (maxSize is { } max && copy.Length > max)
                throw InputSizeLimit.TooLarge(displayPath, copy.Length, max);
        }

        return copy.ToArray();
    }

    private void WriteStdout(MemoryStream buffer, bool binary)
    {
        if (!binary)
        {
            context.Stdout.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            context.Stdout.Flush();
            return;
        }

        context.Stdout.Flush();
        using var stdout = context.OpenStdout!();
        buffer.WriteTo(stdout);
        stdout.Flush();
    }

    private static IReadOnlyList<InputFile> InputDiscoveryOrUsage(IReadOnlyList<string> inputs)
    {
        try
        {
            return InputDiscovery.Expand(inputs, _ => true);
        }
        catch (FileNotFoundException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private string Endings() => string.Join(" ", registry.Writers.Select(w => w.Extension));
}

/// <summary>A reader named by <c>--from</c>: it takes every file whatever its ending (it claims no ending, and
/// recognises any content), in a registry of its own with the same writers.</summary>
internal sealed class ForcedReader(IReader inner) : IReader
{
    public string Name => inner.Name;

    public string Description => inner.Description;

    public IReadOnlyList<string> Extensions => [];

    public bool CanSniff(ReadOnlySpan<byte> head) => true;

    public string? UnsupportedReason(ReadOnlySpan<byte> content) => inner.UnsupportedReason(content);

    public TranscriptDocument Read(ReaderInput input) => inner.Read(input);

    /// <summary>A registry in which <paramref name="reader"/> reads everything, with <paramref name="all"/>'s writers.</summary>
    public static FormatRegistry Registry(IReader reader, FormatRegistry all)
    {
        var registry = new FormatRegistry().Add(new ForcedReader(reader));
        foreach (var writer in all.Writers)
            registry.Add(writer);
        return registry;
    }
}
