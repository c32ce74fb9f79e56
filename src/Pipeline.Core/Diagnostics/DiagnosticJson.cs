using System.Text.Json;

namespace Pipeline.Core.Diagnostics;

/// <summary>A diagnostic as JSON, the one shape of the report, the JSON log and <c>pipeline inspect --json</c>:
/// <c>{"code","severity","line","column","message","arguments":{name: value}}</c> (see docs/report.schema.json).</summary>
public static class DiagnosticJson
{
    public static void Write(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.CodeName);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        WriteNumberOrNull(json, "line", diagnostic.Line);
        WriteNumberOrNull(json, "column", diagnostic.Column);
        json.WriteString("message", diagnostic.Message);
        json.WriteStartObject("arguments");
        foreach (var argument in diagnostic.Arguments)
        {
            if (argument.IsNumber)
            {
                json.WritePropertyName(argument.Name);
                json.WriteRawValue(argument.Value, skipInputValidation: false);
            }
            else
            {
                json.WriteString(argument.Name, argument.Value);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
            json.WriteNumber(name, number);
        else
            json.WriteNull(name);
    }
}
